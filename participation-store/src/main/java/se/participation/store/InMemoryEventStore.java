// Copyright 2026 The Participation SDK authors
// SPDX-License-Identifier: Apache-2.0
package se.participation.store;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import se.participation.api.ProcessId;
import se.participation.api.event.Event;
import se.participation.core.ProcessEngine;

/**
 * An {@link EventStore} in memory: the embedded default, for tests and for a single process of
 * the JVM that keeps its own copy elsewhere. Appends are serialised by one lock; reads see only
 * whole appends. Erasure replaces the participant's events in memory by their redacted form.
 */
public final class InMemoryEventStore implements EventStore {
  private static final ProcessEngine REDACTOR = ProcessEngine.withHandbookRulesOnly();

  private final Object lock = new Object();
  private final Map<ProcessId, List<StoredEvent>> streams = new HashMap<>();
  private final List<StoredEvent> all = new ArrayList<>();

  /** An empty store. */
  public InMemoryEventStore() {}

  @Override
  public AppendResult append(ProcessId process, long expectedVersion, List<Event> events) {
    EventStore.checkAppend(process, expectedVersion, events);
    synchronized (lock) {
      List<StoredEvent> stream = streams.computeIfAbsent(process, p -> new ArrayList<>());
      long actual = stream.size();
      if (actual != expectedVersion) {
        return new AppendResult.Conflict(expectedVersion, actual);
      }
      for (Event event : events) {
        StoredEvent stored = new StoredEvent(all.size() + 1L, event);
        stream.add(stored);
        all.add(stored);
      }
      for (Event event : events) {
        if (event instanceof Event.ParticipantDataErased erased) {
          forget(stream, erased);
        }
      }
      return new AppendResult.Appended(stream.size(), all.size());
    }
  }

  /** Replaces the stream's events by their redacted form, in the stream and in the global order. */
  private void forget(List<StoredEvent> stream, Event.ParticipantDataErased erased) {
    List<Event> history = new ArrayList<>(stream.size());
    for (StoredEvent stored : stream) {
      history.add(stored.event());
    }
    List<Event> redacted = REDACTOR.redact(history, erased.participant());
    for (int i = 0; i < redacted.size(); i++) {
      if (!redacted.get(i).equals(history.get(i))) {
        StoredEvent replacement = new StoredEvent(stream.get(i).position(), redacted.get(i));
        stream.set(i, replacement);
        all.set((int) replacement.position() - 1, replacement);
      }
    }
  }

  @Override
  public List<Event> load(ProcessId process) {
    Objects.requireNonNull(process, "process");
    synchronized (lock) {
      List<StoredEvent> stream = streams.getOrDefault(process, List.of());
      List<Event> events = new ArrayList<>(stream.size());
      for (StoredEvent stored : stream) {
        events.add(stored.event());
      }
      return List.copyOf(events);
    }
  }

  @Override
  public long version(ProcessId process) {
    Objects.requireNonNull(process, "process");
    synchronized (lock) {
      return streams.getOrDefault(process, List.of()).size();
    }
  }

  @Override
  public List<StoredEvent> readAll(long afterPosition, int limit) {
    EventStore.checkRead(afterPosition, limit);
    synchronized (lock) {
      int from = (int) Math.min(afterPosition, all.size());
      return List.copyOf(all.subList(from, (int) Math.min((long) from + limit, all.size())));
    }
  }

  @Override
  public String toString() {
    synchronized (lock) {
      return "InMemoryEventStore[" + streams.size() + " processes, " + all.size() + " events]";
    }
  }
}
