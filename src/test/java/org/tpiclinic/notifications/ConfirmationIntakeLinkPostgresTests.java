package org.tpiclinic.notifications;

import org.tpiclinic.PostgresTest;

@PostgresTest
class ConfirmationIntakeLinkPostgresTests extends ConfirmationIntakeLinkTests {
}
