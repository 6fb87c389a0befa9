// Copyright 2026 The Participation SDK authors
// SPDX-License-Identifier: Apache-2.0
package se.participation.api;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;
import se.participation.api.internal.Checks;

/**
 * How and when the result will reach participants and decision makers (checklist
 * ATERKOPPLING-2). The handbook: best of all, tell participants how feedback will come before the
 * dialogue is held.
 */
@Value.Immutable
public abstract class FeedbackPlan {

  /** How the result is fed back. */
  public abstract String how();

  /** The channels used, e.g. e-mail, letter, a meeting, the web. */
  public abstract List<String> channels();

  /** The day by which feedback will have reached participants, if set. */
  public abstract Optional<LocalDate> by();

  @Value.Check
  void check() {
    Checks.notBlank("how", how());
    for (int i = 0; i < channels().size(); i++) {
      Checks.notBlank("channels[" + i + "]", channels().get(i));
    }
  }

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link FeedbackPlan}. */
  public static final class Builder extends ImmutableFeedbackPlan.Builder {}
}
