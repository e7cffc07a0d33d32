package org.tpiclinic.screening;

import org.tpiclinic.PostgresTest;

@PostgresTest
class IntakeLinkDrawingPostgresTests extends IntakeLinkDrawingTests {
}
