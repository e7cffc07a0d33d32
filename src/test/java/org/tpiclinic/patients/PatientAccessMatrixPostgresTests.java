package org.tpiclinic.patients;

import org.tpiclinic.PostgresTest;

@PostgresTest
class PatientAccessMatrixPostgresTests extends PatientAccessMatrixTests {
}
