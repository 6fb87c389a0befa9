// Copyright 2026 The Participation SDK authors
// SPDX-License-Identifier: Apache-2.0
package se.participation.testkit;

import java.util.List;
import java.util.Objects;
import se.participation.api.ParticipationProcess;
import se.participation.api.event.Event;

/**
 * A recorded process and the event history that produced it.
 *
 * @param process the process
 * @param history its events, oldest first; replaying them gives {@code process}
 */
public record Fixture(ParticipationProcess process, List<Event> history) {

  /**
   * Copies the history.
   *
   * @throws NullPointerException naming the component when one is null
   */
  public Fixture {
    Objects.requireNonNull(process, "process");
    history = List.copyOf(history);
  }

  static Fixture of(ProcessRecorder recorder) {
    return new Fixture(recorder.process(), recorder.history());
  }
}
