package org.tpiclinic.identity;

import org.tpiclinic.PostgresTest;

@PostgresTest
class ChosenPasswordPostgresTests extends ChosenPasswordTests {
}
