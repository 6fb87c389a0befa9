// Copyright 2026 The Participation SDK authors
// SPDX-License-Identifier: Apache-2.0
package se.participation.api;

import java.time.LocalDateTime;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;
import se.participation.api.internal.Checks;

/**
 * A dialogue meeting: its schedule and, once held, who attended, the small groups, the questions
 * discussed and the documentation.
 */
@Value.Immutable
public abstract class Meeting {

  /** The meeting's identifier. */
  public abstract MeetingId id();

  /** What the meeting is called. */
  public abstract String title();

  /** Digital, physical or hybrid. */
  public abstract MeetingFormat format();

  /** When it starts. */
  public abstract LocalDateTime start();

  /** When it ends; after the start. */
  public abstract LocalDateTime end();

  /** Where it is held, for physical and hybrid meetings. */
  public abstract Optional<String> location();

  /** The detailed schedule. */
  public abstract List<AgendaItem> agenda();

  /** Whether the meeting has been held. */
  @Value.Default
  public boolean held() {
    return false;
  }

  /** Who attended. */
  public abstract Set<ParticipantId> attendance();

  /** The small groups formed. */
  public abstract List<SmallGroup> groups();

  /** The planned questions discussed. */
  public abstract Set<QuestionId> questionsDiscussed();

  /** What documents the meeting. */
  public abstract List<Documentation> documentation();

  /**
   * What the meeting was for in the process, when the record says: identifying the problem,
   * planning the work, carrying it out, or evaluating it. A meeting with residents for problem
   * identification or planning may be held in Planering; it shows a Medskapande dialogue's
   * resident involvement in the record, not only in the plan.
   */
  public abstract Optional<ResidentInvolvement> stage();

  /**
   * The date as the record gives it, when it gives no exact day ("i maj 2019", "hösten 2019"):
   * then {@link #start()} and {@link #end()} are the bounds of that period, not the meeting's
   * times, and a report shows this wording instead.
   */
  public abstract Optional<PartialDate> approximateDate();

  /** Whether the meeting is held (also) in person. */
  public final boolean isInPerson() {
    return format() != MeetingFormat.DIGITAL;
  }

  @Value.Check
  void check() {
    Checks.notBlank("title", title());
    Checks.check(end().isAfter(start()), "end", "must be after start " + start(), end());
    approximateDate().ifPresent(d -> Checks.check(
        !start().toLocalDate().isBefore(d.earliest()) && !end().toLocalDate().isAfter(d.latest()),
        "approximateDate", "must contain the meeting's start and end " + start() + "–" + end(), d));
    location().ifPresent(l -> Checks.notBlank("location", l));
    Set<GroupId> groupIds = new HashSet<>();
    for (SmallGroup group : groups()) {
      Checks.check(groupIds.add(group.id()), "groups", "must not repeat an identifier", group.id());
    }
  }

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Meeting}. */
  public static final class Builder extends ImmutableMeeting.Builder {}
}
