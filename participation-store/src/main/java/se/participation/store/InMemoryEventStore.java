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

/**
 * An {@link EventStore} in memory: the embedded default, for tests and for a single process of
 * the JVM that keeps its own copy elsewhere. Appends are serialised by one lock; reads see only
 * whole appends.
 */
public final class InMemoryEventStore implements EventStore {
  private final Object lock = new Object();
  private final Map<ProcessId, List<Event>> streams = new HashMap<>();
  private final List<StoredEvent> all = new ArrayList<>();

  /** An empty store. */
  public InMemoryEventStore() {}

  @Override
  public AppendResult append(ProcessId process, long expectedVersion, List<Event> events) {
    Streams.check(process, expectedVersion, events);
    synchronized (lock) {
      List<Event> stream = streams.computeIfAbsent(process, p -> new ArrayList<>());
      long actual = stream.size();
      if (actual != expectedVersion) {
        return new AppendResult.Conflict(expectedVersion, actual);
      }
      for (Event event : events) {
        stream.add(event);
        all.add(new StoredEvent(all.size() + 1L, event));
      }
      return new AppendResult.Appended(stream.size(), all.size());
    }
  }

  @Override
  public List<Event> load(ProcessId process) {
    Objects.requireNonNull(process, "process");
    synchronized (lock) {
      return List.copyOf(streams.getOrDefault(process, List.of()));
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
    Streams.checkRead(afterPosition, limit);
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
