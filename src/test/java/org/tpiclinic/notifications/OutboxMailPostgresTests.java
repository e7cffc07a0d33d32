package org.tpiclinic.notifications;

import org.tpiclinic.PostgresTest;

@PostgresTest
class OutboxMailPostgresTests extends OutboxMailTests {
}
