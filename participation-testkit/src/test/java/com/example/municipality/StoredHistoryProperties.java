// Copyright 2026 The Participation SDK authors
// SPDX-License-Identifier: Apache-2.0
package com.example.municipality;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import se.participation.api.ParticipationProcess;
import se.participation.api.event.Event;
import se.participation.core.ProcessEngine;
import se.participation.testkit.generators.CommandRun;
import se.participation.testkit.generators.Generators;
import se.participation.testkit.property.Property;

/** README example: a property test of an embedding system's event store. */
class StoredHistoryProperties {
  private final ProcessEngine engine = ProcessEngine.withHandbookRulesOnly();

  /** Stands in for your own event store (a database table, a message log, …). */
  static final class EventStore {
    private final List<Event> events = new ArrayList<>();

    void append(List<Event> more) {
      events.addAll(more);
    }

    List<Event> load() {
      return List.copyOf(events);
    }
  }

  @Test
  void aStoredHistoryReplaysToTheLiveProcess() {
    Property.forAll(Generators.commandRuns(engine, 40))
        .named("a stored history replays to the live process")
        .check(run -> {
          EventStore store = new EventStore();
          for (CommandRun.Step step : run.steps()) {
            if (step.outcome() instanceof se.participation.api.command.Outcome.Accepted accepted) {
              store.append(accepted.events());
            }
          }
          ParticipationProcess live = run.process();
          if (live != null) {
            assertThat(engine.replay(store.load())).isEqualTo(live);
          }
        });
  }
}
