// Copyright 2026 The Participation SDK authors
// SPDX-License-Identifier: Apache-2.0
package se.participation.api;

import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;
import se.participation.api.internal.Checks;

/**
 * Someone who takes part, known to the process by an opaque identifier. Contact details are kept
 * apart ({@link ContactDetails}) so they can be erased without breaking the record.
 */
@Value.Immutable
public abstract class Participant {

  /** The participant's opaque identifier. */
  public abstract ParticipantId id();

  /** Resident, association representative, politician or official. */
  public abstract ParticipantRole role();

  /** Named, pseudonymous or anonymous. */
  @Value.Default
  public IdentityMode identity() {
    return IdentityMode.NAMED;
  }

  /** The pseudonym of a pseudonymous participant. */
  public abstract Optional<String> pseudonym();

  /** The target groups of the plan the participant belongs to. */
  public abstract Set<TargetGroupId> targetGroups();

  /** The association an association representative speaks for. */
  public abstract Optional<String> association();

  /**
   * How feedback reaches the participant without contact details, e.g. a pick-up code or a
   * notice board; needed for anonymous participants to be reachable.
   */
  public abstract Optional<String> feedbackChannel();

  /** Consent to keep contact details, if given. */
  public abstract Optional<Consent> consent();

  /** Whether the participant's personal data has been erased. */
  @Value.Default
  public boolean erased() {
    return false;
  }

  @Value.Check
  void check() {
    pseudonym().ifPresent(p -> Checks.notBlank("pseudonym", p));
    association().ifPresent(a -> Checks.notBlank("association", a));
    feedbackChannel().ifPresent(c -> Checks.notBlank("feedbackChannel", c));
    if (!erased()) {
      Checks.check(
          identity() != IdentityMode.PSEUDONYMOUS || pseudonym().isPresent(),
          "pseudonym",
          "must be set for a pseudonymous participant",
          "empty");
    }
    Checks.check(
        identity() != IdentityMode.ANONYMOUS || pseudonym().isEmpty(),
        "pseudonym",
        "must not be set for an anonymous participant",
        pseudonym().orElse(""));
    Checks.check(
        identity() != IdentityMode.ANONYMOUS || consent().isEmpty(),
        "consent",
        "must not be set for an anonymous participant (no contact details are kept)",
        consent().map(Object::toString).orElse(""));
    Checks.check(
        identity() != IdentityMode.COLLECTIVE,
        "identity",
        "must not be COLLECTIVE: a participant is a person; a group writes proposals (Authorship.collective)",
        identity());
    Checks.check(
        role() == ParticipantRole.ASSOCIATION_REPRESENTATIVE || association().isEmpty(),
        "association",
        "may only be set for an association representative, role",
        role());
  }

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Participant}. */
  public static final class Builder extends ImmutableParticipant.Builder {}
}
