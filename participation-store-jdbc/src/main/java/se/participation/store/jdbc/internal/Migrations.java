// Copyright 2026 The Participation SDK authors
// SPDX-License-Identifier: Apache-2.0
package se.participation.store.jdbc.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import se.participation.store.EventStoreException;

/**
 * Applies the store's migration scripts that a database has not had, each once, in order, and
 * records them in {@code participation_schema}. On PostgreSQL the whole run is one transaction
 * under an advisory lock, so two nodes that migrate at once apply each script once.
 */
public final class Migrations {
  /** The advisory lock key of migrations on PostgreSQL ("partic" in ASCII). */
  private static final long LOCK = 0x7061727469636CL;

  private Migrations() {}

  /** The newest schema version this library knows. */
  public static int latest(Dialect dialect) {
    List<Dialect.Migration> all = dialect.migrations();
    return all.get(all.size() - 1).version();
  }

  /**
   * Migrates the database to the newest version this library knows.
   *
   * @return the versions applied now, in order; empty when the schema was up to date
   * @throws EventStoreException when the database holds a newer schema, or a script fails
   */
  public static List<Integer> apply(Connection connection, Dialect dialect) throws SQLException {
    boolean autoCommit = connection.getAutoCommit();
    connection.setAutoCommit(false);
    try {
      try (Statement statement = connection.createStatement()) {
        if (dialect == Dialect.POSTGRESQL) {
          statement.execute("SELECT pg_advisory_xact_lock(" + LOCK + ")");
        }
        statement.execute("CREATE TABLE IF NOT EXISTS participation_schema ("
            + "version INTEGER PRIMARY KEY, description VARCHAR(200) NOT NULL, "
            + "applied_at TIMESTAMP WITH TIME ZONE DEFAULT CURRENT_TIMESTAMP NOT NULL)");
      }
      TreeSet<Integer> applied = new TreeSet<>();
      try (Statement statement = connection.createStatement();
          ResultSet rows = statement.executeQuery("SELECT version FROM participation_schema")) {
        while (rows.next()) {
          applied.add(rows.getInt(1));
        }
      }
      int latest = latest(dialect);
      if (!applied.isEmpty() && applied.last() > latest) {
        throw new EventStoreException(StoreTexts.text("store.newerSchema", applied.last(), latest), null);
      }
      List<Integer> now = new ArrayList<>();
      for (Dialect.Migration migration : dialect.migrations()) {
        if (applied.contains(migration.version())) {
          continue;
        }
        try (Statement statement = connection.createStatement()) {
          for (String sql : statements(script(migration.resource()))) {
            statement.execute(sql);
          }
        } catch (SQLException e) {
          throw new EventStoreException(StoreTexts.text("store.badMigration", migration.version(),
              e.getSQLState() == null ? "?" : e.getSQLState()), e);
        }
        try (PreparedStatement insert = connection.prepareStatement(
            "INSERT INTO participation_schema (version, description) VALUES (?, ?)")) {
          insert.setInt(1, migration.version());
          insert.setString(2, migration.description());
          insert.executeUpdate();
        }
        now.add(migration.version());
      }
      connection.commit();
      return List.copyOf(now);
    } catch (SQLException | RuntimeException e) {
      Sql.rollback(connection, e);
      throw e;
    } finally {
      connection.setAutoCommit(autoCommit);
    }
  }

  /** A script's text, from the module's resources. */
  static String script(String resource) {
    try (InputStream in = Migrations.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("migration script missing from the module: " + resource);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A script's statements: comment lines dropped, split where a line ends with a semicolon. */
  static List<String> statements(String script) {
    List<String> statements = new ArrayList<>();
    StringBuilder current = new StringBuilder();
    for (String line : script.lines().toList()) {
      String trimmed = line.strip();
      if (trimmed.isEmpty() || trimmed.startsWith("--")) {
        continue;
      }
      current.append(line).append('\n');
      if (trimmed.endsWith(";")) {
        String statement = current.toString().strip();
        statements.add(statement.substring(0, statement.length() - 1));
        current.setLength(0);
      }
    }
    if (!current.toString().isBlank()) {
      statements.add(current.toString().strip());
    }
    return statements;
  }
}
