// Copyright 2026 The Participation SDK authors
// SPDX-License-Identifier: Apache-2.0
package se.participation.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import se.participation.api.Actor;
import se.participation.api.ActorRole;
import se.participation.api.Count;
import se.participation.api.EngagementLevel;
import se.participation.api.ProcessId;
import se.participation.api.Tally;
import se.participation.api.TallyKind;
import se.participation.api.command.Command;
import se.participation.api.command.CommandContext;
import se.participation.api.command.Outcome;
import se.participation.api.command.Reason;
import se.participation.api.event.Event;
import se.participation.core.ProcessEngine;

/** Loading, deciding and appending as embedders do, with writers that race. */
class ProcessServiceTest {
  private static final ProcessEngine ENGINE = ProcessEngine.withHandbookRulesOnly();
  private static final ProcessId ID = ProcessId.of("KS-2026-17");
  private static final Actor OWNER = Actor.of("anna", ActorRole.PROCESS_OWNER);
  private static final Instant T = Instant.parse("2026-03-01T09:00:00Z");

  private static Command.StartProcess start() {
    return new Command.StartProcess(CommandContext.of(ID, 0, OWNER, T), "Ny park", "Vad ska parken ha?", EngagementLevel.RESONEMANG);
  }

  private static Command tally(CommandContext context, int count) {
    return new Command.RecordTally(context, Tally.of(TallyKind.CONTRIBUTIONS, "synpunkter", Count.exactly(count)));
  }

  private static ProcessService started(EventStore store) {
    ProcessService service = new ProcessService(ENGINE, store);
    assertThat(service.handle(start()).isAccepted()).isTrue();
    return service;
  }

  @Test
  void aStartedProcessIsStoredAndLoadedAsTheEngineReplaysIt() {
    InMemoryEventStore store = new InMemoryEventStore();
    ProcessService service = started(store);
    assertThat(service.load(ID)).isPresent().get().satisfies(p -> assertThat(p.version()).isEqualTo(1));
    Outcome outcome = service.handle(tally(CommandContext.of(ID, 1, OWNER, T), 12));
    assertThat(outcome.isAccepted()).isTrue();
    assertThat(store.version(ID)).isEqualTo(2);
    assertThat(service.load(ID).orElseThrow()).isEqualTo(ENGINE.replay(store.load(ID)));
    assertThat(service.load(ProcessId.of("annan"))).isEmpty();
    assertThat(store.readAll(0, 10)).extracting(StoredEvent::position).containsExactly(1L, 2L);
  }

  @Test
  void aCommandOnAnOldVersionIsAConflictAndAppendsNothing() {
    InMemoryEventStore store = new InMemoryEventStore();
    ProcessService service = started(store);
    service.handle(tally(CommandContext.of(ID, 1, OWNER, T), 1));
    Outcome stale = service.handle(tally(CommandContext.of(ID, 1, OWNER, T), 2));
    assertThat(stale).isInstanceOf(Outcome.Rejected.class);
    assertThat(((Outcome.Rejected) stale).reasons()).containsExactly(new Reason.Conflict(1, 2));
    assertThat(store.version(ID)).isEqualTo(2);
  }

  /** A store in which another writer appends just before the first append it is asked for. */
  private static final class Overtaken implements EventStore {
    private final InMemoryEventStore inner = new InMemoryEventStore();
    private final AtomicBoolean overtake = new AtomicBoolean();

    @Override
    public AppendResult append(ProcessId process, long expectedVersion, List<Event> events) {
      if (overtake.compareAndSet(true, false)) {
        ProcessService other = new ProcessService(ENGINE, inner);
        assertThat(other.handle(tally(CommandContext.of(process, expectedVersion, OWNER, T), 99)).isAccepted()).isTrue();
      }
      return inner.append(process, expectedVersion, events);
    }

    @Override
    public List<Event> load(ProcessId process) {
      return inner.load(process);
    }

    @Override
    public long version(ProcessId process) {
      return inner.version(process);
    }

    @Override
    public List<StoredEvent> readAll(long afterPosition, int limit) {
      return inner.readAll(afterPosition, limit);
    }
  }

  @Test
  void losingARaceWhileDecidingIsAConflictOutcomeNotAnException() {
    Overtaken store = new Overtaken();
    ProcessService service = started(store);
    store.overtake.set(true);
    Outcome lost = service.handle(tally(CommandContext.of(ID, 1, OWNER, T), 5));
    assertThat(((Outcome.Rejected) lost).reasons()).containsExactly(new Reason.Conflict(1, 2));
    assertThat(((Outcome.Rejected) lost).isConflict()).isTrue();
    assertThat(store.load(ID)).hasSize(2);
    assertThat(service.load(ID).orElseThrow().tallies()).extracting(t -> t.count().value()).containsExactly(99);
  }

  @Test
  void aRetriedCommandIsDecidedAgainOnTheNewerVersion() {
    Overtaken store = new Overtaken();
    ProcessService service = started(store);
    store.overtake.set(true);
    Outcome retried = service.handleRetrying(ID, OWNER, T, c -> tally(c, 5), 3);
    assertThat(retried.isAccepted()).isTrue();
    assertThat(service.load(ID).orElseThrow().tallies()).extracting(t -> t.count().value()).containsExactly(99, 5);
    store.overtake.set(true);
    Outcome once = service.handleRetrying(ID, OWNER, T, c -> tally(c, 6), 1);
    assertThat(once).isInstanceOf(Outcome.Rejected.class);
    assertThat(((Outcome.Rejected) once).isConflict()).isTrue();
    assertThatThrownBy(() -> service.handleRetrying(ID, OWNER, T, c -> tally(c, 7), 0))
        .hasMessageContaining("attempts must be at least 1, was 0");
  }

  @Test
  void aRefusedCommandIsNotRetried() {
    ProcessService service = started(new InMemoryEventStore());
    int[] calls = {0};
    Outcome refused = service.handleRetrying(ID, Actor.of("mallory", ActorRole.PARTICIPANT), T, c -> {
      calls[0]++;
      return tally(c, 1);
    }, 5);
    assertThat(refused.isAccepted()).isFalse();
    assertThat(calls[0]).isEqualTo(1);
  }

  @Test
  void sixteenRacingWritersWriteEveryVersionOnceAndEveryLoserGetsAConflict() throws Exception {
    InMemoryEventStore store = new InMemoryEventStore();
    ProcessService service = started(store);
    int writers = 16;
    int attemptsEach = 200;
    ExecutorService pool = Executors.newFixedThreadPool(writers);
    CountDownLatch go = new CountDownLatch(1);
    List<Future<List<Outcome>>> results = new ArrayList<>();
    for (int w = 0; w < writers; w++) {
      int writer = w;
      results.add(pool.submit(() -> {
        go.await();
        List<Outcome> outcomes = new ArrayList<>();
        for (int i = 0; i < attemptsEach; i++) {
          long version = store.version(ID);
          outcomes.add(service.handle(tally(CommandContext.of(ID, version, OWNER, T), writer * 1000 + i)));
        }
        return outcomes;
      }));
    }
    go.countDown();
    List<Event> accepted = Collections.synchronizedList(new ArrayList<>());
    int conflicts = 0;
    for (Future<List<Outcome>> result : results) {
      for (Outcome outcome : result.get(60, TimeUnit.SECONDS)) {
        if (outcome instanceof Outcome.Accepted a) {
          accepted.addAll(a.events());
        } else {
          assertThat(((Outcome.Rejected) outcome).reasons()).as("a loser is told of the conflict only")
              .singleElement().isInstanceOf(Reason.Conflict.class);
          conflicts++;
        }
      }
    }
    pool.shutdown();
    List<Event> stream = store.load(ID);
    assertThat(stream).extracting(e -> e.context().version())
        .containsExactlyElementsOf(java.util.stream.LongStream.rangeClosed(1, stream.size()).boxed().toList());
    assertThat(stream.subList(1, stream.size())).containsExactlyInAnyOrderElementsOf(accepted);
    assertThat(accepted.size() + conflicts).isEqualTo(writers * attemptsEach);
    assertThat(conflicts).as("writers did race").isPositive();
    assertThat(ENGINE.replay(stream).tallies()).hasSize(accepted.size());
  }
}
