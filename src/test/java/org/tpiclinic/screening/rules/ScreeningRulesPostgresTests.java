package org.tpiclinic.screening.rules;

import org.tpiclinic.PostgresTest;

@PostgresTest
class ScreeningRulesPostgresTests extends ScreeningRulesTests {
}
