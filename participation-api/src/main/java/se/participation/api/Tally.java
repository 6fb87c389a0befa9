// Copyright 2026 The Participation SDK authors
// SPDX-License-Identifier: Apache-2.0
package se.participation.api;

import java.util.Objects;
import java.util.Optional;
import se.participation.api.internal.Checks;

/**
 * A count the record gives in aggregate, alongside or instead of registered individuals: people
 * invited or attending, or contributions such as consultation comments, by theme. Real records
 * often hold only such counts ("ett 60-tal deltog", "34 yttranden med ca 320 synpunkter").
 *
 * @param kind what is counted
 * @param what what the unit is called in the record, e.g. "yttranden", "synpunkter", "deltagare"
 * @param count the number
 * @param meeting the meeting it belongs to, if any
 * @param group the target group it counts, if the record says
 * @param theme the theme of the contributions, if they are counted by theme
 * @param proposal the proposal the count belongs to, for votes cast for it in a ranking or a
 *     budget vote
 */
public record Tally(
    TallyKind kind, String what, Count count, Optional<MeetingId> meeting, Optional<TargetGroupId> group,
    Optional<String> theme, Optional<ProposalId> proposal) {

  /**
   * A tally that belongs to no proposal.
   *
   * @param kind what is counted
   * @param what what the unit is called in the record
   * @param count the number
   * @param meeting the meeting it belongs to, if any
   * @param group the target group it counts, if the record says
   * @param theme the theme of the contributions, if they are counted by theme
   * @throws NullPointerException naming the component when one is null
   * @throws IllegalArgumentException when {@code what} or the theme is blank
   */
  public Tally(TallyKind kind, String what, Count count, Optional<MeetingId> meeting, Optional<TargetGroupId> group,
      Optional<String> theme) {
    this(kind, what, count, meeting, group, theme, Optional.empty());
  }

  /**
   * Checks the tally.
   *
   * @throws NullPointerException naming the component when one is null
   * @throws IllegalArgumentException when {@code what} or the theme is blank
   */
  public Tally {
    Objects.requireNonNull(kind, "kind");
    Checks.notBlank("what", Objects.requireNonNull(what, "what"));
    Objects.requireNonNull(count, "count");
    Objects.requireNonNull(meeting, "meeting");
    Objects.requireNonNull(group, "group");
    Objects.requireNonNull(theme, "theme").ifPresent(t -> Checks.notBlank("theme", t));
    Objects.requireNonNull(proposal, "proposal");
    Checks.check(kind != TallyKind.VOTES || proposal.isPresent(), "proposal", "must name the proposal votes were cast for",
        "empty");
  }

  /**
   * A tally of a kind with nothing but its count.
   *
   * @throws NullPointerException when an argument is null
   * @throws IllegalArgumentException when {@code what} is blank
   */
  public static Tally of(TallyKind kind, String what, Count count) {
    return new Tally(kind, what, count, Optional.empty(), Optional.empty(), Optional.empty());
  }
}
