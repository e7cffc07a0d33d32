package org.tpiclinic.screening;

import org.tpiclinic.PostgresTest;

@PostgresTest
class IntakeLinkPostgresTests extends IntakeLinkTests {
}
