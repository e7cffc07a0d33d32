package org.tpiclinic.assessment;

import org.tpiclinic.PostgresTest;

@PostgresTest
class AssessmentPdfPostgresTests extends AssessmentPdfTests {
}
