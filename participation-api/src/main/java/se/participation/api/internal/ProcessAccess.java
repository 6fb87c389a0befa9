// Copyright 2026 The Participation SDK authors
// SPDX-License-Identifier: Apache-2.0
package se.participation.api.internal;

import java.time.Instant;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import se.participation.api.ActorId;
import se.participation.api.ActorRole;
import se.participation.api.ChecklistAnswer;
import se.participation.api.ChecklistQuestion;
import se.participation.api.ContactDetails;
import se.participation.api.EngagementLevel;
import se.participation.api.EvaluationAnswer;
import se.participation.api.FeedbackDelivery;
import se.participation.api.Lesson;
import se.participation.api.Mandate;
import se.participation.api.Meeting;
import se.participation.api.MeetingId;
import se.participation.api.OffTopicId;
import se.participation.api.OffTopicMatter;
import se.participation.api.Part;
import se.participation.api.PartTransition;
import se.participation.api.ParticipantId;
import se.participation.api.Participant;
import se.participation.api.ParticipationProcess;
import se.participation.api.Plan;
import se.participation.api.ProcessStatus;
import se.participation.api.Proposal;
import se.participation.api.ProposalId;
import se.participation.api.Sortition;
import se.participation.api.SortitionId;
import se.participation.api.Tally;
import se.participation.api.Undocumented;

/**
 * The core's way to make the process after a step of its fold without going through the public
 * {@link ParticipationProcess.Builder}: the next process takes the identity of the one before
 * (identifier, title, question, owner, start, intended level) and everything else from a {@link
 * Next}, checked as {@code Builder.build} checks what can change (the version, the level without
 * dialogue, the contacts). One command on a small record then allocates the process and nothing
 * around it.
 *
 * <p>The factory is registered once, by {@code ParticipationProcess} itself when it is
 * initialised; this class initialises it first, so no one else can register. Not exported: internal
 * to the API and the core.
 */
public final class ProcessAccess {
  private static volatile @Nullable Factory factory;

  static {
    try {
      Class.forName(ParticipationProcess.class.getName(), true, ProcessAccess.class.getClassLoader());
    } catch (ClassNotFoundException e) {
      throw new ExceptionInInitializerError(e);
    }
  }

  private ProcessAccess() {}

  /** What changes from one process to the next; a collection a step left alone is the base's own. */
  public interface Next {
    /** The version of the next process. */
    long version();

    /** When its last event happened. */
    Instant updatedAt();

    /** Its status. */
    ProcessStatus status();

    /** Its part. */
    Part part();

    /** Whether it is run as a dialogue. */
    boolean dialogue();

    /** The latest answer to each question of the decision checklist. */
    Map<ChecklistQuestion, ChecklistAnswer> decisionAnswers();

    /** Every answer given, in order. */
    PersistentVector<ChecklistAnswer> answerHistory();

    /** Why it continued without dialogue, or null. */
    @Nullable String nonDialogueReason();

    /** The level it continued at without dialogue, or null. */
    @Nullable EngagementLevel nonDialogueLevel();

    /** The plan. */
    Plan plan();

    /** The participants. */
    PersistentMap<ParticipantId, Participant> participants();

    /** The participants' contact details. */
    PersistentMap<ParticipantId, ContactDetails> contacts();

    /** The meetings. */
    PersistentMap<MeetingId, Meeting> meetings();

    /** The proposals. */
    PersistentMap<ProposalId, Proposal> proposals();

    /** The matters outside the question. */
    PersistentMap<OffTopicId, OffTopicMatter> offTopicMatters();

    /** The feedback delivered. */
    PersistentVector<FeedbackDelivery> feedback();

    /** The evaluation's answers. */
    PersistentVector<EvaluationAnswer> evaluationAnswers();

    /** The lessons. */
    PersistentVector<Lesson> lessons();

    /** The moves between parts. */
    PersistentVector<PartTransition> transitions();

    /** The tallies. */
    PersistentVector<Tally> tallies();

    /** The sortitions. */
    PersistentMap<SortitionId, Sortition> sortitions();

    /** What the record leaves undocumented, by question. */
    Map<ChecklistQuestion, Undocumented> undocumented();

    /** Why it was withdrawn, or null. */
    @Nullable String withdrawalReason();

    /** The mandate, or null. */
    @Nullable Mandate mandate();

    /** The roles the owner granted, by actor; each set unmodifiable. */
    PersistentMap<ActorId, Set<ActorRole>> grants();
  }

  /** Makes the next process; implemented by {@code ParticipationProcess}. */
  public interface Factory {
    /**
     * The process after {@code base} with what {@code next} says.
     *
     * @throws IllegalArgumentException when an invariant does not hold, naming the attribute
     */
    ParticipationProcess next(ParticipationProcess base, Next next);
  }

  /**
   * Registers the factory; only {@code ParticipationProcess}'s initialisation does, once.
   *
   * @throws IllegalStateException when a factory is already registered
   */
  public static synchronized void register(Factory made) {
    if (factory != null) {
      throw new IllegalStateException("the process factory is registered once");
    }
    factory = made;
  }

  /**
   * The process after {@code base} with what {@code next} says, checked as the builder checks.
   *
   * @throws IllegalArgumentException when an invariant does not hold, naming the attribute
   */
  public static ParticipationProcess next(ParticipationProcess base, Next next) {
    Factory made = factory;
    if (made == null) {
      throw new IllegalStateException("ParticipationProcess has not registered its factory");
    }
    return made.next(base, next);
  }
}
