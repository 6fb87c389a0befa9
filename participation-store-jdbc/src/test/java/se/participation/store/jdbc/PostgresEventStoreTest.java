// Copyright 2026 The Participation SDK authors
// SPDX-License-Identifier: Apache-2.0
package se.participation.store.jdbc;

import javax.sql.DataSource;

/** The store's contract on a real PostgreSQL server. */
class PostgresEventStoreTest extends EventStoreContract {
  @Override
  DataSource freshDatabase() {
    return PostgresServer.shared().freshDatabase();
  }

  @Override
  int raceSeconds() {
    // The issue asks for a minute; -Dparticipation.raceSeconds=5 while developing.
    return Integer.getInteger("participation.raceSeconds", 60);
  }
}
