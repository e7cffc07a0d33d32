package org.tpiclinic.waitlist;

import org.tpiclinic.PostgresTest;

@PostgresTest
class OfferExpiryPostgresTests extends OfferExpiryTests {
}
