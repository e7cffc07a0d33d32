package org.tpiclinic.aftercare;

import org.tpiclinic.PostgresTest;

/** {@link FollowUpTests} against PostgreSQL. */
@PostgresTest
class FollowUpPostgresTests extends FollowUpTests {
}
