package org.tpiclinic.assessment;

import org.tpiclinic.PostgresTest;

@PostgresTest
class FindingQueriesPostgresTests extends FindingQueriesTests {
}
