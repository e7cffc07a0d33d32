package org.tpiclinic.patients;

import org.tpiclinic.PostgresTest;

@PostgresTest
class PatientRegistryPostgresTests extends PatientRegistryTests {
}
