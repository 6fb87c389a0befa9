// Copyright 2026 The Participation SDK authors
// SPDX-License-Identifier: Apache-2.0
package se.participation.store.jdbc.internal;

import java.sql.Connection;
import java.sql.SQLException;
import org.jspecify.annotations.Nullable;

/** What a database's error means, across PostgreSQL and H2. */
public final class Sql {
  private Sql() {}

  /** A unique key was violated: another append took the version first. */
  public static boolean isUniqueViolation(SQLException e) {
    return anyState(e, "23505");
  }

  /** A table the store needs is not there: the schema was never migrated. */
  public static boolean isMissingTable(SQLException e) {
    // PostgreSQL: 42P01 undefined_table; H2: 42S02 (error code 42102) table or view not found.
    return anyState(e, "42P01") || anyState(e, "42S02") || anyState(e, "42S04");
  }

  private static boolean anyState(SQLException e, String state) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof SQLException sql) {
        for (SQLException next = sql; next != null; next = next.getNextException()) {
          if (state.equals(next.getSQLState())) {
            return true;
          }
          if (next.getNextException() == next) {
            break;
          }
        }
      }
      if (t.getCause() == t) {
        break;
      }
    }
    return false;
  }

  /** Rolls back, keeping the first failure: a rollback that fails is added to it as suppressed. */
  public static void rollback(Connection connection, @Nullable Throwable failure) {
    try {
      connection.rollback();
    } catch (SQLException e) {
      if (failure != null) {
        failure.addSuppressed(e);
      }
    }
  }
}
