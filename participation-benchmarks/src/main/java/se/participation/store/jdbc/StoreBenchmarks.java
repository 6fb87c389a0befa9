// Copyright 2026 The Participation SDK authors
// SPDX-License-Identifier: Apache-2.0
package se.participation.store.jdbc;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import se.participation.api.ActorId;
import se.participation.api.Count;
import se.participation.api.EngagementLevel;
import se.participation.api.ProcessId;
import se.participation.api.Tally;
import se.participation.api.TallyKind;
import se.participation.api.event.Event;
import se.participation.api.event.EventContext;
import se.participation.core.ProcessEngine;
import se.participation.json.EventHistories;
import se.participation.store.AppendResult;

/**
 * The JDBC store on a real PostgreSQL server (the one the store's tests start, in this JVM's
 * fork), against the floor of raw JDBC doing the same round trips' essential work: one insert of
 * the same bytes with a unique key, one select of the same payloads.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class StoreBenchmarks {
  static final ProcessId ID = ProcessId.of("bench");
  static final ActorId OWNER = ActorId.of("anna");
  static final Instant AT = Instant.parse("2026-03-01T09:00:00Z");

  static Event event(long version) {
    EventContext context = new EventContext(ID, version, OWNER, AT);
    if (version == 1) {
      return new Event.ProcessStarted(context, "Ny park", "Vad ska parken ha?", EngagementLevel.RESONEMANG);
    }
    return new Event.TallyRecorded(context, Tally.of(TallyKind.CONTRIBUTIONS, "synpunkter", Count.exactly((int) version)));
  }

  static String payload(Event event) {
    String line = EventHistories.write(List.of(event));
    return line.substring(0, line.length() - 1);
  }

  static void execute(DataSource database, String sql) {
    try (Connection connection = database.getConnection(); Statement statement = connection.createStatement()) {
      statement.execute(sql);
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  static final String RAW_TABLE = "CREATE TABLE raw_event (position BIGSERIAL PRIMARY KEY, process_id TEXT NOT NULL, "
      + "version BIGINT NOT NULL, payload JSONB, UNIQUE (process_id, version))";

  /** Appending one event a command, on a stream that grows, against one raw insert. */
  @State(Scope.Benchmark)
  public static class Appending {
    DataSource database = PostgresServer.shared().freshDatabase();
    JdbcEventStore store = JdbcEventStore.of(database);
    long version;
    long rawVersion;
    String bytes = payload(event(2));

    @Setup
    public void setUp() {
      store.migrate();
      store.append(ID, 0, List.of(event(1)));
      version = 1;
      execute(database, RAW_TABLE);
    }
  }

  @Benchmark
  public AppendResult append(Appending state) {
    AppendResult result = state.store.append(ID, state.version, List.of(event(state.version + 1)));
    state.version++;
    return result;
  }

  @Benchmark
  public int rawInsert(Appending state) throws SQLException {
    try (Connection connection = state.database.getConnection();
        PreparedStatement insert = connection.prepareStatement(
            "INSERT INTO raw_event (process_id, version, payload) VALUES (?, ?, CAST(? AS JSONB))")) {
      insert.setString(1, ID.value());
      insert.setLong(2, ++state.rawVersion);
      insert.setString(3, state.bytes);
      return insert.executeUpdate();
    }
  }

  /** A stored process of a given length, and the same payloads in a raw table. */
  @State(Scope.Benchmark)
  public static class Stored {
    @Param({"1000", "100000"})
    public int events;

    DataSource database = PostgresServer.shared().freshDatabase();
    JdbcEventStore store = JdbcEventStore.of(database);
    ProcessEngine engine = ProcessEngine.withHandbookRulesOnly();

    @Setup
    public void setUp() {
      store.migrate();
      int batch = 5_000;
      for (int from = 0; from < events; from += batch) {
        List<Event> chunk = new ArrayList<>();
        for (int v = from + 1; v <= Math.min(events, from + batch); v++) {
          chunk.add(event(v));
        }
        if (!(store.append(ID, from, chunk) instanceof AppendResult.Appended)) {
          throw new IllegalStateException("setup append refused at " + from);
        }
      }
      execute(database, RAW_TABLE);
      execute(database, "INSERT INTO raw_event (process_id, version, payload) "
          + "SELECT process_id, version, payload FROM participation_event ORDER BY position");
    }
  }

  @Benchmark
  @OutputTimeUnit(TimeUnit.MILLISECONDS)
  public List<Event> load(Stored state) {
    return state.store.load(ID);
  }

  @Benchmark
  @OutputTimeUnit(TimeUnit.MILLISECONDS)
  public List<String> rawLoad(Stored state) throws SQLException {
    List<String> payloads = new ArrayList<>(state.events);
    try (Connection connection = state.database.getConnection();
        PreparedStatement select = connection.prepareStatement(
            "SELECT payload FROM raw_event WHERE process_id = ? ORDER BY version")) {
      select.setString(1, ID.value());
      try (ResultSet rows = select.executeQuery()) {
        while (rows.next()) {
          payloads.add(rows.getString(1));
        }
      }
    }
    return payloads;
  }

  @Benchmark
  @OutputTimeUnit(TimeUnit.MILLISECONDS)
  public long loadAndReplay(Stored state) {
    return state.engine.replay(state.store.load(ID)).version();
  }
}
