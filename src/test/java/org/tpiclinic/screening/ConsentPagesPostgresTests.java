package org.tpiclinic.screening;

import org.tpiclinic.PostgresTest;

@PostgresTest
class ConsentPagesPostgresTests extends ConsentPagesTests {
}
