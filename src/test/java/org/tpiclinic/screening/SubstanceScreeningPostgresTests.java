package org.tpiclinic.screening;

import org.tpiclinic.PostgresTest;

@PostgresTest
class SubstanceScreeningPostgresTests extends SubstanceScreeningTests {
}
