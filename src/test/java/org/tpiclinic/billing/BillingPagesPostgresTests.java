package org.tpiclinic.billing;

import org.tpiclinic.PostgresTest;

@PostgresTest
class BillingPagesPostgresTests extends BillingPagesTests {
}
