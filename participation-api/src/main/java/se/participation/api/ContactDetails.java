// Copyright 2026 The Participation SDK authors
// SPDX-License-Identifier: Apache-2.0
package se.participation.api;

import java.util.Optional;
import org.immutables.value.Value;
import se.participation.api.internal.Checks;

/**
 * How to reach a participant: personal data, kept apart from the record of the process so that it
 * can be erased (GDPR) without breaking that record. At least one way of contact is given.
 */
@Value.Immutable
public abstract class ContactDetails {

  /** The participant these details belong to. */
  public abstract ParticipantId participant();

  /** The participant's name. */
  public abstract Optional<String> name();

  /** An e-mail address. */
  public abstract Optional<String> email();

  /** A telephone number. */
  public abstract Optional<String> phone();

  /** A postal address. */
  public abstract Optional<String> postalAddress();

  @Value.Check
  void check() {
    name().ifPresent(v -> Checks.notBlank("name", v));
    postalAddress().ifPresent(v -> Checks.notBlank("postalAddress", v));
    email()
        .ifPresent(
            v ->
                Checks.check(
                    v.indexOf('@') > 0 && v.indexOf('@') < v.length() - 1 && !v.contains(" "),
                    "email",
                    "must be an e-mail address",
                    "\"" + v + "\""));
    phone()
        .ifPresent(
            v ->
                Checks.check(
                    v.matches("\\+?[0-9 ()\\-]{5,20}"),
                    "phone",
                    "must be a telephone number",
                    "\"" + v + "\""));
    Checks.check(
        email().isPresent() || phone().isPresent() || postalAddress().isPresent(),
        "contact details",
        "must give an e-mail address, telephone number or postal address",
        "none");
  }

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link ContactDetails}. */
  public static final class Builder extends ImmutableContactDetails.Builder {}
}
