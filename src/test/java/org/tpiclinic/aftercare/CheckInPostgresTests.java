package org.tpiclinic.aftercare;

import org.tpiclinic.PostgresTest;

/** {@link CheckInTests} against PostgreSQL. */
@PostgresTest
class CheckInPostgresTests extends CheckInTests {
}
