// Copyright 2026 The Participation SDK authors
// SPDX-License-Identifier: Apache-2.0
package se.participation.json;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import se.participation.api.ActorId;
import se.participation.api.ChecklistAnswer;
import se.participation.api.ContactDetails;
import se.participation.api.EngagementLevel;
import se.participation.api.EvaluationAnswer;
import se.participation.api.FeedbackDelivery;
import se.participation.api.Lesson;
import se.participation.api.Meeting;
import se.participation.api.OffTopicMatter;
import se.participation.api.Participant;
import se.participation.api.Plan;
import se.participation.api.ProcessId;
import se.participation.api.ProposalDraft;
import se.participation.api.ProposalId;

/**
 * A process as a person writes it: metadata, the decision checklist's answers, the plan and, where
 * the process has got that far, participants, meetings, proposals and their lineage, feedback and
 * the evaluation. {@link ProcessDocuments#judge} turns it into commands and runs them through the
 * core, so a document is judged by exactly the rules of the API.
 *
 * @param schemaVersion the format's version; this reader knows {@value ProcessDocuments#SCHEMA_VERSION}
 * @param process what the process is
 * @param answers the decision checklist's answers, in the order given
 * @param decision whether to go ahead with a dialogue, continue without one, or withdraw
 * @param plan the plan, when written
 * @param planApproved when the plan was approved, if it was
 * @param participants who takes part, with contact details where they consented
 * @param meetings the meetings, with what happened at the held ones
 * @param proposals the proposals as submitted
 * @param offTopicMatters matters raised that do not concern the dialogue
 * @param lineage what happened to the proposals, in order
 * @param feedback feedback given
 * @param evaluationAnswers the participants' evaluation answers
 * @param lessons lessons learned
 * @param closed when the process was closed, if it was
 * @param undocumented the checklist questions the record says it does not document: a gap, not a no
 * @param tallies counts the record gives in aggregate: people invited or attending, contributions
 * @param mandate the mandate for the dialogue, when the record gives it
 * @param actors who acts in the record besides the owner, with the roles the owner granted them;
 *     a step {@code by} an actor without the role it needs is an input error
 * @param sortitions the panels drawn by lot: invitations, pool, panel and replacements, each dated
 */
public record ProcessDocument(
    int schemaVersion,
    Metadata process,
    List<ChecklistAnswer> answers,
    Optional<Decision> decision,
    Optional<Plan> plan,
    Optional<Instant> planApproved,
    List<Registration> participants,
    List<Meeting> meetings,
    List<ProposalDraft> proposals,
    List<OffTopicMatter> offTopicMatters,
    List<LineageEntry> lineage,
    List<FeedbackDelivery> feedback,
    List<EvaluationAnswer> evaluationAnswers,
    List<Lesson> lessons,
    Optional<Instant> closed,
    List<NotDocumented> undocumented,
    List<se.participation.api.Tally> tallies,
    Optional<se.participation.api.Mandate> mandate,
    List<ActorGrant> actors,
    List<se.participation.api.Sortition> sortitions) {

  /**
   * A document without sortitions, as the format was before it could hold them.
   *
   * @throws NullPointerException naming the component when one is null
   */
  public ProcessDocument(int schemaVersion, Metadata process, List<ChecklistAnswer> answers, Optional<Decision> decision,
      Optional<Plan> plan, Optional<Instant> planApproved, List<Registration> participants, List<Meeting> meetings,
      List<ProposalDraft> proposals, List<OffTopicMatter> offTopicMatters, List<LineageEntry> lineage,
      List<FeedbackDelivery> feedback, List<EvaluationAnswer> evaluationAnswers, List<Lesson> lessons,
      Optional<Instant> closed, List<NotDocumented> undocumented, List<se.participation.api.Tally> tallies,
      Optional<se.participation.api.Mandate> mandate, List<ActorGrant> actors) {
    this(schemaVersion, process, answers, decision, plan, planApproved, participants, meetings, proposals,
        offTopicMatters, lineage, feedback, evaluationAnswers, lessons, closed, undocumented, tallies, mandate, actors,
        List.of());
  }

  /**
   * An actor of the record and the roles it holds in the process.
   *
   * @param id the actor, as steps name it in {@code by}
   * @param roles its roles; not {@code PARTICIPANT}, which residents hold as themselves
   */
  public record ActorGrant(ActorId id, java.util.Set<se.participation.api.ActorRole> roles) {
    /**
     * Copies the roles.
     *
     * @throws NullPointerException naming the component when one is null
     * @throws IllegalArgumentException when no role is given
     */
    public ActorGrant {
      Objects.requireNonNull(id, "id");
      roles = java.util.Set.copyOf(roles);
      if (roles.isEmpty()) {
        throw new IllegalArgumentException("roles must name at least one role of " + id);
      }
    }
  }


  /**
   * Copies the lists and checks that nothing is missing.
   *
   * @throws NullPointerException naming the component when one is null
   */
  public ProcessDocument {
    Objects.requireNonNull(process, "process");
    answers = List.copyOf(answers);
    Objects.requireNonNull(decision, "decision");
    Objects.requireNonNull(plan, "plan");
    Objects.requireNonNull(planApproved, "planApproved");
    participants = List.copyOf(participants);
    meetings = List.copyOf(meetings);
    proposals = List.copyOf(proposals);
    offTopicMatters = List.copyOf(offTopicMatters);
    lineage = List.copyOf(lineage);
    feedback = List.copyOf(feedback);
    evaluationAnswers = List.copyOf(evaluationAnswers);
    lessons = List.copyOf(lessons);
    Objects.requireNonNull(closed, "closed");
    undocumented = List.copyOf(undocumented);
    tallies = List.copyOf(tallies);
    Objects.requireNonNull(mandate, "mandate");
    actors = List.copyOf(actors);
    sortitions = List.copyOf(sortitions);
  }

  /**
   * A checklist question the record does not document, and why.
   *
   * @param question the question, e.g. {@code PLANERING-14}
   * @param note why it is not documented, or where it might be found
   */
  public record NotDocumented(se.participation.api.ChecklistQuestion question, Optional<String> note) {
    /**
     * Checks that nothing is missing.
     *
     * @throws NullPointerException naming the component when one is null
     */
    public NotDocumented {
      Objects.requireNonNull(question, "question");
      Objects.requireNonNull(note, "note");
    }
  }

  /**
   * What the process is.
   *
   * @param id its id
   * @param title its title
   * @param question the question it is about
   * @param intendedLevel the level intended at the start
   * @param owner who owns it
   * @param started when it started
   */
  public record Metadata(
      ProcessId id, String title, String question, EngagementLevel intendedLevel, ActorId owner, Instant started) {
    /**
     * Checks that nothing is missing.
     *
     * @throws NullPointerException naming the component when one is null
     */
    public Metadata {
      Objects.requireNonNull(id, "id");
      Objects.requireNonNull(title, "title");
      Objects.requireNonNull(question, "question");
      Objects.requireNonNull(intendedLevel, "intendedLevel");
      Objects.requireNonNull(owner, "owner");
      Objects.requireNonNull(started, "started");
    }
  }

  /** What was decided in Beslut. */
  public enum Choice {
    /** Go ahead with a dialogue. */
    DIALOGUE,
    /** Continue as information instead. */
    INFORMATION,
    /** Continue as consultation instead. */
    KONSULTATION,
    /** Withdraw the process. */
    WITHDRAWN
  }

  /**
   * The decision taken in Beslut.
   *
   * @param choice what was decided
   * @param at when
   * @param reason why; required to continue without dialogue or to withdraw
   */
  public record Decision(Choice choice, Instant at, Optional<String> reason) {
    /**
     * Checks that nothing is missing.
     *
     * @throws NullPointerException naming the component when one is null
     * @throws IllegalArgumentException naming the component and its value when the value is not allowed
     */
    public Decision {
      Objects.requireNonNull(choice, "choice");
      Objects.requireNonNull(at, "at");
      Objects.requireNonNull(reason, "reason");
      if (choice != Choice.DIALOGUE && reason.isEmpty()) {
        throw new IllegalArgumentException("reason must be given to continue as " + choice);
      }
    }
  }

  /**
   * A participant and, with consent, their contact details.
   *
   * @param participant the participant
   * @param contact contact details, kept apart
   */
  public record Registration(Participant participant, Optional<ContactDetails> contact) {
    /**
     * Checks that nothing is missing.
     *
     * @throws NullPointerException naming the component when one is null
     */
    public Registration {
      Objects.requireNonNull(participant, "participant");
      Objects.requireNonNull(contact, "contact");
    }
  }

  /** A step of the proposals' lineage. */
  public enum Action {
    /** Keep proposals when the list is reduced. */
    SHORTLIST,
    /** Merge proposals into another one ({@code into}). */
    MERGE,
    /** Drop proposals, with a reason. */
    DROP,
    /** The administration adapts proposals into a new one ({@code adapted}). */
    ADAPT,
    /** The committee approves ({@code proposals}) and declines ({@code rejected}). */
    COMMITTEE,
    /** The committee proposes decided proposals to the council. */
    TO_COUNCIL,
    /** A deciding body (the {@code by}) sends proposals back for rework, with a reason. */
    SEND_BACK,
    /** The council adopts ({@code proposals}) or not ({@code rejected}). */
    COUNCIL,
    /** Proposals are handed over as input to another body's work ({@code recipient}), with a reason. */
    HAND_OVER,
    /**
     * Residents decide together with the city ({@code residents}): approve ({@code proposals}) or
     * decline ({@code rejected}), with how in {@code reason}.
     */
    CO_DECIDE
  }

  /**
   * One step of what happened to the proposals.
   *
   * @param action what happened
   * @param at when
   * @param by who, if not the process owner
   * @param proposals the proposals it concerns (kept, merged, dropped, adapted, approved, adopted)
   * @param rejected proposals declined by the committee or not adopted by the council
   * @param into the proposal merged into
   * @param adapted the administration's new proposal
   * @param reason why, or the decision's reference
   * @param body the deciding body of a {@code COMMITTEE} or {@code COUNCIL} step when it is another
   *     (a board, a management group, a government agency)
   * @param recipient the body or work proposals are handed over to
   * @param residents the residents who decided together with the city, for {@code CO_DECIDE}
   */
  public record LineageEntry(
      Action action,
      Instant at,
      Optional<ActorId> by,
      Set<ProposalId> proposals,
      Set<ProposalId> rejected,
      Optional<ProposalId> into,
      Optional<ProposalDraft> adapted,
      Optional<String> reason,
      Optional<String> body,
      Optional<String> recipient,
      Set<se.participation.api.ParticipantId> residents) {
    /**
     * Checks the entry has what its action needs.
     *
     * @throws NullPointerException naming the component when one is null
     * @throws IllegalArgumentException naming the component and its value when the value is not allowed
     */
    public LineageEntry {
      Objects.requireNonNull(action, "action");
      Objects.requireNonNull(at, "at");
      Objects.requireNonNull(by, "by");
      proposals = Set.copyOf(proposals);
      rejected = Set.copyOf(rejected);
      Objects.requireNonNull(into, "into");
      Objects.requireNonNull(adapted, "adapted");
      Objects.requireNonNull(reason, "reason");
      Objects.requireNonNull(body, "body");
      Objects.requireNonNull(recipient, "recipient");
      residents = Set.copyOf(residents);
      if (action == Action.CO_DECIDE && residents.isEmpty()) {
        throw new IllegalArgumentException("residents must name who decided together with the city");
      }
      if (action != Action.CO_DECIDE && !residents.isEmpty()) {
        throw new IllegalArgumentException("residents is only for CO_DECIDE, not " + action);
      }
      if (action == Action.HAND_OVER && recipient.isEmpty()) {
        throw new IllegalArgumentException("recipient must name the body or work the proposals are handed over to");
      }
      if (body.isPresent() && action != Action.COMMITTEE && action != Action.COUNCIL) {
        throw new IllegalArgumentException("body is only for COMMITTEE and COUNCIL, not " + action);
      }
      if (action == Action.MERGE && into.isEmpty()) {
        throw new IllegalArgumentException("into must name the proposal merged into");
      }
      if (action == Action.ADAPT && adapted.isEmpty()) {
        throw new IllegalArgumentException("adapted must give the new proposal");
      }
      if (action != Action.SHORTLIST && reason.isEmpty()) {
        throw new IllegalArgumentException("reason must be given for " + action);
      }
    }
  }
}
