// Copyright 2026 The Participation SDK authors
// SPDX-License-Identifier: Apache-2.0
package se.participation.api;

import java.util.List;
import java.util.Objects;
import org.immutables.value.Value;
import se.participation.api.internal.Checks;
import se.participation.api.internal.ConstructorStyle;

/**
 * A proposal that came out of the dialogue, such as a goal proposal of the pilot: its content
 * (authorship, origin, a proposal of how to measure it) and its lineage from the gross list to
 * adoption.
 */
@Value.Immutable
@ConstructorStyle
public abstract class Proposal extends ProposalContent {

  Proposal() {}

  /** What happened to it, oldest first; never empty. */
  public abstract List<LineageStep> lineage();

  /** Where it stands now: the status of the latest lineage step. */
  public final ProposalStatus status() {
    return latestStep().status();
  }

  /** The latest lineage step. */
  public final LineageStep latestStep() {
    return lineage().get(lineage().size() - 1);
  }

  @Value.Check
  void check() {
    checkContent();
    Checks.notEmpty("lineage", lineage());
  }

  /**
   * A proposal with the content of a draft and a first lineage step.
   *
   * @throws NullPointerException when an argument is null
   */
  public static Proposal of(ProposalDraft draft, LineageStep first) {
    return ImmutableProposal.of(draft.id(), draft.text(), draft.kind(), draft.authorship(), draft.originMeeting(),
        draft.originGroup(), draft.measurement(), draft.questions(), List.of(Objects.requireNonNull(first, "first")));
  }

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Proposal}. */
  public static final class Builder extends ImmutableProposal.Builder {}
}
