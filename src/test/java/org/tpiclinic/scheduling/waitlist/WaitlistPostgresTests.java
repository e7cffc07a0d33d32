package org.tpiclinic.scheduling.waitlist;

import org.tpiclinic.PostgresTest;

@PostgresTest
class WaitlistPostgresTests extends WaitlistTests {
}
