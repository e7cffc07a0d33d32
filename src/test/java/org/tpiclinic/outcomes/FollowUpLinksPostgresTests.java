package org.tpiclinic.outcomes;

import org.tpiclinic.PostgresTest;

@PostgresTest
class FollowUpLinksPostgresTests extends FollowUpLinksTests {
}
