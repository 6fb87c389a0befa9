// Copyright 2026 The Participation SDK authors
// SPDX-License-Identifier: Apache-2.0
package se.participation.store.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import se.participation.api.Actor;
import se.participation.api.ActorRole;
import se.participation.api.Count;
import se.participation.api.EngagementLevel;
import se.participation.api.Participant;
import se.participation.api.ParticipationProcess;
import se.participation.api.ProcessId;
import se.participation.api.Tally;
import se.participation.api.TallyKind;
import se.participation.api.command.Command;
import se.participation.api.command.CommandContext;
import se.participation.api.command.Outcome;
import se.participation.api.command.Reason;
import se.participation.api.event.Event;
import se.participation.api.text.LocalizedText;
import se.participation.core.ProcessEngine;
import se.participation.core.SuccessEvaluator;
import se.participation.store.AppendResult;
import se.participation.store.EventStoreException;
import se.participation.store.ProcessService;
import se.participation.store.StoredEvent;
import se.participation.testkit.Pilot;
import se.participation.testkit.generators.Generators;
import se.participation.testkit.property.Gen;
import se.participation.testkit.property.Property;

/**
 * What every database the store runs on must show, run against each of them by a subclass: the
 * stream as appended, one winner per version, all or nothing, erasure without rewriting the log,
 * and errors that say what to do.
 */
abstract class EventStoreContract {
  static final ProcessEngine ENGINE = ProcessEngine.withHandbookRulesOnly();
  static final ProcessId ID = ProcessId.of("KS 2026/17");
  static final Actor OWNER = Actor.of("anna", ActorRole.PROCESS_OWNER);
  static final Instant T = Instant.parse("2026-03-01T09:00:00Z");

  /** A new, empty, migrated database. */
  abstract DataSource freshDatabase();

  /** How long the racing writers race. */
  abstract int raceSeconds();

  JdbcEventStore store(DataSource database) {
    JdbcEventStore store = JdbcEventStore.of(database);
    assertThat(store.migrate()).containsExactly(1);
    return store;
  }

  static Command.StartProcess start(ProcessId id) {
    return new Command.StartProcess(CommandContext.of(id, 0, OWNER, T), "Ny park", "Vad ska parken ha?",
        EngagementLevel.RESONEMANG);
  }

  static Command tally(CommandContext context, int count) {
    return new Command.RecordTally(context, Tally.of(TallyKind.CONTRIBUTIONS, "synpunkter", Count.exactly(count)));
  }

  /** A history of another process: the same events under another id, as a second process would have them. */
  static List<Event> as(ProcessId id, List<Event> history) {
    String lines = se.participation.json.EventHistories.write(history);
    String from = "\"process\":\"" + history.get(0).context().process().value() + "\"";
    return se.participation.json.EventHistories.read(lines.replace(from, "\"process\":\"" + id.value() + "\""), "test");
  }

  /** Every row of every table of the store, as text: what an administrator with SQL would see. */
  static String dump(DataSource database, String... tables) {
    return dump(database, null, tables);
  }

  /** The rows of one process (every row of a table without processes), as text. */
  static String dump(DataSource database, @org.jspecify.annotations.Nullable ProcessId process, String... tables) {
    StringBuilder out = new StringBuilder();
    try (Connection connection = database.getConnection(); Statement statement = connection.createStatement()) {
      for (String table : tables) {
        String where = process == null || table.equals("participation_schema") ? ""
            : " WHERE process_id = '" + process.value() + "'";
        try (ResultSet rows = statement.executeQuery("SELECT * FROM " + table + where + " ORDER BY 1")) {
          int columns = rows.getMetaData().getColumnCount();
          while (rows.next()) {
            for (int i = 1; i <= columns; i++) {
              out.append(rows.getString(i)).append('|');
            }
            out.append('\n');
          }
        }
      }
    } catch (SQLException e) {
      throw new AssertionError(e);
    }
    return out.toString();
  }

  static final String[] EVERY_TABLE = {"participation_event", "participation_personal_event", "participation_schema"};

  @Test
  void thePilotsHistoryIsLoadedAsAppendedAndReplaysToThePilot() {
    JdbcEventStore store = store(freshDatabase());
    List<Event> history = Pilot.history();
    long version = 0;
    for (Event event : history) {
      assertThat(store.append(Pilot.ID, version, List.of(event))).isInstanceOf(AppendResult.Appended.class);
      version++;
    }
    assertThat(store.load(Pilot.ID)).isEqualTo(history);
    assertThat(store.version(Pilot.ID)).isEqualTo(history.size());
    assertThat(ENGINE.replay(store.load(Pilot.ID))).isEqualTo(Pilot.evaluated());
    List<StoredEvent> all = store.readAll(0, 10_000);
    assertThat(all).extracting(StoredEvent::event).isEqualTo(history);
    assertThat(all).extracting(StoredEvent::position).isSorted().doesNotHaveDuplicates();
    assertThat(store.readAll(all.get(9).position(), 5)).isEqualTo(all.subList(10, 15));
    assertThat(store.load(ProcessId.of("okand"))).isEmpty();
    assertThat(store.version(ProcessId.of("okand"))).isZero();
  }

  @Test
  void anyGeneratedHistoryIsLoadedExactlyAsItWasAppendedInOneBatch() {
    DataSource database = freshDatabase();
    JdbcEventStore store = store(database);
    AtomicInteger n = new AtomicInteger();
    Property.forAll(Generators.closedProcesses()).named("any generated history is loaded exactly as it was appended")
        .tries(25).check(recorded -> {
          ProcessId id = ProcessId.of("generated-" + n.incrementAndGet());
          List<Event> history = as(id, recorded.history());
          long stored = store.readAll(0, Integer.MAX_VALUE).size();
          AppendResult appended = store.append(id, 0, history);
          assertThat(appended).isInstanceOf(AppendResult.Appended.class);
          assertThat(((AppendResult.Appended) appended).version()).isEqualTo(history.size());
          assertThat(store.readAll(stored, Integer.MAX_VALUE)).extracting(StoredEvent::event).isEqualTo(history);
          assertThat(store.load(id)).isEqualTo(history);
        });
  }

  @Test
  void anAppendOnAStaleVersionIsAConflictAndWritesNothing() {
    DataSource database = freshDatabase();
    JdbcEventStore store = store(database);
    ProcessService service = new ProcessService(ENGINE, store);
    assertThat(service.handle(start(ID)).isAccepted()).isTrue();
    assertThat(service.handle(tally(CommandContext.of(ID, 1, OWNER, T), 1)).isAccepted()).isTrue();
    String before = dump(database, EVERY_TABLE);
    Outcome stale = service.handle(tally(CommandContext.of(ID, 1, OWNER, T), 2));
    assertThat(((Outcome.Rejected) stale).reasons()).containsExactly(new Reason.Conflict(1, 2));
    List<Event> decided = ENGINE.decide(ENGINE.replay(store.load(ID).subList(0, 1)),
        tally(CommandContext.of(ID, 1, OWNER, T), 3)).orElseThrow().events();
    assertThat(store.append(ID, 1, decided)).isEqualTo(new AppendResult.Conflict(1, 2));
    assertThat(dump(database, EVERY_TABLE)).isEqualTo(before);
  }

  @Test
  void sixteenWritersRacingOnOneProcessWriteEveryVersionOnceAndEveryLoserGetsAConflict() throws Exception {
    JdbcEventStore store = store(freshDatabase());
    ProcessService service = new ProcessService(ENGINE, store);
    assertThat(service.handle(start(ID)).isAccepted()).isTrue();
    int writers = 16;
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(raceSeconds());
    Set<Long> accepted = ConcurrentHashMap.newKeySet();
    AtomicInteger conflicts = new AtomicInteger();
    List<String> surprises = new java.util.concurrent.CopyOnWriteArrayList<>();
    ExecutorService pool = Executors.newFixedThreadPool(writers);
    CountDownLatch go = new CountDownLatch(1);
    List<Future<?>> done = new ArrayList<>();
    for (int w = 0; w < writers; w++) {
      int writer = w;
      done.add(pool.submit(() -> {
        go.await();
        int i = 0;
        while (System.nanoTime() < deadline) {
          long version = store.version(ID);
          Outcome outcome = service.handle(tally(CommandContext.of(ID, version, OWNER, T), writer * 1_000_000 + i++));
          if (outcome instanceof Outcome.Accepted) {
            if (!accepted.add(version + 1)) {
              surprises.add("version " + (version + 1) + " accepted twice");
            }
          } else if (outcome instanceof Outcome.Rejected rejected && rejected.isConflict()
              && rejected.reasons().size() == 1) {
            conflicts.incrementAndGet();
          } else {
            surprises.add(outcome.toString());
          }
        }
        return null;
      }));
    }
    go.countDown();
    for (Future<?> f : done) {
      f.get(raceSeconds() + 120L, TimeUnit.SECONDS);
    }
    pool.shutdown();
    assertThat(surprises).isEmpty();
    long version = store.version(ID);
    assertThat(accepted).hasSize((int) version - 1);
    assertThat(accepted).containsAll(java.util.stream.LongStream.rangeClosed(2, version).boxed().toList());
    assertThat(conflicts.get()).as("conflicts").isPositive();
    List<Event> stream = store.load(ID);
    assertThat(stream).hasSize((int) version);
    assertThat(ENGINE.replay(stream).tallies()).hasSize((int) version - 1);
    List<StoredEvent> all = store.readAll(0, Integer.MAX_VALUE);
    assertThat(all).extracting(StoredEvent::event).isEqualTo(stream);
    System.out.printf("%s: %d writers for %d s: %d accepted, %d conflicts%n", getClass().getSimpleName(), writers,
        raceSeconds(), version - 1, conflicts.get());
  }

  private record Erasure(ParticipationProcess live, List<Event> history, Participant participant) {}

  @Test
  void erasureLeavesNoPersonalDataInAnyTableNeverRewritesTheLogAndReplayAndEvaluationAgree() {
    DataSource database = freshDatabase();
    JdbcEventStore store = store(database);
    ProcessService service = new ProcessService(ENGINE, store);
    AtomicInteger n = new AtomicInteger();
    Gen<Erasure> cases = Generators.closedProcesses().flatMap(recorded -> Gen.elementOf(
        List.copyOf(recorded.process().participants().values()))
        .map(p -> new Erasure(recorded.process(), recorded.history(), p)));
    int[] withData = {0};
    Property.forAll(cases).named("after erasure no table holds her personal data, the log is unchanged, replay agrees")
        .tries(20).check(c -> {
          ProcessId id = ProcessId.of("erasure-" + n.incrementAndGet());
          List<Event> history = as(id, c.history());
          assertThat(store.append(id, 0, history)).isInstanceOf(AppendResult.Appended.class);
          ParticipationProcess closed = ENGINE.replay(history);
          Set<String> personal = personal(closed, c.participant());
          if (!personal.isEmpty()) {
            withData[0]++;
            assertThat(dump(database, id, EVERY_TABLE)).contains(personal.iterator().next());
          }
          String logBefore = dump(database, id, "participation_event");
          Outcome erased = service.handle(new Command.EraseParticipantData(CommandContext.of(id, closed.version(),
              Actor.of(closed.owner().value(), ActorRole.PROCESS_OWNER), closed.updatedAt().plusSeconds(60)),
              c.participant().id()));
          assertThat(erased.isAccepted()).isTrue();
          String everything = dump(database, id, EVERY_TABLE);
          for (String string : personal) {
            assertThat(everything.contains(string)).as("erased \"%s\" still in a table", string).isFalse();
          }
          assertThat(dump(database, id, "participation_event").startsWith(logBefore)).as("log unchanged").isTrue();
          ParticipationProcess live = ENGINE.apply(closed, erased.events());
          List<Event> loaded = store.load(id);
          assertThat(ENGINE.replay(loaded)).isEqualTo(live);
          assertThat(SuccessEvaluator.evaluate(ENGINE.replay(loaded))).isEqualTo(SuccessEvaluator.evaluate(live));
          List<Event> whole = new ArrayList<>(history);
          whole.addAll(erased.events());
          assertThat(loaded).isEqualTo(ENGINE.redact(whole, c.participant().id()));
        });
    assertThat(withData[0]).as("cases with personal data to erase, of 20").isGreaterThanOrEqualTo(8);
  }

  /** The strings erasure must remove: contact details, pseudonym, and a channel she alone uses. */
  static Set<String> personal(ParticipationProcess process, Participant participant) {
    return se.participation.testkit.PersonalData.of(process, participant);
  }

  @Test
  void migratingTwiceChangesNothingTheSecondTime() {
    DataSource database = freshDatabase();
    JdbcEventStore store = store(database);
    String before = dump(database, EVERY_TABLE);
    assertThat(store.migrate()).isEmpty();
    assertThat(dump(database, EVERY_TABLE)).isEqualTo(before);
    assertThat(store.schemaVersion()).isEqualTo(1);
  }

  @Test
  void aStoreWhoseTablesAreMissingSaysToMigrateInBothLanguages() {
    JdbcEventStore store = JdbcEventStore.of(freshDatabase());
    assertThatThrownBy(() -> store.load(ID)).isInstanceOfSatisfying(EventStoreException.class, e -> {
      assertThat(e.message(LocalizedText.ENGLISH)).contains("tables are missing").contains("migrate()");
      assertThat(e.message(LocalizedText.SWEDISH)).contains("tabeller saknas").contains("migrate()");
    });
    assertThatThrownBy(() -> store.append(ID, 0, ENGINE.start(start(ID)).events()))
        .isInstanceOf(EventStoreException.class).hasMessageContaining("migrate()");
  }

  @Test
  void aDatabaseWithANewerSchemaIsRefusedNotMisread() throws SQLException {
    DataSource database = freshDatabase();
    JdbcEventStore store = store(database);
    try (Connection connection = database.getConnection(); Statement statement = connection.createStatement()) {
      statement.executeUpdate("INSERT INTO participation_schema (version, description) VALUES (2, 'from the future')");
    }
    assertThatThrownBy(store::migrate).isInstanceOfSatisfying(EventStoreException.class, e -> {
      assertThat(e.message(LocalizedText.ENGLISH)).contains("version 2").contains("(1)");
      assertThat(e.message(LocalizedText.SWEDISH)).contains("version 2").contains("(1)");
    });
  }

  @Test
  void aDamagedRowIsAnErrorNamingTheProcessAndTheVersionNeverAWrongEvent() throws SQLException {
    DataSource database = freshDatabase();
    JdbcEventStore store = store(database);
    ProcessService service = new ProcessService(ENGINE, store);
    service.handle(start(ID));
    service.handle(tally(CommandContext.of(ID, 1, OWNER, T), 1));
    try (Connection connection = database.getConnection(); Statement statement = connection.createStatement()) {
      statement.executeUpdate("UPDATE participation_event SET process_id = 'KS 2026/17' WHERE version = 2");
      statement.executeUpdate("UPDATE participation_event SET process_id = 'annan' WHERE version = 1");
    }
    assertThatThrownBy(() -> store.load(ID)).isInstanceOfSatisfying(EventStoreException.class, e -> {
      assertThat(e.message(LocalizedText.ENGLISH)).contains("Event 2 of process KS 2026/17");
      assertThat(e.message(LocalizedText.SWEDISH)).contains("Händelse 2 i process KS 2026/17");
    });
    assertThatThrownBy(() -> store.load(ProcessId.of("annan"))).isInstanceOf(EventStoreException.class)
        .hasMessageContaining("belongs to another process");
  }
}
