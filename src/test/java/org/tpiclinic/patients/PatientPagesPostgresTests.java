package org.tpiclinic.patients;

import org.tpiclinic.PostgresTest;

@PostgresTest
class PatientPagesPostgresTests extends PatientPagesTests {
}
