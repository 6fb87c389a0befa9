// Copyright 2026 The Participation SDK authors
// SPDX-License-Identifier: Apache-2.0
package se.participation.testkit.assertions;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.assertj.core.api.AbstractAssert;
import se.participation.api.command.Outcome;
import se.participation.api.command.Reason;
import se.participation.api.event.Event;
import se.participation.api.rule.Finding;

/** Assertions on the outcome of a command. */
public final class OutcomeAssert extends AbstractAssert<OutcomeAssert, Outcome> {

  OutcomeAssert(Outcome actual) {
    super(actual, OutcomeAssert.class);
  }

  /** The command was accepted; on failure the message lists every reason it was not. */
  public OutcomeAssert isAccepted() {
    isNotNull();
    if (actual instanceof Outcome.Rejected rejected) {
      failWithMessage("Expected the command to be accepted, but it was rejected:%s", reasons(rejected));
    }
    return this;
  }

  /** The command was rejected. */
  public OutcomeAssert isRejected() {
    isNotNull();
    if (actual instanceof Outcome.Accepted accepted) {
      failWithMessage("Expected the command to be rejected, but it was accepted with events %s",
          accepted.events().stream().map(e -> e.getClass().getSimpleName()).toList());
    }
    return this;
  }

  /** The command was rejected with a blocking finding of the rule with this id. */
  public OutcomeAssert hasFindingFor(String ruleId) {
    isRejected();
    Outcome.Rejected rejected = (Outcome.Rejected) actual;
    if (rejected.blockingFindings().stream().noneMatch(f -> f.ruleId().value().equals(ruleId))) {
      failWithMessage("Expected a rejection with a finding for %s, but the reasons were:%s", ruleId, reasons(rejected));
    }
    return this;
  }

  /** The command was rejected with blocking findings of exactly these rules, and no others. */
  public OutcomeAssert hasOnlyFindingsFor(String... ruleIds) {
    isRejected();
    Outcome.Rejected rejected = (Outcome.Rejected) actual;
    Set<String> found = new TreeSet<>();
    for (Finding finding : rejected.blockingFindings()) {
      found.add(finding.ruleId().value());
    }
    Set<String> expected = new TreeSet<>(List.of(ruleIds));
    if (!found.equals(expected)) {
      failWithMessage("Expected findings for exactly %s, but found %s; the reasons were:%s", expected, found, reasons(rejected));
    }
    return this;
  }

  /** The command was rejected with a reason of this kind, e.g. {@code Reason.Conflict.class}. */
  public OutcomeAssert hasReason(Class<? extends Reason> kind) {
    isRejected();
    Outcome.Rejected rejected = (Outcome.Rejected) actual;
    if (rejected.reasons().stream().noneMatch(kind::isInstance)) {
      failWithMessage("Expected a rejection with a reason of kind %s, but the reasons were:%s", kind.getSimpleName(), reasons(rejected));
    }
    return this;
  }

  /** The command was rejected as a version conflict. */
  public OutcomeAssert isConflict() {
    return hasReason(Reason.Conflict.class);
  }

  /** The command was rejected because the actor's roles may not issue it. */
  public OutcomeAssert isUnauthorized() {
    return hasReason(Reason.Unauthorized.class);
  }

  /** The command was accepted and caused an event of this type. */
  public OutcomeAssert producedEvent(Class<? extends Event> type) {
    isAccepted();
    List<Event> events = ((Outcome.Accepted) actual).events();
    if (events.stream().noneMatch(type::isInstance)) {
      failWithMessage("Expected an event of type %s, but the events were %s", type.getSimpleName(),
          events.stream().map(e -> e.getClass().getSimpleName()).toList());
    }
    return this;
  }

  private static String reasons(Outcome.Rejected rejected) {
    StringBuilder out = new StringBuilder();
    for (Reason reason : rejected.reasons()) {
      out.append(System.lineSeparator()).append("  - ").append(reason.getClass().getSimpleName())
          .append(": ").append(reason.message().en());
    }
    return out.toString();
  }
}
