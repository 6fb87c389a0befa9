// Copyright 2026 The Participation SDK authors
// SPDX-License-Identifier: Apache-2.0
package se.participation.store.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.LongStream;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import se.participation.api.ProcessId;
import se.participation.api.event.Event;
import se.participation.api.text.LocalizedText;
import se.participation.json.EventHistories;
import se.participation.store.AppendResult;
import se.participation.store.EventStoreException;
import se.participation.store.ProcessService;
import se.participation.store.StoredEvent;
import se.participation.store.jdbc.internal.DriverDataSource;
import se.participation.testkit.Pilot;

/**
 * What only a server shows: a global order that never skips an event committed late, writers in
 * other JVMs, and writers killed in the middle of an append.
 */
class PostgresStoreTest {
  private static final PostgresServer SERVER = PostgresServer.shared();

  private static JdbcEventStore migrated(DataSource database) {
    JdbcEventStore store = JdbcEventStore.of(database);
    store.migrate();
    return store;
  }

  private static List<Long> positions(List<StoredEvent> events) {
    return events.stream().map(StoredEvent::position).toList();
  }

  @Test
  void aReaderInGlobalOrderWaitsForAnOlderTransactionInsteadOfSkippingItsEvent() throws SQLException {
    DataSource database = SERVER.freshDatabase();
    JdbcEventStore store = migrated(database);
    List<Event> slowEvents = EventStoreContract.as(ProcessId.of("slow"), Pilot.history().subList(0, 1));
    try (Connection slow = database.getConnection()) {
      slow.setAutoCommit(false);
      // A writer that took position 1 and has not committed yet.
      try (PreparedStatement insert = slow.prepareStatement("INSERT INTO participation_event "
          + "(process_id, version, type, schema_version, payload) VALUES ('slow', 1, 'ProcessStarted', 1, CAST(? AS JSONB))")) {
        String line = EventHistories.write(slowEvents);
        insert.setString(1, line.substring(0, line.length() - 1));
        insert.executeUpdate();
      }
      // A faster writer commits position 2.
      assertThat(store.append(Pilot.ID, 0, Pilot.history().subList(0, 1))).isInstanceOf(AppendResult.Appended.class);
      try (Connection naive = database.getConnection(); Statement statement = naive.createStatement();
          ResultSet rows = statement.executeQuery("SELECT position FROM participation_event WHERE position > 0")) {
        assertThat(rows.next()).isTrue();
        assertThat(rows.getLong(1)).as("what a reader by position alone sees, and would read on after").isEqualTo(2);
      }
      assertThat(store.readAll(0, 100)).as("nothing until the older transaction ends").isEmpty();
      slow.commit();
    }
    List<StoredEvent> all = store.readAll(0, 100);
    assertThat(positions(all)).containsExactly(1L, 2L);
    assertThat(all.get(0).event()).isEqualTo(slowEvents.get(0));
  }

  @Test
  void aProjectionPollingWhileEightWritersAppendReadsEveryEventOnceInOrder() throws Exception {
    DataSource database = SERVER.freshDatabase();
    JdbcEventStore store = migrated(database);
    AtomicBoolean writing = new AtomicBoolean(true);
    List<Thread> writers = new ArrayList<>();
    List<Event> pilot = Pilot.history();
    for (int w = 0; w < 8; w++) {
      List<Event> history = EventStoreContract.as(ProcessId.of("process-" + w), pilot);
      Thread writer = new Thread(() -> {
        for (int v = 0; v < history.size(); v++) {
          store.append(history.get(v).context().process(), v, List.of(history.get(v)));
        }
      });
      writers.add(writer);
      writer.start();
    }
    List<Long> seen = new ArrayList<>();
    Thread done = new Thread(() -> {
      for (Thread writer : writers) {
        try {
          writer.join();
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
        }
      }
      writing.set(false);
    });
    done.start();
    long last = 0;
    while (writing.get() || seen.size() < 8 * pilot.size()) {
      List<StoredEvent> batch = store.readAll(last, 7);
      for (StoredEvent event : batch) {
        seen.add(event.position());
        last = event.position();
      }
      if (!writing.get() && batch.isEmpty()) {
        break;
      }
    }
    List<Long> all = positions(store.readAll(0, Integer.MAX_VALUE));
    assertThat(all).hasSize(8 * pilot.size());
    assertThat(seen).as("every position once, in order, none skipped").isEqualTo(all);
  }

  @ParameterizedTest(name = "killed {0}")
  @ValueSource(strings = {"personal", "commit"})
  void aWriterKilledInTheMiddleOfAnAppendLeavesNoneOfItsEvents(String point) throws Exception {
    DataSource database = SERVER.freshDatabase();
    JdbcEventStore store = migrated(database);
    List<Event> history = Pilot.history();
    store.append(Pilot.ID, 0, history.subList(0, 1));
    String before = EventStoreContract.dump(database, EventStoreContract.EVERY_TABLE);
    String url = SERVER.url(poolName(database));
    Process worker = new ProcessBuilder(StoreWorker.command("crash", url, "1", point)).redirectErrorStream(true).start();
    try (BufferedReader out = new BufferedReader(new InputStreamReader(worker.getInputStream(), StandardCharsets.UTF_8))) {
      String line;
      StringBuilder all = new StringBuilder();
      while ((line = out.readLine()) != null && !line.equals("PAUSED")) {
        all.append(line).append('\n');
      }
      assertThat(line).as("the worker paused; it said:%n%s", all).isEqualTo("PAUSED");
      assertThat(openTransactions(database)).as("its transaction is open, with its rows written").isEqualTo(1);
      worker.destroyForcibly();
      assertThat(worker.waitFor(30, TimeUnit.SECONDS)).isTrue();
    }
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
    while (openTransactions(database) > 0 && System.nanoTime() < deadline) {
      Thread.sleep(50);
    }
    assertThat(store.version(Pilot.ID)).isEqualTo(1);
    assertThat(EventStoreContract.dump(database, EventStoreContract.EVERY_TABLE)).isEqualTo(before);
    AppendResult rest = store.append(Pilot.ID, 1, history.subList(1, history.size()));
    assertThat(rest).isInstanceOf(AppendResult.Appended.class);
    assertThat(((AppendResult.Appended) rest).version()).isEqualTo(history.size());
    assertThat(store.load(Pilot.ID)).isEqualTo(history);
  }

  private static String poolName(DataSource database) {
    return ((com.zaxxer.hikari.HikariDataSource) database).getPoolName();
  }

  private static int openTransactions(DataSource database) throws SQLException {
    try (Connection connection = database.getConnection(); Statement statement = connection.createStatement();
        ResultSet rows = statement.executeQuery("SELECT COUNT(*) FROM pg_stat_activity "
            + "WHERE datname = current_database() AND state LIKE 'idle in transaction%' AND pid <> pg_backend_pid()")) {
      rows.next();
      return rows.getInt(1);
    }
  }

  @Test
  void twoJvmsRacingOnOneProcessWriteEveryVersionOnceAndTheirLosersGetConflicts() throws Exception {
    DataSource database = SERVER.freshDatabase();
    JdbcEventStore store = migrated(database);
    ProcessService service = new ProcessService(EventStoreContract.ENGINE, store);
    assertThat(service.handle(EventStoreContract.start(EventStoreContract.ID)).isAccepted()).isTrue();
    int seconds = Integer.getInteger("participation.raceSeconds", 20);
    String url = SERVER.url(poolName(database));
    List<Process> workers = new ArrayList<>();
    for (int i = 0; i < 2; i++) {
      workers.add(new ProcessBuilder(StoreWorker.command("race", url, EventStoreContract.ID.value(),
          Integer.toString(seconds), "8")).redirectErrorStream(true).start());
    }
    Set<Long> accepted = new HashSet<>();
    int conflicts = 0;
    for (Process worker : workers) {
      String output = new String(worker.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      assertThat(worker.waitFor(seconds + 120L, TimeUnit.SECONDS)).isTrue();
      String result = output.lines().filter(l -> l.startsWith("accepted=")).findFirst()
          .orElseThrow(() -> new AssertionError("the worker gave no result:\n" + output));
      String[] parts = result.split(" ");
      for (String version : parts[0].substring("accepted=".length()).split(",")) {
        if (!version.isEmpty()) {
          assertThat(accepted.add(Long.parseLong(version))).as("version %s accepted in both JVMs", version).isTrue();
        }
      }
      conflicts += Integer.parseInt(parts[1].substring("conflicts=".length()));
      assertThat(parts[2]).isEqualTo("surprises=0");
    }
    long version = store.version(EventStoreContract.ID);
    assertThat(accepted).containsExactlyInAnyOrderElementsOf(LongStream.rangeClosed(2, version).boxed().toList());
    assertThat(conflicts).isPositive();
    assertThat(EventStoreContract.ENGINE.replay(store.load(EventStoreContract.ID)).tallies()).hasSize((int) version - 1);
    System.out.printf("two JVMs x 8 writers for %d s: %d accepted, %d conflicts%n", seconds, version - 1, conflicts);
  }

  @Test
  void aDatabaseThatCannotBeReachedIsAnErrorThatSaysSoWithoutThePassword() {
    DataSource nowhere = new DriverDataSource("jdbc:postgresql://127.0.0.1:1/none?user=u&password=hemligt&connectTimeout=2");
    assertThatThrownBy(() -> JdbcEventStore.of(nowhere)).isInstanceOfSatisfying(EventStoreException.class, e -> {
      assertThat(e.message(LocalizedText.ENGLISH)).contains("could not connect").contains("SQLSTATE");
      assertThat(e.message(LocalizedText.SWEDISH)).contains("kunde inte ansluta");
      assertThat(e.getMessage()).doesNotContain("hemligt");
    });
  }
}
