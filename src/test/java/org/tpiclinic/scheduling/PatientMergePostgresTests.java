package org.tpiclinic.scheduling;

import org.tpiclinic.PostgresTest;

@PostgresTest
class PatientMergePostgresTests extends PatientMergeTests {
}
