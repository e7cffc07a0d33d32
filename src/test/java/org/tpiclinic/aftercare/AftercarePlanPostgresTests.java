package org.tpiclinic.aftercare;

import org.tpiclinic.PostgresTest;

/** {@link AftercarePlanTests} against PostgreSQL. */
@PostgresTest
class AftercarePlanPostgresTests extends AftercarePlanTests {
}
