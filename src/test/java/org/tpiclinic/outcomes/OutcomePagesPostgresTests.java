package org.tpiclinic.outcomes;

import org.tpiclinic.PostgresTest;

@PostgresTest
class OutcomePagesPostgresTests extends OutcomePagesTests {
}
