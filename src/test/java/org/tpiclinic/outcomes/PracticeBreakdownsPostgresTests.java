package org.tpiclinic.outcomes;

import org.tpiclinic.PostgresTest;

@PostgresTest
class PracticeBreakdownsPostgresTests extends PracticeBreakdownsTests {
}
