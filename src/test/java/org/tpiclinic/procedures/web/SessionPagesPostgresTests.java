package org.tpiclinic.procedures.web;

import org.tpiclinic.PostgresTest;

@PostgresTest
class SessionPagesPostgresTests extends SessionPagesTests {
}
