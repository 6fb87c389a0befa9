// Copyright 2026 The Participation SDK authors
// SPDX-License-Identifier: Apache-2.0
package se.participation.store;

import java.util.List;
import java.util.Objects;
import se.participation.api.ProcessId;
import se.participation.api.event.Event;

/**
 * Where the events of processes are kept, append-only, one stream a process.
 *
 * <p>An implementation guarantees, for every process, that each version is written at most once:
 * of two appends that expect the same version, exactly one succeeds and the other is told the
 * version it lost to ({@link AppendResult.Conflict}); a successful append writes all of its
 * events or none. Every stored event also gets a global position, increasing, for projections
 * that read all processes in order ({@link #readAll}).
 *
 * <p>Erasure: when an append holds a {@code ParticipantDataErased} event, the store forgets that
 * participant's personal data in the same append, all or nothing: from then on {@link #load} and
 * {@link #readAll} give the stream as {@link se.participation.core.ProcessEngine#redact} gives it,
 * which replays to the same process. A store with an append-only log keeps the events that {@link
 * se.participation.core.ProcessEngine#mayHoldPersonalData may hold personal data} apart from it,
 * so that erasure never rewrites the log.
 *
 * <p>Implementations must be safe for use by many threads. A store that cannot reach its storage
 * throws {@link EventStoreException}, having written nothing.
 */
public interface EventStore {

  /**
   * Appends a command's events to the stream of their process, if the stream is still at the
   * expected version.
   *
   * @param process the process the events belong to
   * @param expectedVersion the version the events were decided against: 0 for a new process
   * @param events the events, of that process, with versions {@code expectedVersion + 1},
   *     {@code expectedVersion + 2}, … in order
   * @return {@link AppendResult.Appended} with the new version, or {@link AppendResult.Conflict}
   *     with the version the stream is at, when another append came first
   * @throws NullPointerException when an argument is or holds null
   * @throws IllegalArgumentException when {@code events} is empty, belongs to another process, or
   *     does not number on from {@code expectedVersion}
   * @throws EventStoreException when the storage fails; nothing was appended
   */
  AppendResult append(ProcessId process, long expectedVersion, List<Event> events);

  /**
   * The stream of a process, in version order; empty when the store holds nothing of it.
   *
   * @throws NullPointerException when {@code process} is null
   * @throws EventStoreException when the storage fails or holds an event this code cannot read
   */
  List<Event> load(ProcessId process);

  /**
   * The version a process's stream is at: its last event's version, 0 when there is none.
   *
   * @throws NullPointerException when {@code process} is null
   * @throws EventStoreException when the storage fails
   */
  long version(ProcessId process);

  /**
   * Stored events of every process in global order, after a position, for projections: at most
   * {@code limit} of them. Reading again from the last position given never skips an event.
   *
   * @param afterPosition the last position already read; 0 to read from the start
   * @param limit the most events to give, at least 1
   * @throws IllegalArgumentException when {@code afterPosition} is negative or {@code limit} is
   *     below 1
   * @throws EventStoreException when the storage fails or holds an event this code cannot read
   */
  List<StoredEvent> readAll(long afterPosition, int limit);

  /**
   * The checks of {@link #append}'s arguments that every implementation makes, for
   * implementations: events of the process, numbered on from the expected version.
   *
   * @throws NullPointerException when an argument is or holds null
   * @throws IllegalArgumentException when {@code expectedVersion} is negative, {@code events} is
   *     empty, belongs to another process, or does not number on from {@code expectedVersion}
   */
  static void checkAppend(ProcessId process, long expectedVersion, List<Event> events) {
    Objects.requireNonNull(process, "process");
    Objects.requireNonNull(events, "events");
    if (expectedVersion < 0) {
      throw new IllegalArgumentException("expectedVersion must not be negative, was " + expectedVersion);
    }
    if (events.isEmpty()) {
      throw new IllegalArgumentException("events must not be empty");
    }
    long next = expectedVersion + 1;
    for (int i = 0; i < events.size(); i++) {
      Event event = Objects.requireNonNull(events.get(i), "events[" + i + "]");
      if (!event.context().process().equals(process)) {
        throw new IllegalArgumentException("events[" + i + "] belongs to process " + event.context().process()
            + ", not " + process);
      }
      if (event.context().version() != next) {
        throw new IllegalArgumentException("events[" + i + "] has version " + event.context().version()
            + ", expected " + next);
      }
      next++;
    }
  }

  /**
   * The checks of {@link #readAll}'s arguments that every implementation makes, for
   * implementations.
   *
   * @throws IllegalArgumentException when {@code afterPosition} is negative or {@code limit} is
   *     below 1
   */
  static void checkRead(long afterPosition, int limit) {
    if (afterPosition < 0) {
      throw new IllegalArgumentException("afterPosition must not be negative, was " + afterPosition);
    }
    if (limit < 1) {
      throw new IllegalArgumentException("limit must be at least 1, was " + limit);
    }
  }
}
