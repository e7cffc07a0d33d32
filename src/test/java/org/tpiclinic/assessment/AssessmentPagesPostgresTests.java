package org.tpiclinic.assessment;

import org.tpiclinic.PostgresTest;

@PostgresTest
class AssessmentPagesPostgresTests extends AssessmentPagesTests {
}
