// Copyright 2026 The Participation SDK authors
// SPDX-License-Identifier: Apache-2.0
package se.participation.api;

import java.util.Optional;
import org.immutables.value.Value;
import se.participation.api.internal.Checks;

/**
 * A matter raised in the dialogue that does not concern its question (checklist PLANERING-13),
 * captured so that it is not lost, and where it was sent.
 */
@Value.Immutable
public abstract class OffTopicMatter {

  /** The matter's identifier. */
  public abstract OffTopicId id();

  /** What was raised. */
  public abstract String text();

  /** The meeting where it was raised. */
  public abstract Optional<MeetingId> raisedAt();

  /** Where it was sent, e.g. the unit that handles the matter; empty until routed. */
  public abstract Optional<String> routedTo();

  /** Whether it has been sent on. */
  public final boolean isRouted() {
    return routedTo().isPresent();
  }

  @Value.Check
  void check() {
    Checks.notBlank("text", text());
    routedTo().ifPresent(r -> Checks.notBlank("routedTo", r));
  }

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds an {@link OffTopicMatter}. */
  public static final class Builder extends ImmutableOffTopicMatter.Builder {}
}
