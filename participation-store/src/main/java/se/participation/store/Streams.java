// Copyright 2026 The Participation SDK authors
// SPDX-License-Identifier: Apache-2.0
package se.participation.store;

import java.util.List;
import java.util.Objects;
import se.participation.api.ProcessId;
import se.participation.api.event.Event;

/** The argument checks every {@link EventStore} makes alike. */
final class Streams {
  private Streams() {}

  /** Checks an append's arguments: events of the process, numbered on from the expected version. */
  static void check(ProcessId process, long expectedVersion, List<Event> events) {
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

  /** Checks a read's arguments. */
  static void checkRead(long afterPosition, int limit) {
    if (afterPosition < 0) {
      throw new IllegalArgumentException("afterPosition must not be negative, was " + afterPosition);
    }
    if (limit < 1) {
      throw new IllegalArgumentException("limit must be at least 1, was " + limit);
    }
  }
}
