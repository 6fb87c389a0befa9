// Copyright 2026 The Participation SDK authors
// SPDX-License-Identifier: Apache-2.0
package se.participation.api.command;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import se.participation.api.ChecklistQuestion;
import se.participation.api.ContactDetails;
import se.participation.api.Documentation;
import se.participation.api.EngagementLevel;
import se.participation.api.EvaluationAnswer;
import se.participation.api.FeedbackDelivery;
import se.participation.api.Meeting;
import se.participation.api.MeetingId;
import se.participation.api.OffTopicId;
import se.participation.api.OffTopicMatter;
import se.participation.api.Participant;
import se.participation.api.ParticipantId;
import se.participation.api.Plan;
import se.participation.api.ProposalDraft;
import se.participation.api.ProposalId;
import se.participation.api.QuestionId;
import se.participation.api.SmallGroup;
import se.participation.api.internal.Checks;

/**
 * What someone asks of a process. Every command carries its {@link CommandContext}: the process,
 * the version the issuer expects, the actor and the time. The core's {@code decide} accepts a
 * command with the events it causes or rejects it with every reason; a rejected command changes
 * nothing.
 *
 * <p>Commands are records in a sealed hierarchy. On the Java 17 baseline, dispatch with {@code
 * instanceof} patterns; from Java 21 a pattern {@code switch} over them needs no {@code default}.
 */
public sealed interface Command {

  /** Who, when, on which process and version. */
  CommandContext context();

  /**
   * Starts a process in Beslut. The actor becomes its owner; the expected version is 0.
   *
   * <p>Issued by {@code PROCESS_OWNER}. Possible in {@code BESLUT}, {@code PLANERING}, {@code
   * GENOMFORANDE}, {@code ATERKOPPLING}, {@code UTVARDERING}.
   *
   * @param context who, when, on which process and version
   * @param title the title
   * @param question the question the process is about
   * @param intendedLevel the level intended
   */
  record StartProcess(CommandContext context, String title, String question, EngagementLevel intendedLevel) implements Command {
    /**
     * Rejects a missing or blank field, naming it.
     *
     * @throws NullPointerException naming the component when one is null
     * @throws IllegalArgumentException naming the component and its value when the value is not allowed
     */
    public StartProcess {
      Objects.requireNonNull(context, "context");
      Checks.notBlank("title", Objects.requireNonNull(title, "title"));
      Checks.notBlank("question", Objects.requireNonNull(question, "question"));
      Objects.requireNonNull(intendedLevel, "intendedLevel");
    }
  }

  /**
   * Answers, or answers again, a question of the decision checklist (Beslut).
   *
   * <p>Issued by {@code PROCESS_OWNER}. Possible in {@code BESLUT}.
   *
   * @param context who, when, on which process and version
   * @param question a decision question, BESLUT-1 to BESLUT-5
   * @param yes whether the answer is yes
   * @param comment why, or under which conditions
   */
  record AnswerDecisionQuestion(CommandContext context, ChecklistQuestion question, boolean yes, Optional<String> comment) implements Command {
    /**
     * Rejects a missing or blank field, naming it.
     *
     * @throws NullPointerException naming the component when one is null
     * @throws IllegalArgumentException naming the component and its value when the value is not allowed
     */
    public AnswerDecisionQuestion {
      Objects.requireNonNull(context, "context");
      Objects.requireNonNull(question, "question");
      Objects.requireNonNull(comment, "comment").ifPresent(v -> Checks.notBlank("comment", v));
    }
  }

  /**
   * Goes ahead with a dialogue: moves from Beslut to Planering when the decision checklist allows it.
   *
   * <p>Issued by {@code PROCESS_OWNER}. Possible in {@code BESLUT}.
   *
   * @param context who, when, on which process and version
   */
  record ProceedWithDialogue(CommandContext context) implements Command {
    /**
     * Rejects a missing or blank field, naming it.
     *
     * @throws NullPointerException naming the component when one is null
     */
    public ProceedWithDialogue {
      Objects.requireNonNull(context, "context");
    }
  }

  /**
   * Continues as information or consultation instead of dialogue, as the handbook advises when a decision question is answered no.
   *
   * <p>Issued by {@code PROCESS_OWNER}. Possible in {@code BESLUT}, {@code PLANERING}, {@code
   * GENOMFORANDE}, {@code ATERKOPPLING}, {@code UTVARDERING}.
   *
   * @param context who, when, on which process and version
   * @param level INFORMATION or KONSULTATION
   * @param reason why
   */
  record ContinueWithoutDialogue(CommandContext context, EngagementLevel level, String reason) implements Command {
    /**
     * Rejects a missing or blank field, naming it.
     *
     * @throws NullPointerException naming the component when one is null
     * @throws IllegalArgumentException naming the component and its value when the value is not allowed
     */
    public ContinueWithoutDialogue {
      Objects.requireNonNull(context, "context");
      Objects.requireNonNull(level, "level");
      Checks.notBlank("reason", Objects.requireNonNull(reason, "reason"));
    }
  }

  /**
   * Withdraws the process; it accepts nothing more.
   *
   * <p>Issued by {@code PROCESS_OWNER}. Possible in {@code BESLUT}, {@code PLANERING}, {@code
   * GENOMFORANDE}, {@code ATERKOPPLING}, {@code UTVARDERING}.
   *
   * @param context who, when, on which process and version
   * @param reason why
   */
  record Withdraw(CommandContext context, String reason) implements Command {
    /**
     * Rejects a missing or blank field, naming it.
     *
     * @throws NullPointerException naming the component when one is null
     * @throws IllegalArgumentException naming the component and its value when the value is not allowed
     */
    public Withdraw {
      Objects.requireNonNull(context, "context");
      Checks.notBlank("reason", Objects.requireNonNull(reason, "reason"));
    }
  }

  /**
   * Records the plan (all its elements), replacing the draft; in Planering.
   *
   * <p>Issued by {@code PROCESS_OWNER}. Possible in {@code PLANERING}.
   *
   * @param context who, when, on which process and version
   * @param plan the plan
   */
  record RecordPlan(CommandContext context, Plan plan) implements Command {
    /**
     * Rejects a missing or blank field, naming it.
     *
     * @throws NullPointerException naming the component when one is null
     */
    public RecordPlan {
      Objects.requireNonNull(context, "context");
      Objects.requireNonNull(plan, "plan");
    }
  }

  /**
   * Approves the plan: moves from Planering to Genomförande when no planning rule blocks.
   *
   * <p>Issued by {@code PROCESS_OWNER}. Possible in {@code PLANERING}.
   *
   * @param context who, when, on which process and version
   */
  record ApprovePlan(CommandContext context) implements Command {
    /**
     * Rejects a missing or blank field, naming it.
     *
     * @throws NullPointerException naming the component when one is null
     */
    public ApprovePlan {
      Objects.requireNonNull(context, "context");
    }
  }

  /**
   * Schedules a meeting; in Planering or Genomförande.
   *
   * <p>Issued by {@code PROCESS_OWNER}, {@code FACILITATOR}. Possible in {@code PLANERING}, {@code
   * GENOMFORANDE}, {@code ATERKOPPLING}, {@code UTVARDERING}.
   *
   * @param context who, when, on which process and version
   * @param meeting the meeting, not yet held
   */
  record ScheduleMeeting(CommandContext context, Meeting meeting) implements Command {
    /**
     * Rejects a missing or blank field, naming it.
     *
     * @throws NullPointerException naming the component when one is null
     */
    public ScheduleMeeting {
      Objects.requireNonNull(context, "context");
      Objects.requireNonNull(meeting, "meeting");
    }
  }

  /**
   * Records that a scheduled meeting was held: who came, what was discussed, how it is documented.
   *
   * <p>Issued by {@code PROCESS_OWNER}, {@code FACILITATOR}. Possible in {@code PLANERING}, {@code
   * GENOMFORANDE}, {@code ATERKOPPLING}, {@code UTVARDERING}.
   *
   * <p>In Planering only a meeting whose stage is problem identification or planning is held.
   *
   * @param context who, when, on which process and version
   * @param meeting the meeting
   * @param attendance who attended
   * @param questionsDiscussed the planned questions discussed
   * @param documentation what documents it
   */
  record HoldMeeting(CommandContext context, MeetingId meeting, Set<ParticipantId> attendance, Set<QuestionId> questionsDiscussed, List<Documentation> documentation) implements Command {
    /**
     * Rejects a missing or blank field, naming it.
     *
     * @throws NullPointerException naming the component when one is null
     */
    public HoldMeeting {
      Objects.requireNonNull(context, "context");
      Objects.requireNonNull(meeting, "meeting");
      attendance = Set.copyOf(Objects.requireNonNull(attendance, "attendance"));
      questionsDiscussed = Set.copyOf(Objects.requireNonNull(questionsDiscussed, "questionsDiscussed"));
      documentation = List.copyOf(Objects.requireNonNull(documentation, "documentation"));
    }
  }

  /**
   * Forms small groups at a meeting, such as the pilot's small mixed groups.
   *
   * <p>Issued by {@code PROCESS_OWNER}, {@code FACILITATOR}. Possible in {@code PLANERING}, {@code
   * GENOMFORANDE}, {@code ATERKOPPLING}, {@code UTVARDERING}.
   *
   * <p>In Planering only a meeting whose stage is problem identification or planning is held.
   *
   * @param context who, when, on which process and version
   * @param meeting the meeting
   * @param groups the groups
   */
  record FormSmallGroups(CommandContext context, MeetingId meeting, List<SmallGroup> groups) implements Command {
    /**
     * Rejects a missing or blank field, naming it.
     *
     * @throws NullPointerException naming the component when one is null
     */
    public FormSmallGroups {
      Objects.requireNonNull(context, "context");
      Objects.requireNonNull(meeting, "meeting");
      groups = List.copyOf(Objects.requireNonNull(groups, "groups"));
    }
  }

  /**
   * Registers a participant, with contact details when they consent to their keeping.
   *
   * <p>Issued by {@code PROCESS_OWNER}, {@code FACILITATOR}. Possible in {@code PLANERING}, {@code
   * GENOMFORANDE}.
   *
   * @param context who, when, on which process and version
   * @param participant the participant
   * @param contact contact details, kept apart and erasable
   */
  record RegisterParticipant(CommandContext context, Participant participant, Optional<ContactDetails> contact) implements Command {
    /**
     * Rejects a missing or blank field, naming it.
     *
     * @throws NullPointerException naming the component when one is null
     */
    public RegisterParticipant {
      Objects.requireNonNull(context, "context");
      Objects.requireNonNull(participant, "participant");
      Objects.requireNonNull(contact, "contact");
    }
  }

  /**
   * Puts a proposal on the gross list.
   *
   * <p>Issued by {@code PROCESS_OWNER}, {@code FACILITATOR}, {@code PARTICIPANT}. Possible in
   * {@code GENOMFORANDE}.
   *
   * @param context who, when, on which process and version
   * @param proposal the proposal
   */
  record SubmitProposal(CommandContext context, ProposalDraft proposal) implements Command {
    /**
     * Rejects a missing or blank field, naming it.
     *
     * @throws NullPointerException naming the component when one is null
     */
    public SubmitProposal {
      Objects.requireNonNull(context, "context");
      Objects.requireNonNull(proposal, "proposal");
    }
  }

  /**
   * Records a proposal of how to measure a proposal.
   *
   * <p>Issued by {@code PROCESS_OWNER}, {@code FACILITATOR}, {@code PARTICIPANT}. Possible in
   * {@code GENOMFORANDE}, {@code ATERKOPPLING}.
   *
   * @param context who, when, on which process and version
   * @param proposal the proposal
   * @param measurement how to measure it
   */
  record ProposeMeasurement(CommandContext context, ProposalId proposal, String measurement) implements Command {
    /**
     * Rejects a missing or blank field, naming it.
     *
     * @throws NullPointerException naming the component when one is null
     * @throws IllegalArgumentException naming the component and its value when the value is not allowed
     */
    public ProposeMeasurement {
      Objects.requireNonNull(context, "context");
      Objects.requireNonNull(proposal, "proposal");
      Checks.notBlank("measurement", Objects.requireNonNull(measurement, "measurement"));
    }
  }

  /**
   * Captures a matter that does not concern the dialogue, so that it is not lost.
   *
   * <p>Issued by {@code PROCESS_OWNER}, {@code FACILITATOR}. Possible in {@code GENOMFORANDE}.
   *
   * @param context who, when, on which process and version
   * @param matter the matter
   */
  record RecordOffTopicMatter(CommandContext context, OffTopicMatter matter) implements Command {
    /**
     * Rejects a missing or blank field, naming it.
     *
     * @throws NullPointerException naming the component when one is null
     */
    public RecordOffTopicMatter {
      Objects.requireNonNull(context, "context");
      Objects.requireNonNull(matter, "matter");
    }
  }

  /**
   * Sends an off-topic matter on to whoever handles it.
   *
   * <p>Issued by {@code PROCESS_OWNER}, {@code FACILITATOR}. Possible in {@code GENOMFORANDE},
   * {@code ATERKOPPLING}.
   *
   * @param context who, when, on which process and version
   * @param matter the matter
   * @param routedTo where it is sent
   */
  record RouteOffTopicMatter(CommandContext context, OffTopicId matter, String routedTo) implements Command {
    /**
     * Rejects a missing or blank field, naming it.
     *
     * @throws NullPointerException naming the component when one is null
     * @throws IllegalArgumentException naming the component and its value when the value is not allowed
     */
    public RouteOffTopicMatter {
      Objects.requireNonNull(context, "context");
      Objects.requireNonNull(matter, "matter");
      Checks.notBlank("routedTo", Objects.requireNonNull(routedTo, "routedTo"));
    }
  }

  /**
   * Keeps proposals when the gross list is reduced.
   *
   * <p>Issued by {@code PROCESS_OWNER}, {@code FACILITATOR}. Possible in {@code GENOMFORANDE},
   * {@code ATERKOPPLING}.
   *
   * @param context who, when, on which process and version
   * @param proposals the proposals kept
   * @param reason why
   */
  record ShortlistProposals(CommandContext context, Set<ProposalId> proposals, Optional<String> reason) implements Command {
    /**
     * Rejects a missing or blank field, naming it.
     *
     * @throws NullPointerException naming the component when one is null
     * @throws IllegalArgumentException naming the component and its value when the value is not allowed
     */
    public ShortlistProposals {
      Objects.requireNonNull(context, "context");
      proposals = Set.copyOf(Objects.requireNonNull(proposals, "proposals"));
      Objects.requireNonNull(reason, "reason").ifPresent(v -> Checks.notBlank("reason", v));
    }
  }

  /**
   * Merges proposals into another one.
   *
   * <p>Issued by {@code PROCESS_OWNER}, {@code FACILITATOR}. Possible in {@code GENOMFORANDE},
   * {@code ATERKOPPLING}.
   *
   * @param context who, when, on which process and version
   * @param merged the proposals merged
   * @param into the proposal they merge into
   * @param reason why
   */
  record MergeProposals(CommandContext context, Set<ProposalId> merged, ProposalId into, String reason) implements Command {
    /**
     * Rejects a missing or blank field, naming it.
     *
     * @throws NullPointerException naming the component when one is null
     * @throws IllegalArgumentException naming the component and its value when the value is not allowed
     */
    public MergeProposals {
      Objects.requireNonNull(context, "context");
      merged = Set.copyOf(Objects.requireNonNull(merged, "merged"));
      Objects.requireNonNull(into, "into");
      Checks.notBlank("reason", Objects.requireNonNull(reason, "reason"));
    }
  }

  /**
   * Drops a proposal, with a reason.
   *
   * <p>Issued by {@code PROCESS_OWNER}, {@code FACILITATOR}. Possible in {@code GENOMFORANDE},
   * {@code ATERKOPPLING}.
   *
   * @param context who, when, on which process and version
   * @param proposal the proposal
   * @param reason why
   */
  record DropProposal(CommandContext context, ProposalId proposal, String reason) implements Command {
    /**
     * Rejects a missing or blank field, naming it.
     *
     * @throws NullPointerException naming the component when one is null
     * @throws IllegalArgumentException naming the component and its value when the value is not allowed
     */
    public DropProposal {
      Objects.requireNonNull(context, "context");
      Objects.requireNonNull(proposal, "proposal");
      Checks.notBlank("reason", Objects.requireNonNull(reason, "reason"));
    }
  }

  /**
   * The administration adapts proposals to the city's rules: a new text, traced to its originals.
   *
   * <p>Issued by {@code PROCESS_OWNER}, {@code ADMINISTRATION}. Possible in {@code GENOMFORANDE},
   * {@code ATERKOPPLING}.
   *
   * @param context who, when, on which process and version
   * @param originals the proposals adapted
   * @param adapted the new proposal
   * @param reason why, e.g. the rules for goal formulation
   */
  record AdaptProposals(CommandContext context, Set<ProposalId> originals, ProposalDraft adapted, String reason) implements Command {
    /**
     * Rejects a missing or blank field, naming it.
     *
     * @throws NullPointerException naming the component when one is null
     * @throws IllegalArgumentException naming the component and its value when the value is not allowed
     */
    public AdaptProposals {
      Objects.requireNonNull(context, "context");
      originals = Set.copyOf(Objects.requireNonNull(originals, "originals"));
      Objects.requireNonNull(adapted, "adapted");
      Checks.notBlank("reason", Objects.requireNonNull(reason, "reason"));
    }
  }

  /**
   * Records the committee's decision on proposals.
   *
   * <p>Issued by {@code COMMITTEE}. Possible in {@code ATERKOPPLING}.
   *
   * @param context who, when, on which process and version
   * @param approved proposals approved
   * @param declined proposals declined
   * @param reason the decision and its reference
   * @param body the deciding body when it is not simply "the committee": a board, a management
   *     group, a government agency, such as "Förvaltningens ledningsgrupp"
   */
  record DecideInCommittee(CommandContext context, Set<ProposalId> approved, Set<ProposalId> declined, String reason, Optional<String> body) implements Command {
    /**
     * A decision by the committee itself, naming no other body.
     *
     * @param context who, when, on which process and version
     * @param approved proposals approved
     * @param declined proposals declined
     * @param reason the decision and its reference
     * @throws NullPointerException naming the component when one is null
     * @throws IllegalArgumentException naming the component and its value when the value is not allowed
     */
    public DecideInCommittee(CommandContext context, Set<ProposalId> approved, Set<ProposalId> declined, String reason) {
      this(context, approved, declined, reason, Optional.empty());
    }

    /**
     * Rejects a missing or blank field, naming it.
     *
     * @throws NullPointerException naming the component when one is null
     * @throws IllegalArgumentException naming the component and its value when the value is not allowed
     */
    public DecideInCommittee {
      Objects.requireNonNull(context, "context");
      approved = Set.copyOf(Objects.requireNonNull(approved, "approved"));
      declined = Set.copyOf(Objects.requireNonNull(declined, "declined"));
      Checks.notBlank("reason", Objects.requireNonNull(reason, "reason"));
      Objects.requireNonNull(body, "body").ifPresent(b -> Checks.notBlank("body", b));
    }
  }

  /**
   * The committee proposes decided proposals to the city council.
   *
   * <p>Issued by {@code COMMITTEE}. Possible in {@code ATERKOPPLING}.
   *
   * @param context who, when, on which process and version
   * @param proposals the proposals
   * @param reason the reference
   */
  record ProposeToCouncil(CommandContext context, Set<ProposalId> proposals, String reason) implements Command {
    /**
     * Rejects a missing or blank field, naming it.
     *
     * @throws NullPointerException naming the component when one is null
     * @throws IllegalArgumentException naming the component and its value when the value is not allowed
     */
    public ProposeToCouncil {
      Objects.requireNonNull(context, "context");
      proposals = Set.copyOf(Objects.requireNonNull(proposals, "proposals"));
      Checks.notBlank("reason", Objects.requireNonNull(reason, "reason"));
    }
  }

  /**
   * Records the city council's decision on proposals put to it.
   *
   * <p>Issued by {@code COUNCIL}. Possible in {@code ATERKOPPLING}.
   *
   * @param context who, when, on which process and version
   * @param adopted proposals adopted
   * @param notAdopted proposals not adopted
   * @param reason the decision and its reference
   * @param body the deciding body when it is not simply "the council": a regional board, a
   *     government agency, such as "Länsstyrelsen i Uppsala län"
   */
  record DecideInCouncil(CommandContext context, Set<ProposalId> adopted, Set<ProposalId> notAdopted, String reason, Optional<String> body) implements Command {
    /**
     * A decision by the city council itself, naming no other body.
     *
     * @param context who, when, on which process and version
     * @param adopted proposals adopted
     * @param notAdopted proposals not adopted
     * @param reason the decision and its reference
     * @throws NullPointerException naming the component when one is null
     * @throws IllegalArgumentException naming the component and its value when the value is not allowed
     */
    public DecideInCouncil(CommandContext context, Set<ProposalId> adopted, Set<ProposalId> notAdopted, String reason) {
      this(context, adopted, notAdopted, reason, Optional.empty());
    }

    /**
     * Rejects a missing or blank field, naming it.
     *
     * @throws NullPointerException naming the component when one is null
     * @throws IllegalArgumentException naming the component and its value when the value is not allowed
     */
    public DecideInCouncil {
      Objects.requireNonNull(context, "context");
      adopted = Set.copyOf(Objects.requireNonNull(adopted, "adopted"));
      notAdopted = Set.copyOf(Objects.requireNonNull(notAdopted, "notAdopted"));
      Checks.notBlank("reason", Objects.requireNonNull(reason, "reason"));
      Objects.requireNonNull(body, "body").ifPresent(b -> Checks.notBlank("body", b));
    }
  }

  /**
   * Records feedback given to participants, decision makers or an anonymous channel.
   *
   * <p>Issued by {@code PROCESS_OWNER}, {@code FACILITATOR}, {@code ADMINISTRATION}, {@code
   * COMMITTEE}. Possible in {@code PLANERING}, {@code GENOMFORANDE}, {@code ATERKOPPLING}, {@code
   * UTVARDERING}.
   *
   * @param context who, when, on which process and version
   * @param delivery the feedback
   */
  record DeliverFeedback(CommandContext context, FeedbackDelivery delivery) implements Command {
    /**
     * Rejects a missing or blank field, naming it.
     *
     * @throws NullPointerException naming the component when one is null
     */
    public DeliverFeedback {
      Objects.requireNonNull(context, "context");
      Objects.requireNonNull(delivery, "delivery");
    }
  }

  /**
   * Records a participant's own evaluation answer.
   *
   * <p>Issued by {@code PROCESS_OWNER}, {@code FACILITATOR}, {@code PARTICIPANT}. Possible in
   * {@code UTVARDERING}.
   *
   * @param context who, when, on which process and version
   * @param answer the answer
   */
  record RecordEvaluationAnswer(CommandContext context, EvaluationAnswer answer) implements Command {
    /**
     * Rejects a missing or blank field, naming it.
     *
     * @throws NullPointerException naming the component when one is null
     */
    public RecordEvaluationAnswer {
      Objects.requireNonNull(context, "context");
      Objects.requireNonNull(answer, "answer");
    }
  }

  /**
   * Records a lesson learned.
   *
   * <p>Issued by {@code PROCESS_OWNER}, {@code FACILITATOR}. Possible in {@code UTVARDERING}.
   *
   * @param context who, when, on which process and version
   * @param text the lesson
   */
  record RecordLesson(CommandContext context, String text) implements Command {
    /**
     * Rejects a missing or blank field, naming it.
     *
     * @throws NullPointerException naming the component when one is null
     * @throws IllegalArgumentException naming the component and its value when the value is not allowed
     */
    public RecordLesson {
      Objects.requireNonNull(context, "context");
      Checks.notBlank("text", Objects.requireNonNull(text, "text"));
    }
  }

  /**
   * Moves from Genomförande to Återkoppling, or from Återkoppling to Utvärdering, when no rule of the current part blocks.
   *
   * <p>Issued by {@code PROCESS_OWNER}. Possible in {@code GENOMFORANDE}, {@code ATERKOPPLING}.
   *
   * @param context who, when, on which process and version
   */
  record AdvancePart(CommandContext context) implements Command {
    /**
     * Rejects a missing or blank field, naming it.
     *
     * @throws NullPointerException naming the component when one is null
     */
    public AdvancePart {
      Objects.requireNonNull(context, "context");
    }
  }

  /**
   * Closes the process after Utvärdering, when no evaluation rule blocks.
   *
   * <p>Issued by {@code PROCESS_OWNER}. Possible in {@code UTVARDERING}.
   *
   * @param context who, when, on which process and version
   */
  record CloseProcess(CommandContext context) implements Command {
    /**
     * Rejects a missing or blank field, naming it.
     *
     * @throws NullPointerException naming the component when one is null
     */
    public CloseProcess {
      Objects.requireNonNull(context, "context");
    }
  }

  /**
   * A deciding body sends proposals back for rework ("återremiss"): the committee sends back what
   * the administration adapted, the council what the committee proposed. They are open again.
   *
   * <p>Issued by {@code COMMITTEE}, {@code COUNCIL}. Possible in {@code ATERKOPPLING}.
   *
   * @param context who, when, on which process and version
   * @param proposals the proposals sent back
   * @param reason why, e.g. the decision's wording
   */
  record SendBackForRework(CommandContext context, Set<ProposalId> proposals, String reason) implements Command {
    /**
     * Rejects a missing or blank field, naming it.
     *
     * @throws NullPointerException naming the component when one is null
     * @throws IllegalArgumentException naming the component and its value when the value is not allowed
     */
    public SendBackForRework {
      Objects.requireNonNull(context, "context");
      proposals = Set.copyOf(Objects.requireNonNull(proposals, "proposals"));
      Checks.notBlank("reason", Objects.requireNonNull(reason, "reason"));
    }
  }

  /**
   * Records a count the record gives in aggregate: people invited or attending (a meeting's
   * "161 deltog", "ett 60-tal"), or contributions such as consultation comments by theme.
   *
   * <p>Issued by {@code PROCESS_OWNER}, {@code FACILITATOR}. Possible in {@code BESLUT}, {@code
   * PLANERING}, {@code GENOMFORANDE}, {@code ATERKOPPLING}, {@code UTVARDERING}.
   *
   * @param context who, when, on which process and version
   * @param tally the count
   */
  record RecordTally(CommandContext context, se.participation.api.Tally tally) implements Command {
    /**
     * Rejects a missing field, naming it.
     *
     * @throws NullPointerException naming the component when one is null
     */
    public RecordTally {
      Objects.requireNonNull(context, "context");
      Objects.requireNonNull(tally, "tally");
    }
  }

  /**
   * Records a wave of invitations to volunteer for a panel drawn by lot: how many were invited and
   * from what ("7 000 slumpvis utvalda folkbokförda 16–84 år"). The first record of a sortition
   * starts it; a second wave adds to it.
   *
   * <p>Issued by {@code PROCESS_OWNER}, {@code FACILITATOR}. Possible in {@code PLANERING}, {@code
   * GENOMFORANDE}.
   *
   * @param context who, when, on which process and version
   * @param sortition the sortition
   * @param invited how many were invited; at least one
   * @param frame whom they were drawn from, if the record says
   */
  record RecordInvitations(CommandContext context, se.participation.api.SortitionId sortition,
      se.participation.api.Count invited, Optional<String> frame) implements Command {
    /**
     * Rejects a missing field or a count of no one, naming it.
     *
     * @throws NullPointerException naming the component when one is null
     * @throws IllegalArgumentException naming the component and its value when the value is not allowed
     */
    public RecordInvitations {
      Objects.requireNonNull(context, "context");
      Objects.requireNonNull(sortition, "sortition");
      Objects.requireNonNull(invited, "invited");
      Objects.requireNonNull(frame, "frame");
      // The wave checks the count and the frame.
      new se.participation.api.Sortition.Invitation(context.at(), invited, frame);
    }
  }

  /**
   * Records the pool of a sortition: how many volunteered, and how many of them have each feature
   * of the categories the panel is balanced on. A later record of the pool replaces the earlier.
   *
   * <p>Issued by {@code PROCESS_OWNER}, {@code FACILITATOR}. Possible in {@code PLANERING}, {@code
   * GENOMFORANDE}.
   *
   * @param context who, when, on which process and version
   * @param sortition the sortition
   * @param pool the pool
   */
  record RecordPool(CommandContext context, se.participation.api.SortitionId sortition,
      se.participation.api.Sortition.Pool pool) implements Command {
    /**
     * Rejects a missing field, naming it.
     *
     * @throws NullPointerException naming the component when one is null
     */
    public RecordPool {
      Objects.requireNonNull(context, "context");
      Objects.requireNonNull(sortition, "sortition");
      Objects.requireNonNull(pool, "pool");
    }
  }

  /**
   * Records the panel drawn by lot: its quotas, its members with their features, how it was drawn
   * and with what seed. A sortition is drawn once; a new draw is a new sortition.
   *
   * <p>Issued by {@code PROCESS_OWNER}, {@code FACILITATOR}. Possible in {@code PLANERING}, {@code
   * GENOMFORANDE}.
   *
   * @param context who, when, on which process and version
   * @param sortition the sortition
   * @param panel the panel as drawn
   */
  record RecordPanelDraw(CommandContext context, se.participation.api.SortitionId sortition,
      se.participation.api.Sortition.Panel panel) implements Command {
    /**
     * Rejects a missing field, naming it.
     *
     * @throws NullPointerException naming the component when one is null
     */
    public RecordPanelDraw {
      Objects.requireNonNull(context, "context");
      Objects.requireNonNull(sortition, "sortition");
      Objects.requireNonNull(panel, "panel");
    }
  }

  /**
   * Records that a member left the panel (declined, fell ill, moved away) and who, if anyone, took
   * her seat, usually the next reserve.
   *
   * <p>Issued by {@code PROCESS_OWNER}, {@code FACILITATOR}. Possible in {@code PLANERING}, {@code
   * GENOMFORANDE}.
   *
   * @param context who, when, on which process and version
   * @param sortition the sortition
   * @param left the member who left; she must sit on the panel
   * @param replacement the seat as the one who took it fills it; empty when the seat stays empty
   * @param reason why she left
   */
  record ReplacePanelMember(CommandContext context, se.participation.api.SortitionId sortition,
      se.participation.api.ParticipantId left, Optional<se.participation.api.Sortition.Seat> replacement, String reason)
      implements Command {
    /**
     * Rejects a missing or blank field, naming it.
     *
     * @throws NullPointerException naming the component when one is null
     * @throws IllegalArgumentException naming the component and its value when the value is not allowed
     */
    public ReplacePanelMember {
      Objects.requireNonNull(context, "context");
      Objects.requireNonNull(sortition, "sortition");
      Objects.requireNonNull(left, "left");
      Objects.requireNonNull(replacement, "replacement");
      Objects.requireNonNull(reason, "reason");
      new se.participation.api.Sortition.Replacement(context.at(), left, replacement, reason);
    }
  }

  /**
   * Marks a checklist question as not documented: the record does not hold its answer (for a
   * decision question) or the plan element (for the others), and says so, with why. Answering it
   * later supersedes the mark.
   *
   * <p>Issued by {@code PROCESS_OWNER}. Possible in {@code BESLUT}, {@code PLANERING}, {@code
   * GENOMFORANDE}, {@code ATERKOPPLING}, {@code UTVARDERING}.
   *
   * @param context who, when, on which process and version
   * @param question the checklist question
   * @param note why it is not documented, or where it might be found
   */
  record MarkUndocumented(CommandContext context, ChecklistQuestion question, Optional<String> note) implements Command {
    /**
     * Rejects a missing or blank field, naming it.
     *
     * @throws NullPointerException naming the component when one is null
     * @throws IllegalArgumentException naming the component and its value when the value is not allowed
     */
    public MarkUndocumented {
      Objects.requireNonNull(context, "context");
      Objects.requireNonNull(question, "question");
      Objects.requireNonNull(note, "note").ifPresent(v -> Checks.notBlank("note", v));
    }
  }

  /**
   * Grants an actor a role in this process: a facilitator, the administration, a deciding body,
   * a co-owner. Authority is bound to the process: a command is possible for an actor only with
   * a role it holds here (the owner holds {@code PROCESS_OWNER}; residents take part as {@code
   * PARTICIPANT} without a grant, as themselves).
   *
   * <p>Issued by {@code PROCESS_OWNER}. Possible in {@code BESLUT}, {@code PLANERING}, {@code
   * GENOMFORANDE}, {@code ATERKOPPLING}, {@code UTVARDERING}.
   *
   * @param context who, when, on which process and version
   * @param actor the actor who gets the role
   * @param role the role; not {@code PARTICIPANT}
   */
  record GrantRole(CommandContext context, se.participation.api.ActorId actor, se.participation.api.ActorRole role)
      implements Command {
    /**
     * Rejects a missing field, naming it.
     *
     * @throws NullPointerException naming the component when one is null
     */
    public GrantRole {
      Objects.requireNonNull(context, "context");
      Objects.requireNonNull(actor, "actor");
      Objects.requireNonNull(role, "role");
    }
  }

  /**
   * Revokes a role the owner granted.
   *
   * <p>Issued by {@code PROCESS_OWNER}. Possible in {@code BESLUT}, {@code PLANERING}, {@code
   * GENOMFORANDE}, {@code ATERKOPPLING}, {@code UTVARDERING}.
   *
   * @param context who, when, on which process and version
   * @param actor the actor who loses the role
   * @param role the role
   */
  record RevokeRole(CommandContext context, se.participation.api.ActorId actor, se.participation.api.ActorRole role)
      implements Command {
    /**
     * Rejects a missing field, naming it.
     *
     * @throws NullPointerException naming the component when one is null
     */
    public RevokeRole {
      Objects.requireNonNull(context, "context");
      Objects.requireNonNull(actor, "actor");
      Objects.requireNonNull(role, "role");
    }
  }

  /**
   * Records the mandate for the dialogue: who gave it, the decision's case reference and what it
   * lets the dialogue influence (Beslut: "viktigt att som tjänsteperson ta reda på vilket mandat
   * som finns"). A later mandate replaces an earlier one.
   *
   * <p>Issued by {@code PROCESS_OWNER}. Possible in {@code BESLUT}, {@code PLANERING}.
   *
   * @param context who, when, on which process and version
   * @param mandate the mandate
   */
  record RecordMandate(CommandContext context, se.participation.api.Mandate mandate) implements Command {
    /**
     * Rejects a missing field, naming it.
     *
     * @throws NullPointerException naming the component when one is null
     */
    public RecordMandate {
      Objects.requireNonNull(context, "context");
      Objects.requireNonNull(mandate, "mandate");
    }
  }

  /**
   * Records a decision that residents took together with the city ("medbeslutande i viss form",
   * which a Medskapande dialogue may involve): a participatory budget's vote, a joint working
   * group's choice. The proposals are decided as by the committee, and the residents who decided
   * are named in their lineage.
   *
   * <p>Issued by {@code PROCESS_OWNER}, {@code COMMITTEE}. Possible in {@code GENOMFORANDE},
   * {@code ATERKOPPLING}.
   *
   * @param context who, when, on which process and version
   * @param approved proposals approved
   * @param declined proposals declined
   * @param residents the participants who decided with the city; at least one
   * @param how how the decision was taken, such as "Omröstning bland de boende, 212 röster"
   */
  record DecideWithResidents(CommandContext context, Set<ProposalId> approved, Set<ProposalId> declined,
      Set<se.participation.api.ParticipantId> residents, String how) implements Command {
    /**
     * Rejects a missing, empty or blank field, naming it.
     *
     * @throws NullPointerException naming the component when one is null
     * @throws IllegalArgumentException naming the component and its value when the value is not allowed
     */
    public DecideWithResidents {
      Objects.requireNonNull(context, "context");
      approved = Set.copyOf(Objects.requireNonNull(approved, "approved"));
      declined = Set.copyOf(Objects.requireNonNull(declined, "declined"));
      residents = Set.copyOf(Objects.requireNonNull(residents, "residents"));
      Checks.notEmpty("residents", residents);
      Checks.notBlank("how", Objects.requireNonNull(how, "how"));
    }
  }

  /**
   * Hands proposals over as input to another body's work (a report, an inquiry, a plan) instead of
   * deciding them here: the dialogue produced them, and what becomes of them is that body's.
   *
   * <p>Issued by {@code PROCESS_OWNER}, {@code COMMITTEE}, {@code COUNCIL}. Possible in {@code
   * ATERKOPPLING}.
   *
   * @param context who, when, on which process and version
   * @param proposals the proposals handed over
   * @param recipient the body or work that receives them, such as "Kommittén för den statliga
   *     utredningen"
   * @param reason why, and the reference
   */
  record HandOverProposals(CommandContext context, Set<ProposalId> proposals, String recipient, String reason) implements Command {
    /**
     * Rejects a missing, empty or blank field, naming it.
     *
     * @throws NullPointerException naming the component when one is null
     * @throws IllegalArgumentException naming the component and its value when the value is not allowed
     */
    public HandOverProposals {
      Objects.requireNonNull(context, "context");
      proposals = Set.copyOf(Objects.requireNonNull(proposals, "proposals"));
      Checks.notEmpty("proposals", proposals);
      Checks.notBlank("recipient", Objects.requireNonNull(recipient, "recipient"));
      Checks.notBlank("reason", Objects.requireNonNull(reason, "reason"));
    }
  }

  /**
   * Erases a participant's personal data (GDPR): contact details and pseudonym go; the opaque id and the record stay.
   *
   * <p>Issued by {@code PROCESS_OWNER}. Possible in {@code BESLUT}, {@code PLANERING}, {@code
   * GENOMFORANDE}, {@code ATERKOPPLING}, {@code UTVARDERING}, also after the process ended.
   *
   * @param context who, when, on which process and version
   * @param participant the participant
   */
  record EraseParticipantData(CommandContext context, ParticipantId participant) implements Command {
    /**
     * Rejects a missing or blank field, naming it.
     *
     * @throws NullPointerException naming the component when one is null
     */
    public EraseParticipantData {
      Objects.requireNonNull(context, "context");
      Objects.requireNonNull(participant, "participant");
    }
  }
}
