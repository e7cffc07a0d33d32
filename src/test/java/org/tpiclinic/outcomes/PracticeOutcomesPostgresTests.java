package org.tpiclinic.outcomes;

import org.tpiclinic.PostgresTest;

@PostgresTest
class PracticeOutcomesPostgresTests extends PracticeOutcomesTests {
}
