// Copyright 2026 The Participation SDK authors
// SPDX-License-Identifier: Apache-2.0
package se.participation.api.event;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import se.participation.api.ChecklistAnswer;
import se.participation.api.ContactDetails;
import se.participation.api.Documentation;
import se.participation.api.EngagementLevel;
import se.participation.api.EvaluationAnswer;
import se.participation.api.FeedbackDelivery;
import se.participation.api.Meeting;
import se.participation.api.MeetingId;
import se.participation.api.OffTopicId;
import se.participation.api.OffTopicMatter;
import se.participation.api.Part;
import se.participation.api.Participant;
import se.participation.api.ParticipantId;
import se.participation.api.Plan;
import se.participation.api.ProposalDraft;
import se.participation.api.ProposalId;
import se.participation.api.QuestionId;
import se.participation.api.SmallGroup;
import se.participation.api.internal.Checks;

/**
 * What happened to a process. Every event carries its {@link EventContext}: the process, the
 * version it produced, the actor and the time. A process is the fold of its events; replaying the
 * same events gives the same process every time.
 *
 * <p>Events are records in a sealed hierarchy. On the Java 17 baseline, dispatch with {@code
 * instanceof} patterns; from Java 21 a pattern {@code switch} over them needs no {@code default}.
 */
public sealed interface Event {

  /** Which process, which version, who and when. */
  EventContext context();

  /**
   * A process was started.
   *
   * @param context who, when, on which process and version
   * @param title the title
   * @param question the question
   * @param intendedLevel the level intended
   */
  record ProcessStarted(EventContext context, String title, String question, EngagementLevel intendedLevel) implements Event {
    /**
     * Rejects a missing or blank field, naming it.
     *
     * @throws NullPointerException naming the component when one is null
     * @throws IllegalArgumentException naming the component and its value when the value is not allowed
     */
    public ProcessStarted {
      Objects.requireNonNull(context, "context");
      Checks.notBlank("title", Objects.requireNonNull(title, "title"));
      Checks.notBlank("question", Objects.requireNonNull(question, "question"));
      Objects.requireNonNull(intendedLevel, "intendedLevel");
    }
  }

  /**
   * A decision question was answered.
   *
   * @param context who, when, on which process and version
   * @param answer the answer
   */
  record DecisionQuestionAnswered(EventContext context, ChecklistAnswer answer) implements Event {
    /**
     * Rejects a missing or blank field, naming it.
     *
     * @throws NullPointerException naming the component when one is null
     */
    public DecisionQuestionAnswered {
      Objects.requireNonNull(context, "context");
      Objects.requireNonNull(answer, "answer");
    }
  }

  /**
   * The process went ahead with a dialogue and entered Planering.
   *
   * @param context who, when, on which process and version
   */
  record DialogueApproved(EventContext context) implements Event {
    /**
     * Rejects a missing or blank field, naming it.
     *
     * @throws NullPointerException naming the component when one is null
     */
    public DialogueApproved {
      Objects.requireNonNull(context, "context");
    }
  }

  /**
   * The process continues as information or consultation and entered Planering.
   *
   * @param context who, when, on which process and version
   * @param level INFORMATION or KONSULTATION
   * @param reason why
   */
  record ContinuedWithoutDialogue(EventContext context, EngagementLevel level, String reason) implements Event {
    /**
     * Rejects a missing or blank field, naming it.
     *
     * @throws NullPointerException naming the component when one is null
     * @throws IllegalArgumentException naming the component and its value when the value is not allowed
     */
    public ContinuedWithoutDialogue {
      Objects.requireNonNull(context, "context");
      Objects.requireNonNull(level, "level");
      Checks.notBlank("reason", Objects.requireNonNull(reason, "reason"));
    }
  }

  /**
   * The process was withdrawn.
   *
   * @param context who, when, on which process and version
   * @param reason why
   */
  record ProcessWithdrawn(EventContext context, String reason) implements Event {
    /**
     * Rejects a missing or blank field, naming it.
     *
     * @throws NullPointerException naming the component when one is null
     * @throws IllegalArgumentException naming the component and its value when the value is not allowed
     */
    public ProcessWithdrawn {
      Objects.requireNonNull(context, "context");
      Checks.notBlank("reason", Objects.requireNonNull(reason, "reason"));
    }
  }

  /**
   * The plan was recorded.
   *
   * @param context who, when, on which process and version
   * @param plan the plan
   */
  record PlanRecorded(EventContext context, Plan plan) implements Event {
    /**
     * Rejects a missing or blank field, naming it.
     *
     * @throws NullPointerException naming the component when one is null
     */
    public PlanRecorded {
      Objects.requireNonNull(context, "context");
      Objects.requireNonNull(plan, "plan");
    }
  }

  /**
   * The plan was approved and the process entered Genomförande.
   *
   * @param context who, when, on which process and version
   */
  record PlanApproved(EventContext context) implements Event {
    /**
     * Rejects a missing or blank field, naming it.
     *
     * @throws NullPointerException naming the component when one is null
     */
    public PlanApproved {
      Objects.requireNonNull(context, "context");
    }
  }

  /**
   * A meeting was scheduled.
   *
   * @param context who, when, on which process and version
   * @param meeting the meeting
   */
  record MeetingScheduled(EventContext context, Meeting meeting) implements Event {
    /**
     * Rejects a missing or blank field, naming it.
     *
     * @throws NullPointerException naming the component when one is null
     */
    public MeetingScheduled {
      Objects.requireNonNull(context, "context");
      Objects.requireNonNull(meeting, "meeting");
    }
  }

  /**
   * A meeting was held.
   *
   * @param context who, when, on which process and version
   * @param meeting the meeting
   * @param attendance who attended
   * @param questionsDiscussed the planned questions discussed
   * @param documentation what documents it
   */
  record MeetingHeld(EventContext context, MeetingId meeting, Set<ParticipantId> attendance, Set<QuestionId> questionsDiscussed, List<Documentation> documentation) implements Event {
    /**
     * Rejects a missing or blank field, naming it.
     *
     * @throws NullPointerException naming the component when one is null
     */
    public MeetingHeld {
      Objects.requireNonNull(context, "context");
      Objects.requireNonNull(meeting, "meeting");
      attendance = Set.copyOf(Objects.requireNonNull(attendance, "attendance"));
      questionsDiscussed = Set.copyOf(Objects.requireNonNull(questionsDiscussed, "questionsDiscussed"));
      documentation = List.copyOf(Objects.requireNonNull(documentation, "documentation"));
    }
  }

  /**
   * Small groups were formed at a meeting.
   *
   * @param context who, when, on which process and version
   * @param meeting the meeting
   * @param groups the groups
   */
  record SmallGroupsFormed(EventContext context, MeetingId meeting, List<SmallGroup> groups) implements Event {
    /**
     * Rejects a missing or blank field, naming it.
     *
     * @throws NullPointerException naming the component when one is null
     */
    public SmallGroupsFormed {
      Objects.requireNonNull(context, "context");
      Objects.requireNonNull(meeting, "meeting");
      groups = List.copyOf(Objects.requireNonNull(groups, "groups"));
    }
  }

  /**
   * A participant was registered.
   *
   * @param context who, when, on which process and version
   * @param participant the participant
   * @param contact contact details, if given
   */
  record ParticipantRegistered(EventContext context, Participant participant, Optional<ContactDetails> contact) implements Event {
    /**
     * Rejects a missing or blank field, naming it.
     *
     * @throws NullPointerException naming the component when one is null
     */
    public ParticipantRegistered {
      Objects.requireNonNull(context, "context");
      Objects.requireNonNull(participant, "participant");
      Objects.requireNonNull(contact, "contact");
    }
  }

  /**
   * A proposal was put on the gross list.
   *
   * @param context who, when, on which process and version
   * @param proposal the proposal
   */
  record ProposalSubmitted(EventContext context, ProposalDraft proposal) implements Event {
    /**
     * Rejects a missing or blank field, naming it.
     *
     * @throws NullPointerException naming the component when one is null
     */
    public ProposalSubmitted {
      Objects.requireNonNull(context, "context");
      Objects.requireNonNull(proposal, "proposal");
    }
  }

  /**
   * A proposal of how to measure a proposal was made.
   *
   * @param context who, when, on which process and version
   * @param proposal the proposal
   * @param measurement how to measure it
   */
  record MeasurementProposed(EventContext context, ProposalId proposal, String measurement) implements Event {
    /**
     * Rejects a missing or blank field, naming it.
     *
     * @throws NullPointerException naming the component when one is null
     * @throws IllegalArgumentException naming the component and its value when the value is not allowed
     */
    public MeasurementProposed {
      Objects.requireNonNull(context, "context");
      Objects.requireNonNull(proposal, "proposal");
      Checks.notBlank("measurement", Objects.requireNonNull(measurement, "measurement"));
    }
  }

  /**
   * An off-topic matter was captured.
   *
   * @param context who, when, on which process and version
   * @param matter the matter
   */
  record OffTopicMatterRecorded(EventContext context, OffTopicMatter matter) implements Event {
    /**
     * Rejects a missing or blank field, naming it.
     *
     * @throws NullPointerException naming the component when one is null
     */
    public OffTopicMatterRecorded {
      Objects.requireNonNull(context, "context");
      Objects.requireNonNull(matter, "matter");
    }
  }

  /**
   * An off-topic matter was sent on.
   *
   * @param context who, when, on which process and version
   * @param matter the matter
   * @param routedTo where it was sent
   */
  record OffTopicMatterRouted(EventContext context, OffTopicId matter, String routedTo) implements Event {
    /**
     * Rejects a missing or blank field, naming it.
     *
     * @throws NullPointerException naming the component when one is null
     * @throws IllegalArgumentException naming the component and its value when the value is not allowed
     */
    public OffTopicMatterRouted {
      Objects.requireNonNull(context, "context");
      Objects.requireNonNull(matter, "matter");
      Checks.notBlank("routedTo", Objects.requireNonNull(routedTo, "routedTo"));
    }
  }

  /**
   * Proposals were kept when the list was reduced.
   *
   * @param context who, when, on which process and version
   * @param proposals the proposals
   * @param reason why
   */
  record ProposalsShortlisted(EventContext context, Set<ProposalId> proposals, Optional<String> reason) implements Event {
    /**
     * Rejects a missing or blank field, naming it.
     *
     * @throws NullPointerException naming the component when one is null
     * @throws IllegalArgumentException naming the component and its value when the value is not allowed
     */
    public ProposalsShortlisted {
      Objects.requireNonNull(context, "context");
      proposals = Set.copyOf(Objects.requireNonNull(proposals, "proposals"));
      Objects.requireNonNull(reason, "reason").ifPresent(v -> Checks.notBlank("reason", v));
    }
  }

  /**
   * Proposals were merged into another.
   *
   * @param context who, when, on which process and version
   * @param merged the proposals merged
   * @param into the proposal they merged into
   * @param reason why
   */
  record ProposalsMerged(EventContext context, Set<ProposalId> merged, ProposalId into, String reason) implements Event {
    /**
     * Rejects a missing or blank field, naming it.
     *
     * @throws NullPointerException naming the component when one is null
     * @throws IllegalArgumentException naming the component and its value when the value is not allowed
     */
    public ProposalsMerged {
      Objects.requireNonNull(context, "context");
      merged = Set.copyOf(Objects.requireNonNull(merged, "merged"));
      Objects.requireNonNull(into, "into");
      Checks.notBlank("reason", Objects.requireNonNull(reason, "reason"));
    }
  }

  /**
   * A proposal was dropped.
   *
   * @param context who, when, on which process and version
   * @param proposal the proposal
   * @param reason why
   */
  record ProposalDropped(EventContext context, ProposalId proposal, String reason) implements Event {
    /**
     * Rejects a missing or blank field, naming it.
     *
     * @throws NullPointerException naming the component when one is null
     * @throws IllegalArgumentException naming the component and its value when the value is not allowed
     */
    public ProposalDropped {
      Objects.requireNonNull(context, "context");
      Objects.requireNonNull(proposal, "proposal");
      Checks.notBlank("reason", Objects.requireNonNull(reason, "reason"));
    }
  }

  /**
   * The administration adapted proposals into a new one.
   *
   * @param context who, when, on which process and version
   * @param originals the originals
   * @param adapted the new proposal
   * @param reason why
   */
  record ProposalsAdapted(EventContext context, Set<ProposalId> originals, ProposalDraft adapted, String reason) implements Event {
    /**
     * Rejects a missing or blank field, naming it.
     *
     * @throws NullPointerException naming the component when one is null
     * @throws IllegalArgumentException naming the component and its value when the value is not allowed
     */
    public ProposalsAdapted {
      Objects.requireNonNull(context, "context");
      originals = Set.copyOf(Objects.requireNonNull(originals, "originals"));
      Objects.requireNonNull(adapted, "adapted");
      Checks.notBlank("reason", Objects.requireNonNull(reason, "reason"));
    }
  }

  /**
   * The committee decided on proposals.
   *
   * @param context who, when, on which process and version
   * @param approved approved
   * @param declined declined
   * @param reason the decision
   * @param body the deciding body when the record names one other than the committee
   */
  record CommitteeDecided(EventContext context, Set<ProposalId> approved, Set<ProposalId> declined, String reason, Optional<String> body) implements Event {
    /**
     * Rejects a missing or blank field, naming it.
     *
     * @throws NullPointerException naming the component when one is null
     * @throws IllegalArgumentException naming the component and its value when the value is not allowed
     */
    public CommitteeDecided {
      Objects.requireNonNull(context, "context");
      approved = Set.copyOf(Objects.requireNonNull(approved, "approved"));
      declined = Set.copyOf(Objects.requireNonNull(declined, "declined"));
      Checks.notBlank("reason", Objects.requireNonNull(reason, "reason"));      Objects.requireNonNull(body, "body").ifPresent(v -> Checks.notBlank("body", v));
    }
  }

  /**
   * The committee proposed proposals to the city council.
   *
   * @param context who, when, on which process and version
   * @param proposals the proposals
   * @param reason the reference
   */
  record ProposedToCouncil(EventContext context, Set<ProposalId> proposals, String reason) implements Event {
    /**
     * Rejects a missing or blank field, naming it.
     *
     * @throws NullPointerException naming the component when one is null
     * @throws IllegalArgumentException naming the component and its value when the value is not allowed
     */
    public ProposedToCouncil {
      Objects.requireNonNull(context, "context");
      proposals = Set.copyOf(Objects.requireNonNull(proposals, "proposals"));
      Checks.notBlank("reason", Objects.requireNonNull(reason, "reason"));
    }
  }

  /**
   * The city council decided on proposals.
   *
   * @param context who, when, on which process and version
   * @param adopted adopted
   * @param notAdopted not adopted
   * @param reason the decision
   * @param body the deciding body when the record names one other than the council
   */
  record CouncilDecided(EventContext context, Set<ProposalId> adopted, Set<ProposalId> notAdopted, String reason, Optional<String> body) implements Event {
    /**
     * Rejects a missing or blank field, naming it.
     *
     * @throws NullPointerException naming the component when one is null
     * @throws IllegalArgumentException naming the component and its value when the value is not allowed
     */
    public CouncilDecided {
      Objects.requireNonNull(context, "context");
      adopted = Set.copyOf(Objects.requireNonNull(adopted, "adopted"));
      notAdopted = Set.copyOf(Objects.requireNonNull(notAdopted, "notAdopted"));
      Checks.notBlank("reason", Objects.requireNonNull(reason, "reason"));      Objects.requireNonNull(body, "body").ifPresent(v -> Checks.notBlank("body", v));
    }
  }

  /**
   * Feedback was given.
   *
   * @param context who, when, on which process and version
   * @param delivery the feedback
   */
  record FeedbackDelivered(EventContext context, FeedbackDelivery delivery) implements Event {
    /**
     * Rejects a missing or blank field, naming it.
     *
     * @throws NullPointerException naming the component when one is null
     */
    public FeedbackDelivered {
      Objects.requireNonNull(context, "context");
      Objects.requireNonNull(delivery, "delivery");
    }
  }

  /**
   * A participant's evaluation answer was recorded.
   *
   * @param context who, when, on which process and version
   * @param answer the answer
   */
  record EvaluationAnswerRecorded(EventContext context, EvaluationAnswer answer) implements Event {
    /**
     * Rejects a missing or blank field, naming it.
     *
     * @throws NullPointerException naming the component when one is null
     */
    public EvaluationAnswerRecorded {
      Objects.requireNonNull(context, "context");
      Objects.requireNonNull(answer, "answer");
    }
  }

  /**
   * A lesson was recorded.
   *
   * @param context who, when, on which process and version
   * @param text the lesson
   */
  record LessonRecorded(EventContext context, String text) implements Event {
    /**
     * Rejects a missing or blank field, naming it.
     *
     * @throws NullPointerException naming the component when one is null
     * @throws IllegalArgumentException naming the component and its value when the value is not allowed
     */
    public LessonRecorded {
      Objects.requireNonNull(context, "context");
      Checks.notBlank("text", Objects.requireNonNull(text, "text"));
    }
  }

  /**
   * The process moved to the next part.
   *
   * @param context who, when, on which process and version
   * @param from the part left
   * @param to the part entered
   */
  record PartAdvanced(EventContext context, Part from, Part to) implements Event {
    /**
     * Rejects a missing or blank field, naming it.
     *
     * @throws NullPointerException naming the component when one is null
     */
    public PartAdvanced {
      Objects.requireNonNull(context, "context");
      Objects.requireNonNull(from, "from");
      Objects.requireNonNull(to, "to");
    }
  }

  /**
   * The process was closed.
   *
   * @param context who, when, on which process and version
   */
  record ProcessClosed(EventContext context) implements Event {
    /**
     * Rejects a missing or blank field, naming it.
     *
     * @throws NullPointerException naming the component when one is null
     */
    public ProcessClosed {
      Objects.requireNonNull(context, "context");
    }
  }

  /**
   * A deciding body sent proposals back for rework.
   *
   * @param context who, when, on which process and version
   * @param proposals the proposals sent back
   * @param reason why
   */
  record SentBackForRework(EventContext context, Set<se.participation.api.ProposalId> proposals, String reason) implements Event {
    /**
     * Rejects a missing or blank field, naming it.
     *
     * @throws NullPointerException naming the component when one is null
     * @throws IllegalArgumentException naming the component and its value when the value is not allowed
     */
    public SentBackForRework {
      Objects.requireNonNull(context, "context");
      proposals = Set.copyOf(Objects.requireNonNull(proposals, "proposals"));
      se.participation.api.internal.Checks.notBlank("reason", Objects.requireNonNull(reason, "reason"));
    }
  }

  /**
   * A count the record gives in aggregate was recorded.
   *
   * @param context who, when, on which process and version
   * @param tally the count
   */
  record TallyRecorded(EventContext context, se.participation.api.Tally tally) implements Event {
    /**
     * Rejects a missing field, naming it.
     *
     * @throws NullPointerException naming the component when one is null
     */
    public TallyRecorded {
      Objects.requireNonNull(context, "context");
      Objects.requireNonNull(tally, "tally");
    }
  }

  /**
   * A wave of invitations to volunteer for a sortition went out.
   *
   * @param context who, when, on which process and version
   * @param sortition the sortition
   * @param invited how many were invited
   * @param frame whom they were drawn from, if the record says
   */
  record InvitationsSent(EventContext context, se.participation.api.SortitionId sortition,
      se.participation.api.Count invited, Optional<String> frame) implements Event {
    /**
     * Rejects a missing field or a count of no one, naming it.
     *
     * @throws NullPointerException naming the component when one is null
     * @throws IllegalArgumentException naming the component and its value when the value is not allowed
     */
    public InvitationsSent {
      Objects.requireNonNull(context, "context");
      Objects.requireNonNull(sortition, "sortition");
      Objects.requireNonNull(invited, "invited");
      Objects.requireNonNull(frame, "frame");
      new se.participation.api.Sortition.Invitation(context.at(), invited, frame);
    }
  }

  /**
   * The pool of a sortition was recorded.
   *
   * @param context who, when, on which process and version
   * @param sortition the sortition
   * @param pool the pool
   */
  record PoolRecorded(EventContext context, se.participation.api.SortitionId sortition,
      se.participation.api.Sortition.Pool pool) implements Event {
    /**
     * Rejects a missing field, naming it.
     *
     * @throws NullPointerException naming the component when one is null
     */
    public PoolRecorded {
      Objects.requireNonNull(context, "context");
      Objects.requireNonNull(sortition, "sortition");
      Objects.requireNonNull(pool, "pool");
    }
  }

  /**
   * The panel of a sortition was drawn.
   *
   * @param context who, when, on which process and version
   * @param sortition the sortition
   * @param panel the panel as drawn
   */
  record PanelDrawn(EventContext context, se.participation.api.SortitionId sortition,
      se.participation.api.Sortition.Panel panel) implements Event {
    /**
     * Rejects a missing field, naming it.
     *
     * @throws NullPointerException naming the component when one is null
     */
    public PanelDrawn {
      Objects.requireNonNull(context, "context");
      Objects.requireNonNull(sortition, "sortition");
      Objects.requireNonNull(panel, "panel");
    }
  }

  /**
   * A member left a panel, and someone took her seat or it stayed empty.
   *
   * @param context who, when, on which process and version
   * @param sortition the sortition
   * @param left the member who left
   * @param replacement the seat as the one who took it fills it; empty when it stays empty
   * @param reason why she left
   */
  record PanelMemberReplaced(EventContext context, se.participation.api.SortitionId sortition,
      ParticipantId left, Optional<se.participation.api.Sortition.Seat> replacement, String reason) implements Event {
    /**
     * Rejects a missing or blank field, naming it.
     *
     * @throws NullPointerException naming the component when one is null
     * @throws IllegalArgumentException naming the component and its value when the value is not allowed
     */
    public PanelMemberReplaced {
      Objects.requireNonNull(context, "context");
      Objects.requireNonNull(sortition, "sortition");
      Objects.requireNonNull(left, "left");
      Objects.requireNonNull(replacement, "replacement");
      Objects.requireNonNull(reason, "reason");
      new se.participation.api.Sortition.Replacement(context.at(), left, replacement, reason);
    }
  }

  /**
   * A checklist question was marked as not documented.
   *
   * @param context who, when, on which process and version
   * @param question the checklist question
   * @param note why, if said
   */
  record MarkedUndocumented(EventContext context, se.participation.api.ChecklistQuestion question, Optional<String> note)
      implements Event {
    /**
     * Rejects a missing or blank field, naming it.
     *
     * @throws NullPointerException naming the component when one is null
     * @throws IllegalArgumentException naming the component and its value when the value is not allowed
     */
    public MarkedUndocumented {
      Objects.requireNonNull(context, "context");
      Objects.requireNonNull(question, "question");
      Objects.requireNonNull(note, "note").ifPresent(v -> se.participation.api.internal.Checks.notBlank("note", v));
    }
  }

  /**
   * The owner granted an actor a role in the process.
   *
   * @param context who, when, on which process and version
   * @param actor the actor
   * @param role the role
   */
  record RoleGranted(EventContext context, se.participation.api.ActorId actor, se.participation.api.ActorRole role)
      implements Event {
    /**
     * Rejects a missing field, naming it.
     *
     * @throws NullPointerException naming the component when one is null
     */
    public RoleGranted {
      Objects.requireNonNull(context, "context");
      Objects.requireNonNull(actor, "actor");
      Objects.requireNonNull(role, "role");
    }
  }

  /**
   * The owner revoked a role.
   *
   * @param context who, when, on which process and version
   * @param actor the actor
   * @param role the role
   */
  record RoleRevoked(EventContext context, se.participation.api.ActorId actor, se.participation.api.ActorRole role)
      implements Event {
    /**
     * Rejects a missing field, naming it.
     *
     * @throws NullPointerException naming the component when one is null
     */
    public RoleRevoked {
      Objects.requireNonNull(context, "context");
      Objects.requireNonNull(actor, "actor");
      Objects.requireNonNull(role, "role");
    }
  }

  /**
   * The mandate for the dialogue was recorded.
   *
   * @param context who, when, on which process and version
   * @param mandate the mandate
   */
  record MandateRecorded(EventContext context, se.participation.api.Mandate mandate) implements Event {
    /**
     * Rejects a missing field, naming it.
     *
     * @throws NullPointerException naming the component when one is null
     */
    public MandateRecorded {
      Objects.requireNonNull(context, "context");
      Objects.requireNonNull(mandate, "mandate");
    }
  }

  /**
   * Residents decided on proposals together with the city.
   *
   * @param context who, when, on which process and version
   * @param approved approved
   * @param declined declined
   * @param residents the participants who decided with the city
   * @param how how the decision was taken
   */
  record DecidedWithResidents(EventContext context, Set<ProposalId> approved, Set<ProposalId> declined,
      Set<ParticipantId> residents, String how) implements Event {
    /**
     * Rejects a missing, empty or blank field, naming it.
     *
     * @throws NullPointerException naming the component when one is null
     * @throws IllegalArgumentException naming the component and its value when the value is not allowed
     */
    public DecidedWithResidents {
      Objects.requireNonNull(context, "context");
      approved = Set.copyOf(Objects.requireNonNull(approved, "approved"));
      declined = Set.copyOf(Objects.requireNonNull(declined, "declined"));
      residents = Set.copyOf(Objects.requireNonNull(residents, "residents"));
      Checks.notEmpty("residents", residents);
      Checks.notBlank("how", Objects.requireNonNull(how, "how"));
    }
  }

  /**
   * Proposals were handed over as input to another body's work.
   *
   * @param context who, when, on which process and version
   * @param proposals the proposals
   * @param recipient the body or work that receives them
   * @param reason why, and the reference
   */
  record ProposalsHandedOver(EventContext context, Set<ProposalId> proposals, String recipient, String reason) implements Event {
    /**
     * Rejects a missing, empty or blank field, naming it.
     *
     * @throws NullPointerException naming the component when one is null
     * @throws IllegalArgumentException naming the component and its value when the value is not allowed
     */
    public ProposalsHandedOver {
      Objects.requireNonNull(context, "context");
      proposals = Set.copyOf(Objects.requireNonNull(proposals, "proposals"));
      Checks.notEmpty("proposals", proposals);
      Checks.notBlank("recipient", Objects.requireNonNull(recipient, "recipient"));
      Checks.notBlank("reason", Objects.requireNonNull(reason, "reason"));
    }
  }

  /**
   * A participant's personal data was erased.
   *
   * @param context who, when, on which process and version
   * @param participant the participant
   */
  record ParticipantDataErased(EventContext context, ParticipantId participant) implements Event {
    /**
     * Rejects a missing or blank field, naming it.
     *
     * @throws NullPointerException naming the component when one is null
     */
    public ParticipantDataErased {
      Objects.requireNonNull(context, "context");
      Objects.requireNonNull(participant, "participant");
    }
  }
}
