// Copyright 2026 The Participation SDK authors
// SPDX-License-Identifier: Apache-2.0
package se.participation.api;

import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;
import se.participation.api.internal.Checks;

/**
 * One step of a proposal's lineage: what happened to it, who did it, when and why.
 *
 * <p>A dropped proposal has a reason; a merged one names the proposal it merged into; a
 * superseded one names the administration's adapted proposal; an adapted one names its originals.
 */
@Value.Immutable
public abstract class LineageStep {

  /** The status the proposal reached with this step. */
  public abstract ProposalStatus status();

  /** Who took the step. */
  public abstract ActorId actor();

  /** When. */
  public abstract Instant at();

  /** Why, e.g. the reason a proposal was dropped or the decision's reference. */
  public abstract Optional<String> reason();

  /** Proposals this step relates to: merged into, superseded by, or adapted from. */
  public abstract Set<ProposalId> related();

  /** The body or work a proposal was handed over to, for {@link ProposalStatus#HANDED_OVER}. */
  public abstract Optional<String> recipient();

  /** The residents who decided together with the city, when the decision was theirs too. */
  public abstract Set<ParticipantId> coDeciders();

  @Value.Check
  void check() {
    reason().ifPresent(r -> Checks.notBlank("reason", r));
    recipient().ifPresent(r -> Checks.notBlank("recipient", r));
    switch (status()) {
      case DROPPED ->
          Checks.check(reason().isPresent(), "reason", "must be given when dropping", "empty");
      case MERGED, SUPERSEDED ->
          Checks.check(
              related().size() == 1,
              "related",
              "must name exactly one proposal when " + status(),
              related());
      case ADAPTED -> Checks.notEmpty("related", related());
      case HANDED_OVER ->
          Checks.check(recipient().isPresent(), "recipient", "must be given when handed over", "empty");
      default -> {
        // no further requirement
      }
    }
  }

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link LineageStep}. */
  public static final class Builder extends ImmutableLineageStep.Builder {}
}
