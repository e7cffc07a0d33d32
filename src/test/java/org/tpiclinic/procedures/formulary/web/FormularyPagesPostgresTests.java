package org.tpiclinic.procedures.formulary.web;

import org.tpiclinic.PostgresTest;

@PostgresTest
class FormularyPagesPostgresTests extends FormularyPagesTests {
}
