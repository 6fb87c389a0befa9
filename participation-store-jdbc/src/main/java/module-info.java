// Copyright 2026 The Participation SDK authors
// SPDX-License-Identifier: Apache-2.0
/**
 * The {@code EventStore} on a relational database through JDBC: PostgreSQL in production, H2
 * embedded in a file for one machine. See {@link se.participation.store.jdbc.JdbcEventStore}.
 */
module se.participation.store.jdbc {
  requires transitive se.participation.store;
  requires transitive java.sql;
  requires se.participation.json;
  requires static org.jspecify;

  exports se.participation.store.jdbc;

  provides se.participation.api.text.TextCatalogProvider
      with se.participation.store.jdbc.internal.StoreTexts.Provider;
}
