package org.tpiclinic.waitlist;

import org.tpiclinic.PostgresTest;

@PostgresTest
class WaitlistPostgresTests extends WaitlistTests {
}
