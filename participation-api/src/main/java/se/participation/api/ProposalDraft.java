// Copyright 2026 The Participation SDK authors
// SPDX-License-Identifier: Apache-2.0
package se.participation.api;

import org.immutables.value.Value;

/**
 * The content of a proposal as it is submitted, or as the administration writes it when it adapts
 * proposals: everything of a {@link Proposal} but its lineage.
 */
@Value.Immutable
public abstract class ProposalDraft extends ProposalContent {

  ProposalDraft() {}

  @Value.Check
  void check() {
    checkContent();
  }

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link ProposalDraft}. */
  public static final class Builder extends ImmutableProposalDraft.Builder {}
}
