// Copyright 2026 The Participation SDK authors
// SPDX-License-Identifier: Apache-2.0
package se.participation.api;

import java.util.List;
import java.util.Objects;
import org.immutables.value.Value;
import se.participation.api.internal.Checks;

/**
 * A proposal that came out of the dialogue, such as a goal proposal of the pilot: its content
 * (authorship, origin, a proposal of how to measure it) and its lineage from the gross list to
 * adoption.
 */
@Value.Immutable
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
   * @throws NullPointerException naming {@code draft} or {@code first} when one is null
   */
  public static Proposal of(ProposalDraft draft, LineageStep first) {
    return builder().from(Objects.requireNonNull(draft, "draft")).addLineage(Objects.requireNonNull(first, "first"))
        .build();
  }

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Proposal}. */
  public static final class Builder extends ImmutableProposal.Builder {}
}
