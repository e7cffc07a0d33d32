package org.tpiclinic.outcomes;

import org.tpiclinic.PostgresTest;

@PostgresTest
class PracticeReportEquivalencePostgresTests extends PracticeReportEquivalenceTests {
}
