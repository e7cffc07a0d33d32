package org.tpiclinic.procedures;

import org.tpiclinic.PostgresTest;

@PostgresTest
class ProcedureSessionsPostgresTests extends ProcedureSessionsTests {
}
