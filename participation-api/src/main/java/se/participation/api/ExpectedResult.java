// Copyright 2026 The Participation SDK authors
// SPDX-License-Identifier: Apache-2.0
package se.participation.api;

import org.immutables.value.Value;
import se.participation.api.internal.Checks;

/**
 * The input or result the dialogue should give (success criterion 3: "har fått det underlag eller
 * resultat som vi önskade"), e.g. in the pilot: goal proposals, each with a proposal of how to
 * measure it.
 */
@Value.Immutable
public abstract class ExpectedResult {

  /** The result in words. */
  public abstract String description();

  /** The kind of proposals that make up the result. */
  public abstract ProposalKind kind();

  /**
   * Further kinds that count towards the result, e.g. {@code ACTIVITY} beside {@code GOAL} for
   * the pilot's "förslag på mål och aktiviteter".
   */
  public abstract java.util.Set<ProposalKind> additionalKinds();

  /** Every kind that counts towards the result: {@link #kind()} and {@link #additionalKinds()}. */
  public final java.util.Set<ProposalKind> kinds() {
    java.util.Set<ProposalKind> kinds = java.util.EnumSet.of(kind());
    kinds.addAll(additionalKinds());
    return java.util.Collections.unmodifiableSet(kinds);
  }

  /** How many such proposals are wanted, at least. */
  @Value.Default
  public int minimumProposals() {
    return 1;
  }

  /** Whether each proposal must come with a proposal of how to measure it. */
  @Value.Default
  public boolean withMeasurement() {
    return false;
  }

  @Value.Check
  void check() {
    Checks.notBlank("description", description());
    Checks.atLeast("minimumProposals", 1, minimumProposals());
  }

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds an {@link ExpectedResult}. */
  public static final class Builder extends ImmutableExpectedResult.Builder {}
}
