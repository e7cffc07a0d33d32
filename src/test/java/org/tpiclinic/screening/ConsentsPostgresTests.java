package org.tpiclinic.screening;

import org.tpiclinic.PostgresTest;

@PostgresTest
class ConsentsPostgresTests extends ConsentsTests {
}
