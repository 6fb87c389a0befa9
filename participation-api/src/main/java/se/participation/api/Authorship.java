// Copyright 2026 The Participation SDK authors
// SPDX-License-Identifier: Apache-2.0
package se.participation.api;

import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import se.participation.api.internal.Checks;

/**
 * Who wrote a proposal: named participants, a pseudonym, nobody known, or a group that wrote it
 * together (a café table, the panel). Anonymous and pseudonymous contributors give a channel
 * through which feedback can still reach them (seed 004: residents fear reprisals for criticism).
 *
 * <p>Two channels are distinct: the one the contribution came through ({@code channel}: a
 * suggestion box, a web form) and the one its fate is fed back through ({@code feedbackChannel}: a
 * notice at Jobbtorget, a code to look up on the web). When no feedback channel is given, feedback
 * goes back the way the contribution came.
 *
 * @param mode named, pseudonymous, anonymous or collective
 * @param authors the participants who wrote it; at least one when named; the members known, when
 *     collective
 * @param pseudonym the pseudonym, when pseudonymous
 * @param channel the channel the contribution came through; required when anonymous
 * @param feedbackChannel the channel its fate is fed back through, when it is not the channel it
 *     came through
 * @param collective the group that wrote it together, such as "Cafébord 3" or "Medborgarpanelen";
 *     required when collective, and only then
 */
public record Authorship(
    IdentityMode mode,
    Set<ParticipantId> authors,
    Optional<String> pseudonym,
    Optional<String> channel,
    Optional<String> feedbackChannel,
    Optional<String> collective) {

  /**
   * Rejects an authorship whose parts do not fit its mode.
   *
   * @throws NullPointerException naming the component when one is null
   * @throws IllegalArgumentException naming the component and its value when the value is not allowed
   */
  public Authorship {
    Objects.requireNonNull(mode, "mode");
    authors = compact(Objects.requireNonNull(authors, "authors"));
    Objects.requireNonNull(pseudonym, "pseudonym");
    Objects.requireNonNull(channel, "channel");
    Objects.requireNonNull(feedbackChannel, "feedbackChannel");
    Objects.requireNonNull(collective, "collective");
    pseudonym.ifPresent(p -> Checks.notBlank("pseudonym", p));
    channel.ifPresent(c -> Checks.notBlank("channel", c));
    feedbackChannel.ifPresent(c -> Checks.notBlank("feedbackChannel", c));
    collective.ifPresent(c -> Checks.notBlank("collective", c));
    Checks.check(mode == IdentityMode.COLLECTIVE || collective.isEmpty(), "collective",
        "may only be set when the authorship is collective, mode", mode);
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
      case COLLECTIVE -> {
        Checks.check(collective.isPresent(), "collective", "must name the group when collective", "empty");
        Checks.check(pseudonym.isEmpty(), "pseudonym", "must be empty when collective", pseudonym);
      }
    }
  }

  /**
   * An unmodifiable copy of the authors: a singleton for the one author most proposals have (16
   * bytes against {@code Set.copyOf}'s 24, on every proposal of a record), {@code Set.copyOf}
   * otherwise.
   */
  private static Set<ParticipantId> compact(Set<ParticipantId> authors) {
    if (authors.size() == 1) {
      ParticipantId only = Objects.requireNonNull(authors.iterator().next(), "authors element");
      return authors.getClass() == SINGLETON ? authors : java.util.Collections.singleton(only);
    }
    return Set.copyOf(authors);
  }

  private static final Class<?> SINGLETON = java.util.Collections.singleton(ParticipantId.of("x")).getClass();

  /**
   * An authorship whose feedback goes back the way the contribution came.
   *
   * @param mode named, pseudonymous or anonymous
   * @param authors the participants who wrote it
   * @param pseudonym the pseudonym, when pseudonymous
   * @param channel the channel the contribution came through
   * @throws NullPointerException naming the component when one is null
   * @throws IllegalArgumentException naming the component and its value when the value is not allowed
   */
  public Authorship(IdentityMode mode, Set<ParticipantId> authors, Optional<String> pseudonym, Optional<String> channel) {
    this(mode, authors, pseudonym, channel, Optional.empty(), Optional.empty());
  }

  /**
   * Written by named participants.
   *
   * @param author an author
   * @param more further authors
   * @return the authorship
   * @throws NullPointerException when an author is null
   */
  public static Authorship named(ParticipantId author, ParticipantId... more) {
    Set<ParticipantId> all = new java.util.LinkedHashSet<>();
    all.add(author);
    all.addAll(java.util.Arrays.asList(more));
    return new Authorship(IdentityMode.NAMED, all, Optional.empty(), Optional.empty());
  }

  /**
   * Written under a pseudonym, by a registered participant or not.
   *
   * @param pseudonym the pseudonym
   * @param authors the pseudonymous participants who wrote it, if registered
   * @param channel the channel it came through, if any
   * @return the authorship
   * @throws NullPointerException when an argument is null
   * @throws IllegalArgumentException when the pseudonym or channel is blank
   */
  public static Authorship pseudonymous(
      String pseudonym, Set<ParticipantId> authors, Optional<String> channel) {
    return new Authorship(IdentityMode.PSEUDONYMOUS, authors, Optional.of(pseudonym), channel);
  }

  /**
   * Written anonymously; feedback goes back through {@code channel}.
   *
   * @param channel the channel it came through
   * @return the authorship
   * @throws NullPointerException when {@code channel} is null
   * @throws IllegalArgumentException when {@code channel} is blank
   */
  public static Authorship anonymous(String channel) {
    return new Authorship(IdentityMode.ANONYMOUS, Set.of(), Optional.empty(), Optional.of(channel));
  }

  /**
   * Written together by a group, such as a café table or a citizens' panel.
   *
   * @param group the group's name
   * @param members the registered participants known to be in it; may be empty
   * @return the authorship
   * @throws NullPointerException when an argument is null
   * @throws IllegalArgumentException when {@code group} is blank
   */
  public static Authorship collective(String group, Set<ParticipantId> members) {
    return new Authorship(IdentityMode.COLLECTIVE, members, Optional.empty(), Optional.empty(), Optional.empty(),
        Optional.of(Objects.requireNonNull(group, "group")));
  }

  /**
   * This authorship with its fate fed back through another channel than the one it came through.
   *
   * @param channel the feedback channel, such as "anslagstavlan på Jobbtorget"
   * @return the authorship with the feedback channel
   * @throws NullPointerException when {@code channel} is null
   * @throws IllegalArgumentException when {@code channel} is blank
   */
  public Authorship withFeedbackChannel(String channel) {
    return new Authorship(mode, authors, pseudonym, this.channel, Optional.of(Objects.requireNonNull(channel, "channel")),
        collective);
  }

  /** The channel the contribution's fate is fed back through: the feedback channel, else the one it came through. */
  public Optional<String> feedbackThrough() {
    return feedbackChannel.isPresent() ? feedbackChannel : channel;
  }
}
