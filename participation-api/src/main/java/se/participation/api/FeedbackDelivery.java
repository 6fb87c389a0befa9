// Copyright 2026 The Participation SDK authors
// SPDX-License-Identifier: Apache-2.0
package se.participation.api;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.immutables.value.Value;
import se.participation.api.internal.Checks;

/**
 * Feedback given: to whom, through which channel, when and what (handbook, Återkoppling).
 *
 * <p>To participants, it names them; to decision makers, it names the bodies; through an
 * anonymous channel, it names the channel, which reaches those who contributed through it.
 */
@Value.Immutable
public abstract class FeedbackDelivery {

  /** The delivery's identifier. */
  public abstract FeedbackId id();

  /** Participants, decision makers or an anonymous channel. */
  public abstract FeedbackAudience audience();

  /** The participants reached, when the audience is participants. */
  public abstract Set<ParticipantId> participants();

  /** The decision makers reached, e.g. "Socialnämnden", when the audience is decision makers. */
  public abstract List<String> decisionMakers();

  /** The channel used, e.g. e-mail, letter, meeting, web page, or the anonymous channel. */
  public abstract String channel();

  /** When the feedback was given. */
  public abstract Instant at();

  /** What was fed back. */
  public abstract String content();

  @Value.Check
  void check() {
    Checks.notBlank("channel", channel());
    Checks.notBlank("content", content());
    switch (audience()) {
      case PARTICIPANTS -> Checks.notEmpty("participants", participants());
      case DECISION_MAKERS -> Checks.notEmpty("decisionMakers", decisionMakers());
      case ANONYMOUS_CHANNEL ->
          Checks.check(
              participants().isEmpty() && decisionMakers().isEmpty(),
              "audience",
              "through an anonymous channel names neither participants nor decision makers",
              participants() + " " + decisionMakers());
    }
    for (int i = 0; i < decisionMakers().size(); i++) {
      Checks.notBlank("decisionMakers[" + i + "]", decisionMakers().get(i));
    }
  }

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link FeedbackDelivery}. */
  public static final class Builder extends ImmutableFeedbackDelivery.Builder {}
}
