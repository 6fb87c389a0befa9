// Copyright 2026 The Participation SDK authors
// SPDX-License-Identifier: Apache-2.0
package se.participation.api;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.Optional;
import org.immutables.value.Value;
import se.participation.api.internal.Checks;

/**
 * The state of one participation process: the fold of its events. It is a value; the core's
 * {@code evolve} returns a new one for each event, with the version one higher.
 *
 * <p>Personal data is apart: participants are known by opaque identifiers and their contact
 * details sit in {@link #contacts()}, which erasure empties for a participant without touching
 * the rest of the record.
 */
@Value.Immutable
public abstract class ParticipationProcess {

  /** The process's identifier. */
  public abstract ProcessId id();

  /** How many events the process has had; the version a command must expect. */
  public abstract long version();

  /** The title. */
  public abstract String title();

  /** The question the process is about. */
  public abstract String question();

  /** Who owns the process. */
  public abstract ActorId owner();

  /** When the process started. */
  public abstract Instant startedAt();

  /**
   * When the last event happened: a command dated more than a few minutes before it is refused,
   * and a history whose time runs backwards is impossible.
   */
  @Value.Default
  public Instant updatedAt() {
    return startedAt();
  }

  /** Running, withdrawn or closed. */
  @Value.Default
  public ProcessStatus status() {
    return ProcessStatus.ACTIVE;
  }

  /** The part the process is in. */
  @Value.Default
  public Part part() {
    return Part.BESLUT;
  }

  /** The level intended when the process started. */
  public abstract EngagementLevel intendedLevel();

  /**
   * Whether the process is run as a dialogue. It is, unless it was decided to continue as
   * information or consultation instead.
   */
  @Value.Default
  public boolean dialogue() {
    return true;
  }

  /** The current answer to each decision question answered. */
  public abstract Map<ChecklistQuestion, ChecklistAnswer> decisionAnswers();

  /** Every answer ever given to the decision checklist, oldest first: who changed what. */
  public abstract List<ChecklistAnswer> answerHistory();

  /** Why the process continues without dialogue, when it does. */
  public abstract Optional<String> nonDialogueReason();

  /** The level set when continuing without dialogue: information or consultation. */
  public abstract Optional<EngagementLevel> nonDialogueLevel();

  /** The plan, as far as it is written. */
  @Value.Default
  public Plan plan() {
    return Plan.empty();
  }

  /** The participants, by identifier, in order of registration. */
  public abstract Map<ParticipantId, Participant> participants();

  /** Contact details of participants who gave them; personal data, erasable. */
  public abstract Map<ParticipantId, ContactDetails> contacts();

  /** The meetings, in order of scheduling. */
  public abstract Map<MeetingId, Meeting> meetings();

  /** The proposals, in order of submission. */
  public abstract Map<ProposalId, Proposal> proposals();

  /** Off-topic matters captured. */
  public abstract Map<OffTopicId, OffTopicMatter> offTopicMatters();

  /** Feedback given. */
  public abstract List<FeedbackDelivery> feedback();

  /** The participants' evaluation answers. */
  public abstract List<EvaluationAnswer> evaluationAnswers();

  /** Lessons learned. */
  public abstract List<Lesson> lessons();

  /** The moves between parts, oldest first. */
  public abstract List<PartTransition> transitions();

  /** Counts the record gives in aggregate: people invited or attending, contributions by theme. */
  public abstract List<Tally> tallies();

  /** The checklist questions marked as not documented, with why; a later answer or plan element supersedes the mark. */
  public abstract Map<ChecklistQuestion, Undocumented> undocumented();

  /** Why the process was withdrawn, when it was. */
  public abstract Optional<String> withdrawalReason();

  /** The mandate for the dialogue, when recorded: who gave it, its case reference, its scope. */
  public abstract Optional<Mandate> mandate();

  /**
   * The roles the owner has granted in this process, by actor (the owner holds {@code
   * PROCESS_OWNER} without a grant; residents take part as {@code PARTICIPANT} without one).
   */
  public abstract Map<ActorId, Set<ActorRole>> grants();

  /**
   * The roles an actor holds in this process: {@code PROCESS_OWNER} for the owner, and what the
   * owner granted. {@code PARTICIPANT} is never granted: a resident acts as herself.
   *
   * @param actor the actor
   * @return the roles, possibly none
   */
  public final Set<ActorRole> rolesOf(ActorId actor) {
    java.util.EnumSet<ActorRole> roles = java.util.EnumSet.noneOf(ActorRole.class);
    if (actor.equals(owner())) {
      roles.add(ActorRole.PROCESS_OWNER);
    }
    roles.addAll(grants().getOrDefault(actor, Set.of()));
    return java.util.Collections.unmodifiableSet(roles);
  }

  /**
   * The level of engagement the process works at: the one chosen when continuing without
   * dialogue, else the plan's promised level, else the intended one.
   */
  public final EngagementLevel level() {
    if (!dialogue()) {
      return nonDialogueLevel().orElse(EngagementLevel.INFORMATION);
    }
    return plan().promisedLevel().orElse(intendedLevel());
  }

  /**
   * Whether the process counts as dialogue in the handbook's sense: run as a dialogue at a
   * dialogue level. Information and consultation never count.
   */
  public final boolean isDialogue() {
    return dialogue() && level().isDialogue();
  }

  /** The participant with an identifier, if registered. */
  public final Optional<Participant> participant(ParticipantId id) {
    return Optional.ofNullable(participants().get(id));
  }

  /** The proposal with an identifier, if submitted. */
  public final Optional<Proposal> proposal(ProposalId id) {
    return Optional.ofNullable(proposals().get(id));
  }

  /** The meeting with an identifier, if scheduled. */
  public final Optional<Meeting> meeting(MeetingId id) {
    return Optional.ofNullable(meetings().get(id));
  }

  @Value.Check
  void check() {
    Checks.notNegative("version", version());
    Checks.notBlank("title", title());
    Checks.notBlank("question", question());
    nonDialogueLevel()
        .ifPresent(
            l ->
                Checks.check(
                    !l.isDialogue(),
                    "nonDialogueLevel",
                    "must be INFORMATION or KONSULTATION",
                    l));
    for (ContactDetails contact : contacts().values()) {
      Checks.check(
          participants().containsKey(contact.participant()),
          "contacts",
          "must belong to a registered participant",
          contact.participant());
    }
  }

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link ParticipationProcess}. */
  public static final class Builder extends ImmutableParticipationProcess.Builder {}
}
