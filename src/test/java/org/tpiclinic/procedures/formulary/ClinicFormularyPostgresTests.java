package org.tpiclinic.procedures.formulary;

import org.tpiclinic.PostgresTest;

@PostgresTest
class ClinicFormularyPostgresTests extends ClinicFormularyTests {
}
