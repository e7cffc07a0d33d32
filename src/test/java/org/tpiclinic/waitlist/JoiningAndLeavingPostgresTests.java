package org.tpiclinic.waitlist;

import org.tpiclinic.PostgresTest;

@PostgresTest
class JoiningAndLeavingPostgresTests extends JoiningAndLeavingTests {
}
