// Copyright 2026 The Participation SDK authors
// SPDX-License-Identifier: Apache-2.0
package se.participation.store.jdbc;

import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import se.participation.store.jdbc.internal.DriverDataSource;

/** The store's contract on H2, the embedded database, in memory. */
class H2EventStoreTest extends EventStoreContract {
  private static final AtomicInteger DATABASES = new AtomicInteger();

  @Override
  DataSource freshDatabase() {
    return new DriverDataSource("jdbc:h2:mem:contract" + DATABASES.incrementAndGet() + ";DB_CLOSE_DELAY=-1");
  }

  @Override
  int raceSeconds() {
    return Integer.getInteger("participation.raceSeconds", 10);
  }
}
