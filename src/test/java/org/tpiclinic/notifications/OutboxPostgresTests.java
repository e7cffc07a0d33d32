package org.tpiclinic.notifications;

import org.tpiclinic.PostgresTest;

@PostgresTest
class OutboxPostgresTests extends OutboxTests {
}
