// Copyright 2026 The Participation SDK authors
// SPDX-License-Identifier: Apache-2.0
package se.participation.api;

import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import se.participation.api.internal.Checks;

/**
 * Who wrote a proposal: named participants, a pseudonym, or nobody known. Anonymous and
 * pseudonymous contributors give a channel through which feedback can still reach them (seed 004:
 * residents fear reprisals for criticism).
 *
 * @param mode named, pseudonymous or anonymous
 * @param authors the participants who wrote it; at least one when named
 * @param pseudonym the pseudonym, when pseudonymous
 * @param channel where feedback reaches the contributor, required when anonymous
 */
public record Authorship(
    IdentityMode mode, Set<ParticipantId> authors, Optional<String> pseudonym, Optional<String> channel) {

  /**
   * Rejects an authorship whose parts do not fit its mode.
   *
   * @throws NullPointerException naming the component when one is null
   * @throws IllegalArgumentException naming the component and its value when the value is not allowed
   */
  public Authorship {
    Objects.requireNonNull(mode, "mode");
    authors = Set.copyOf(Objects.requireNonNull(authors, "authors"));
    Objects.requireNonNull(pseudonym, "pseudonym");
    Objects.requireNonNull(channel, "channel");
    pseudonym.ifPresent(p -> Checks.notBlank("pseudonym", p));
    channel.ifPresent(c -> Checks.notBlank("channel", c));
    switch (mode) {
      case NAMED -> Checks.notEmpty("authors", authors);
      case PSEUDONYMOUS ->
          Checks.check(pseudonym.isPresent(), "pseudonym", "must be set when pseudonymous", "empty");
      case ANONYMOUS -> {
        Checks.check(authors.isEmpty(), "authors", "must be empty when anonymous", authors);
        Checks.check(pseudonym.isEmpty(), "pseudonym", "must be empty when anonymous", pseudonym);
        Checks.check(
            channel.isPresent(),
            "channel",
            "must be set when anonymous, or feedback cannot reach the contributor",
            "empty");
      }
    }
  }

  /** Written by named participants. */
  public static Authorship named(ParticipantId author, ParticipantId... more) {
    Set<ParticipantId> all = new java.util.LinkedHashSet<>();
    all.add(author);
    all.addAll(java.util.Arrays.asList(more));
    return new Authorship(IdentityMode.NAMED, all, Optional.empty(), Optional.empty());
  }

  /** Written under a pseudonym, by a registered participant or not. */
  public static Authorship pseudonymous(
      String pseudonym, Set<ParticipantId> authors, Optional<String> channel) {
    return new Authorship(IdentityMode.PSEUDONYMOUS, authors, Optional.of(pseudonym), channel);
  }

  /** Written anonymously; feedback goes through {@code channel}. */
  public static Authorship anonymous(String channel) {
    return new Authorship(IdentityMode.ANONYMOUS, Set.of(), Optional.empty(), Optional.of(channel));
  }
}
