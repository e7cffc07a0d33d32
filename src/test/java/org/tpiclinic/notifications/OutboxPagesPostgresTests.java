package org.tpiclinic.notifications;

import org.tpiclinic.PostgresTest;

@PostgresTest
class OutboxPagesPostgresTests extends OutboxPagesTests {
}
