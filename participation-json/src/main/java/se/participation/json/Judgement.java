// Copyright 2026 The Participation SDK authors
// SPDX-License-Identifier: Apache-2.0
package se.participation.json;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import se.participation.api.ParticipationProcess;
import se.participation.api.command.Outcome;
import se.participation.api.event.Event;
import se.participation.api.rule.Finding;

/**
 * What the core made of a document or an event history: the process it reached, its events, the
 * move that was refused if the input went further than the rules allow, and the findings of the
 * process's current part and the parts before it.
 *
 * @param process the process reached
 * @param history its events
 * @param refusedMove the refused move, if any
 * @param findings the findings of the current part and the parts before it
 */
public record Judgement(
    ParticipationProcess process, List<Event> history, Optional<Outcome.Rejected> refusedMove, List<Finding> findings) {

  /** Copies the lists. */
  public Judgement {
    Objects.requireNonNull(process, "process");
    history = List.copyOf(history);
    Objects.requireNonNull(refusedMove, "refusedMove");
    findings = List.copyOf(findings);
  }

  /** The blocking findings of the current part: what keeps the process from moving on. */
  public List<Finding> blockers() {
    return findings.stream().filter(f -> f.isBlocking() && f.part() == process.part()).toList();
  }

  /** Whether something blocks the current part (a refused move, or a blocking finding). */
  public boolean blocked() {
    return refusedMove.isPresent() || !blockers().isEmpty();
  }
}
