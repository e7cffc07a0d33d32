package org.tpiclinic.scheduling;

import org.tpiclinic.PostgresTest;

@PostgresTest
class SetupCachePostgresTests extends SetupCacheTests {
}
