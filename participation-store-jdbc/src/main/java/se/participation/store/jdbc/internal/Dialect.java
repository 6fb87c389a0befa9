// Copyright 2026 The Participation SDK authors
// SPDX-License-Identifier: Apache-2.0
package se.participation.store.jdbc.internal;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * What differs between the databases the store runs on: the JSON column, how positions are
 * given, and how a reader in global order is kept from skipping an event.
 */
public enum Dialect {
  /**
   * PostgreSQL: positions from a sequence, visible in any order, so readers in global order read
   * only events written by transactions older than the oldest still running ({@code xid8}).
   */
  POSTGRESQL("postgresql", "CAST(? AS JSONB)",
      " AND e.transaction_id < pg_snapshot_xmin(pg_current_snapshot())", true),
  /**
   * H2, embedded: appends take the last position under a row lock, so positions become visible in
   * their order and readers need no other condition.
   */
  H2("h2", "?", "", false);

  /** A migration script shipped with the module. */
  public record Migration(int version, String description, String resource) {}

  private final String folder;
  private final String jsonParameter;
  private final String visibleInOrder;
  private final boolean generatedPositions;

  Dialect(String folder, String jsonParameter, String visibleInOrder, boolean generatedPositions) {
    this.folder = folder;
    this.jsonParameter = jsonParameter;
    this.visibleInOrder = visibleInOrder;
    this.generatedPositions = generatedPositions;
  }

  /** The dialect of a database, by the product name its driver reports. */
  public static Optional<Dialect> of(String productName) {
    String name = productName.toLowerCase(Locale.ROOT);
    if (name.contains("postgresql")) {
      return Optional.of(POSTGRESQL);
    }
    if (name.equals("h2")) {
      return Optional.of(H2);
    }
    return Optional.empty();
  }

  /** The migrations in order, each applied once. */
  public List<Migration> migrations() {
    return List.of(new Migration(1, "events", folder + "/V1__events.sql"));
  }

  /** The parameter marker of a JSON value. */
  public String jsonParameter() {
    return jsonParameter;
  }

  /** The condition, after {@code WHERE …}, that keeps readers in global order from skipping. */
  public String visibleInOrder() {
    return visibleInOrder;
  }

  /** Whether the database gives positions (PostgreSQL) or appends take them from the head row (H2). */
  public boolean generatedPositions() {
    return generatedPositions;
  }
}
