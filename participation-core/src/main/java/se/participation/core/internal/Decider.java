// Copyright 2026 The Participation SDK authors
// SPDX-License-Identifier: Apache-2.0
package se.participation.core.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import se.participation.api.ChecklistAnswer;
import se.participation.api.GroupId;
import se.participation.api.IdentityMode;
import se.participation.api.Meeting;
import se.participation.api.MeetingId;
import se.participation.api.Part;
import se.participation.api.Participant;
import se.participation.api.ParticipantId;
import se.participation.api.ParticipationProcess;
import se.participation.api.Proposal;
import se.participation.api.ProposalDraft;
import se.participation.api.ProposalId;
import se.participation.api.ProposalStatus;
import se.participation.api.ResidentInvolvement;
import se.participation.api.QuestionId;
import se.participation.api.SmallGroup;
import se.participation.api.TargetGroupId;
import se.participation.api.command.Command;
import se.participation.api.command.CommandContext;
import se.participation.api.command.Outcome;
import se.participation.api.command.Reason;
import se.participation.api.event.Event;
import se.participation.api.event.EventContext;
import se.participation.api.rule.Finding;
import se.participation.api.rule.RuleSet;

/**
 * The pure decision: a command and the current process in, the event it causes or every reason it
 * is refused out. No clock, no I/O; the command brings the time and the actor.
 */
public final class Decider {
  private static final Set<ProposalStatus> OPEN =
      EnumSet.of(ProposalStatus.SUBMITTED, ProposalStatus.SHORTLISTED, ProposalStatus.ADAPTED, ProposalStatus.SENT_BACK);
  private static final Set<ProposalStatus> ADAPTABLE =
      EnumSet.of(ProposalStatus.SUBMITTED, ProposalStatus.SHORTLISTED, ProposalStatus.ADAPTED, ProposalStatus.SENT_BACK,
          ProposalStatus.SUPERSEDED);
  private static final Set<ProposalStatus> HANDABLE =
      EnumSet.of(ProposalStatus.SUBMITTED, ProposalStatus.SHORTLISTED, ProposalStatus.ADAPTED, ProposalStatus.SENT_BACK,
          ProposalStatus.DECIDED);

  private final RuleSet rules;
  private final ParticipationProcess process;
  private final CommandContext context;
  private final List<Reason> reasons;
  /** The findings a move comes with; made by the first one, as most commands are not moves. */
  private @Nullable List<Finding> findings;
  private final boolean guarded;

  private Decider(
      RuleSet rules, ParticipationProcess process, CommandContext context, List<Reason> reasons, boolean guarded) {
    this.guarded = guarded;
    this.rules = rules;
    this.process = process;
    this.context = context;
    this.reasons = reasons;
  }

  /** Decides a command against the process, or against no process for {@code StartProcess}. */
  public static Outcome decide(
      RuleSet rules, @Nullable ParticipationProcess process, Command command) {
    return decide(rules, process, command, true);
  }

  /**
   * Decides a command; when {@code guarded} is false a move is not refused for its part's blocking
   * findings, which come with the acceptance instead (a record says the move happened).
   */
  public static Outcome decide(
      RuleSet rules, @Nullable ParticipationProcess process, Command command, boolean guarded) {
    List<Reason> reasons = new ArrayList<>();
    CommandContext context = command.context();
    CommandPolicy.Entry policy = CommandPolicy.of(command.getClass());
    String name = policy.command();
    // Authority is bound to the process: of the roles the caller claims, only those the actor
    // holds here count (the owner's, the owner's grants, and PARTICIPANT, which a resident holds
    // as herself). Before the process exists, whoever claims PROCESS_OWNER may start it.
    if (!authorized(process, context, policy)) {
      Set<se.participation.api.ActorRole> held = EnumSet.noneOf(se.participation.api.ActorRole.class);
      held.addAll(context.actor().roles());
      if (process != null) {
        Set<se.participation.api.ActorRole> inProcess = EnumSet.noneOf(se.participation.api.ActorRole.class);
        inProcess.addAll(process.rolesOf(context.actor().id()));
        inProcess.add(se.participation.api.ActorRole.PARTICIPANT);
        held.retainAll(inProcess);
      }
      reasons.add(new Reason.Unauthorized(name, policy.roles(), held));
    }
    if (process == null) {
      if (!(command instanceof Command.StartProcess start)) {
        reasons.add(
            new Reason.InvalidInput("process", CoreTexts.text("input.noProcess", context.process())));
        return new Outcome.Rejected(reasons);
      }
      if (context.expectedVersion() != 0) {
        reasons.add(new Reason.InvalidInput("expectedVersion",
            CoreTexts.text("input.startVersion", context.expectedVersion())));
      }
      if (!reasons.isEmpty()) {
        return new Outcome.Rejected(reasons);
      }
      EventContext first =
          new EventContext(context.process(), 1, context.actor().id(), context.at());
      return new Outcome.Accepted(
          List.of(
              new Event.ProcessStarted(first, start.title(), start.question(), start.intendedLevel())),
          List.of());
    }
    boolean stateAllows = true;
    if (!context.process().equals(process.id())) {
      reasons.add(
          new Reason.InvalidInput(
              "process", CoreTexts.text("input.wrongProcess", context.process(), process.id())));
      stateAllows = false;
    }
    if (context.expectedVersion() != process.version()) {
      reasons.add(new Reason.Conflict(context.expectedVersion(), process.version()));
    }
    if (Evolver.tooEarly(context.at(), process.updatedAt())) {
      reasons.add(new Reason.InvalidInput("at", CoreTexts.text("input.timeBackwards", context.at(), process.updatedAt())));
    }
    if (command instanceof Command.StartProcess) {
      reasons.add(
          new Reason.InvalidInput("process", CoreTexts.text("input.alreadyStarted", process.id())));
      return new Outcome.Rejected(reasons);
    }
    if (process.status().isEnded() && !policy.allowedWhenEnded()) {
      reasons.add(new Reason.NotAllowedNow(name, process.part(), process.status(), policy.parts()));
      stateAllows = false;
    } else if (!policy.possibleIn(process.part())) {
      reasons.add(new Reason.NotAllowedNow(name, process.part(), process.status(), policy.parts()));
      stateAllows = false;
    }
    Decider decider = new Decider(rules, process, context, reasons, guarded);
    Event event = decider.handle(command, stateAllows);
    if (!reasons.isEmpty() || event == null) {
      return new Outcome.Rejected(reasons);
    }
    List<Finding> findings = decider.findings;
    return new Outcome.Accepted(List.of(event), findings == null ? List.of() : findings);
  }

  /**
   * Whether the caller may give the command: one of the roles she claims is one the command needs
   * and one she holds here (the owner's, the owner's grants, and {@code PARTICIPANT}, which a
   * resident holds as herself); before the process exists, whoever claims the role.
   */
  private static boolean authorized(
      @Nullable ParticipationProcess process, CommandContext context, CommandPolicy.Entry needed) {
    se.participation.api.ActorId actor = context.actor().id();
    for (se.participation.api.ActorRole role : context.actor().roles()) {
      if (needed.needs(role) && (process == null || role == se.participation.api.ActorRole.PARTICIPANT
          || role == se.participation.api.ActorRole.PROCESS_OWNER && actor.equals(process.owner())
          || process.grants().getOrDefault(actor, Set.of()).contains(role))) {
        return true;
      }
    }
    return false;
  }

  /** Whether the caller claims no role but {@code PARTICIPANT}: a resident acting as herself. */
  private boolean byResident() {
    for (se.participation.api.ActorRole role : context.actor().roles()) {
      if (role != se.participation.api.ActorRole.PARTICIPANT) {
        return false;
      }
    }
    return true;
  }

  /** The actor an anonymous or pseudonymous contribution is recorded with when its author submits it. */
  public static final se.participation.api.ActorId ANONYMOUS = se.participation.api.ActorId.of("anonym");

  /** The actor a pseudonymous contribution is recorded with when its author submits it. */
  public static final se.participation.api.ActorId PSEUDONYMOUS = se.participation.api.ActorId.of("pseudonym");

  /**
   * The context of a contribution: when a participant submits an anonymous or pseudonymous one
   * themself, the record does not keep who they are, not even as the event's actor (residents
   * fear reprisals, seed 004); the city's own staff submitting it on someone's behalf stay named.
   */
  private EventContext contributor(EventContext next, IdentityMode mode) {
    if (!byResident() || mode == IdentityMode.NAMED || mode == IdentityMode.COLLECTIVE) {
      return next;
    }
    return new EventContext(next.process(), next.version(), mode == IdentityMode.ANONYMOUS ? ANONYMOUS : PSEUDONYMOUS, next.at());
  }

  /**
   * The participant a resident acts as: an actor whose only role is {@code PARTICIPANT} is the
   * participant with the same id, and acts only as herself (issue "Trust", §1).
   */
  private Optional<ParticipantId> self() {
    return byResident() ? Optional.of(ParticipantId.of(context.actor().id().value())) : Optional.empty();
  }

  /** A resident names only herself as author: of a named or pseudonymous text, or as one of a group. */
  private void asThemselves(se.participation.api.Authorship authorship) {
    Optional<ParticipantId> me = self();
    if (me.isEmpty()) {
      return;
    }
    Set<ParticipantId> others = new HashSet<>(authorship.authors());
    others.remove(me.get());
    boolean allowed = switch (authorship.mode()) {
      case NAMED, PSEUDONYMOUS -> others.isEmpty();
      case COLLECTIVE -> authorship.authors().isEmpty() || authorship.authors().contains(me.get());
      case ANONYMOUS -> true;
    };
    if (!allowed) {
      invalid("proposal.authorship.authors", "input.actsAsOther", context.actor().id(),
          others.stream().map(Object::toString).sorted().collect(java.util.stream.Collectors.joining(", ")));
    }
  }

  private EventContext next() {
    return new EventContext(process.id(), process.version() + 1, context.actor().id(), context.at());
  }

  private void invalid(String field, String key, Object... arguments) {
    reasons.add(new Reason.InvalidInput(field, CoreTexts.text(key, arguments)));
  }

  /** Evaluates the rules of the current part; blocking findings refuse the move. */
  private void guardMove(boolean stateAllows) {
    if (!stateAllows) {
      return;
    }
    for (Finding finding : RuleEngine.evaluate(rules, process, process.part())) {
      if (finding.isBlocking() && guarded) {
        reasons.add(new Reason.Blocked(finding));
      } else {
        List<Finding> made = findings;
        if (made == null) {
          made = new ArrayList<>();
          findings = made;
        }
        made.add(finding);
      }
    }
  }

  private @Nullable Event handle(Command command, boolean stateAllows) {
    EventContext next = next();
    if (command instanceof Command.AnswerDecisionQuestion c) {
      if (c.question().part() != Part.BESLUT) {
        invalid("question", "input.notDecisionQuestion", c.question().id());
        return null;
      }
      ChecklistAnswer answer =
          ChecklistAnswer.builder()
              .question(c.question())
              .yes(c.yes())
              .answeredBy(context.actor().id())
              .answeredAt(context.at())
              .comment(c.comment())
              .build();
      return new Event.DecisionQuestionAnswered(next, answer);
    } else if (command instanceof Command.ProceedWithDialogue) {
      guardMove(stateAllows);
      return new Event.DialogueApproved(next);
    } else if (command instanceof Command.ContinueWithoutDialogue c) {
      if (c.level().isDialogue()) {
        invalid("level", "input.notNonDialogueLevel", c.level());
      }
      return new Event.ContinuedWithoutDialogue(next, c.level(), c.reason());
    } else if (command instanceof Command.Withdraw c) {
      return new Event.ProcessWithdrawn(next, c.reason());
    } else if (command instanceof Command.RecordPlan c) {
      return new Event.PlanRecorded(next, c.plan());
    } else if (command instanceof Command.ApprovePlan) {
      guardMove(stateAllows);
      return new Event.PlanApproved(next);
    } else if (command instanceof Command.ScheduleMeeting c) {
      Meeting meeting = c.meeting();
      if (process.meetings().containsKey(meeting.id())) {
        invalid("meeting.id", "input.duplicateId", meeting.id());
      }
      if (meeting.held() || !meeting.attendance().isEmpty() || !meeting.documentation().isEmpty()) {
        invalid("meeting", "input.meetingNotNew", meeting.id());
      }
      return new Event.MeetingScheduled(next, meeting);
    } else if (command instanceof Command.HoldMeeting c) {
      Meeting meeting = process.meetings().get(c.meeting());
      if (meeting == null) {
        invalid("meeting", "input.unknownMeeting", c.meeting());
      } else if (meeting.held()) {
        invalid("meeting", "input.meetingHeld", c.meeting());
      } else if (process.part() == Part.PLANERING && meeting.stage()
          .filter(s -> s == ResidentInvolvement.PROBLEM_IDENTIFICATION || s == ResidentInvolvement.PLANNING).isEmpty()) {
        // Before the plan is approved only a meeting for identifying the problem or planning the
        // work is held (a Medskapande dialogue's residents plan with the city).
        invalid("meeting", "input.meetingBeforeApproval", c.meeting());
      }
      participantsExist("attendance", c.attendance());
      questionsPlanned("questionsDiscussed", c.questionsDiscussed());
      return new Event.MeetingHeld(
          next, c.meeting(), c.attendance(), c.questionsDiscussed(), c.documentation());
    } else if (command instanceof Command.FormSmallGroups c) {
      Meeting meeting = process.meetings().get(c.meeting());
      if (meeting == null) {
        invalid("meeting", "input.unknownMeeting", c.meeting());
      } else {
        Set<Object> ids = new HashSet<>();
        meeting.groups().forEach(g -> ids.add(g.id()));
        for (SmallGroup group : c.groups()) {
          if (!ids.add(group.id())) {
            invalid("groups", "input.duplicateId", group.id());
          }
          participantsExist("groups[" + group.id() + "].members", group.members());
        }
      }
      return new Event.SmallGroupsFormed(next, c.meeting(), c.groups());
    } else if (command instanceof Command.RegisterParticipant c) {
      Participant participant = c.participant();
      if (process.participants().containsKey(participant.id())) {
        invalid("participant.id", "input.duplicateId", participant.id());
      }
      for (TargetGroupId group : participant.targetGroups()) {
        if (process.plan().targetGroup(group).isEmpty()) {
          invalid("participant.targetGroups", "input.unknownTargetGroup", group);
        }
      }
      se.participation.api.ContactDetails contact = c.contact().orElse(null);
      if (contact != null) {
        if (!contact.participant().equals(participant.id())) {
          invalid("contact.participant", "input.contactMismatch", contact.participant(), participant.id());
        }
        if (participant.identity() == IdentityMode.ANONYMOUS) {
          invalid("contact", "input.contactAnonymous", participant.id());
        } else if (participant.identity() == IdentityMode.PSEUDONYMOUS && revealsName(participant, contact)) {
          invalid("participant.id", "input.pseudonymRevealsName", participant.id());
        } else if (participant.consent().isEmpty()) {
          invalid("contact", "input.contactWithoutConsent", participant.id());
        }
      }
      return new Event.ParticipantRegistered(next, participant, c.contact());
    } else if (command instanceof Command.SubmitProposal c) {
      checkDraft("proposal", c.proposal());
      asThemselves(c.proposal().authorship());
      return new Event.ProposalSubmitted(contributor(next, c.proposal().authorship().mode()), c.proposal());
    } else if (command instanceof Command.ProposeMeasurement c) {
      Proposal proposal = process.proposals().get(c.proposal());
      if (proposal == null) {
        invalid("proposal", "input.unknownProposal", c.proposal());
      } else if (proposal.status().isDiscarded() || proposal.status() == ProposalStatus.SUPERSEDED) {
        invalid("proposal", "input.proposalStatus", c.proposal(), proposal.status(), OPEN);
      } else if (self().filter(me -> !proposal.authorship().authors().contains(me)).isPresent()) {
        invalid("proposal", "input.notTheirs", context.actor().id(), c.proposal());
      }
      return new Event.MeasurementProposed(next, c.proposal(), c.measurement());
    } else if (command instanceof Command.RecordOffTopicMatter c) {
      if (process.offTopicMatters().containsKey(c.matter().id())) {
        invalid("matter.id", "input.duplicateId", c.matter().id());
      }
      c.matter().raisedAt().ifPresent(m -> meetingExists("matter.raisedAt", m));
      return new Event.OffTopicMatterRecorded(next, c.matter());
    } else if (command instanceof Command.RouteOffTopicMatter c) {
      if (!process.offTopicMatters().containsKey(c.matter())) {
        invalid("matter", "input.unknownOffTopic", c.matter());
      }
      return new Event.OffTopicMatterRouted(next, c.matter(), c.routedTo());
    } else if (command instanceof Command.ShortlistProposals c) {
      notEmpty("proposals", c.proposals());
      proposalsIn("proposals", c.proposals(), EnumSet.of(ProposalStatus.SUBMITTED, ProposalStatus.SHORTLISTED));
      return new Event.ProposalsShortlisted(next, c.proposals(), c.reason());
    } else if (command instanceof Command.MergeProposals c) {
      notEmpty("merged", c.merged());
      if (c.merged().contains(c.into())) {
        invalid("into", "input.mergeIntoItself", c.into());
      }
      proposalsIn("merged", c.merged(), OPEN);
      proposalsIn("into", Set.of(c.into()), OPEN);
      return new Event.ProposalsMerged(next, c.merged(), c.into(), c.reason());
    } else if (command instanceof Command.DropProposal c) {
      proposalsIn("proposal", Set.of(c.proposal()), OPEN);
      return new Event.ProposalDropped(next, c.proposal(), c.reason());
    } else if (command instanceof Command.AdaptProposals c) {
      notEmpty("originals", c.originals());
      // Many to many: an original already taken into one adapted text may inform another (55
      // proposals clustered into 6 principles, some in several).
      proposalsIn("originals", c.originals(), ADAPTABLE);
      checkDraft("adapted", c.adapted());
      return new Event.ProposalsAdapted(next, c.originals(), c.adapted(), c.reason());
    } else if (command instanceof Command.DecideInCommittee c) {
      decision("approved", c.approved(), "declined", c.declined(), OPEN);
      return new Event.CommitteeDecided(next, c.approved(), c.declined(), c.reason(), c.body());
    } else if (command instanceof Command.SendBackForRework c) {
      notEmpty("proposals", c.proposals());
      proposalsIn("proposals", c.proposals(), EnumSet.of(ProposalStatus.ADAPTED, ProposalStatus.SHORTLISTED,
          ProposalStatus.SUBMITTED, ProposalStatus.PROPOSED_TO_COUNCIL));
      return new Event.SentBackForRework(next, c.proposals(), c.reason());
    } else if (command instanceof Command.ProposeToCouncil c) {
      notEmpty("proposals", c.proposals());
      proposalsIn("proposals", c.proposals(), EnumSet.of(ProposalStatus.DECIDED));
      return new Event.ProposedToCouncil(next, c.proposals(), c.reason());
    } else if (command instanceof Command.DecideInCouncil c) {
      decision(
          "adopted", c.adopted(), "notAdopted", c.notAdopted(),
          EnumSet.of(ProposalStatus.PROPOSED_TO_COUNCIL));
      return new Event.CouncilDecided(next, c.adopted(), c.notAdopted(), c.reason(), c.body());
    } else if (command instanceof Command.DecideWithResidents c) {
      decision("approved", c.approved(), "declined", c.declined(), OPEN);
      participantsExist("residents", c.residents());
      return new Event.DecidedWithResidents(next, c.approved(), c.declined(), c.residents(), c.how());
    } else if (command instanceof Command.HandOverProposals c) {
      proposalsIn("proposals", c.proposals(), HANDABLE);
      return new Event.ProposalsHandedOver(next, c.proposals(), c.recipient(), c.reason());
    } else if (command instanceof Command.GrantRole c) {
      if (c.role() == se.participation.api.ActorRole.PARTICIPANT) {
        invalid("role", "input.grantParticipant", c.actor());
      } else if (process.rolesOf(c.actor()).contains(c.role())) {
        invalid("role", "input.alreadyGranted", c.actor(), c.role());
      }
      return new Event.RoleGranted(next, c.actor(), c.role());
    } else if (command instanceof Command.RevokeRole c) {
      if (!process.grants().getOrDefault(c.actor(), Set.of()).contains(c.role())) {
        invalid("role", "input.notGranted", c.actor(), c.role());
      }
      return new Event.RoleRevoked(next, c.actor(), c.role());
    } else if (command instanceof Command.RecordMandate c) {
      return new Event.MandateRecorded(next, c.mandate());
    } else if (command instanceof Command.DeliverFeedback c) {
      if (process.feedback().stream().anyMatch(d -> d.id().equals(c.delivery().id()))) {
        invalid("delivery.id", "input.duplicateId", c.delivery().id());
      }
      participantsExist("delivery.participants", c.delivery().participants());
      return new Event.FeedbackDelivered(next, c.delivery());
    } else if (command instanceof Command.RecordEvaluationAnswer c) {
      c.answer().participant().ifPresent(p -> participantsExist("answer.participant", Set.of(p)));
      if (self().isPresent() && c.answer().participant().filter(p -> !p.equals(self().get())).isPresent()) {
        invalid("answer.participant", "input.actsAsOther", context.actor().id(), c.answer().participant().get());
      }
      return new Event.EvaluationAnswerRecorded(next, c.answer());
    } else if (command instanceof Command.RecordTally c) {
      c.tally().meeting().ifPresent(m -> meetingExists("tally.meeting", m));
      c.tally().proposal().ifPresent(p -> {
        if (!process.proposals().containsKey(p)) {
          invalid("tally.proposal", "input.unknownProposal", p);
        }
      });
      c.tally().group().ifPresent(g -> {
        if (process.plan().targetGroup(g).isEmpty()) {
          invalid("tally.group", "input.unknownTargetGroup", g);
        }
      });
      return new Event.TallyRecorded(next, c.tally());
    } else if (command instanceof Command.RecordInvitations c) {
      return new Event.InvitationsSent(next, c.sortition(), c.invited(), c.frame());
    } else if (command instanceof Command.RecordPool c) {
      se.participation.api.Sortition sortition = process.sortitions().get(c.sortition());
      if (sortition != null && sortition.panel().isPresent() && !c.pool().volunteers().approximate()
          && c.pool().volunteers().value() < sortition.panel().get().seats().size()) {
        invalid("pool.volunteers", "input.poolSmallerThanPanel", c.pool().volunteers().value(),
            sortition.panel().get().seats().size());
      }
      return new Event.PoolRecorded(next, c.sortition(), c.pool());
    } else if (command instanceof Command.RecordPanelDraw c) {
      se.participation.api.Sortition sortition = process.sortitions().get(c.sortition());
      if (sortition != null && sortition.panel().isPresent()) {
        invalid("sortition", "input.panelDrawnAlready", c.sortition());
      }
      int seats = c.panel().seats().size();
      if (sortition != null && sortition.pool().isPresent() && !sortition.pool().get().volunteers().approximate()
          && sortition.pool().get().volunteers().value() < seats) {
        invalid("panel.seats", "input.poolSmallerThanPanel", sortition.pool().get().volunteers().value(), seats);
      }
      for (se.participation.api.Sortition.Quota quota : c.panel().quotas()) {
        if (quota.min() > seats) {
          invalid("panel.quotas", "input.quotaAbovePanel", quota.category(), quota.feature(), quota.min(), seats);
        }
      }
      return new Event.PanelDrawn(next, c.sortition(), c.panel());
    } else if (command instanceof Command.ReplacePanelMember c) {
      se.participation.api.Sortition sortition = process.sortitions().get(c.sortition());
      if (sortition == null || sortition.panel().isEmpty()) {
        invalid("sortition", "input.noPanel", c.sortition());
      } else {
        if (!sortition.isSeated(c.left())) {
          invalid("left", "input.notSeated", c.left(), c.sortition());
        }
        if (c.replacement().isPresent() && sortition.isSeated(c.replacement().get().member())) {
          invalid("replacement.member", "input.seatedAlready", c.replacement().get().member(), c.sortition());
        }
      }
      return new Event.PanelMemberReplaced(next, c.sortition(), c.left(), c.replacement(), c.reason());
    } else if (command instanceof Command.MarkUndocumented c) {
      return new Event.MarkedUndocumented(next, c.question(), c.note());
    } else if (command instanceof Command.RecordLesson c) {
      return new Event.LessonRecorded(next, c.text());
    } else if (command instanceof Command.AdvancePart) {
      guardMove(stateAllows);
      Part from = process.part();
      Part to = from.next().orElse(from);
      return new Event.PartAdvanced(next, from, to);
    } else if (command instanceof Command.CloseProcess) {
      guardMove(stateAllows);
      return new Event.ProcessClosed(next);
    } else if (command instanceof Command.EraseParticipantData c) {
      Participant participant = process.participants().get(c.participant());
      if (participant == null) {
        invalid("participant", "input.unknownParticipant", c.participant());
      } else if (participant.erased()) {
        invalid("participant", "input.alreadyErased", c.participant());
      }
      return new Event.ParticipantDataErased(next, c.participant());
    }
    throw new AssertionError("unhandled command " + command.getClass().getName());
  }

  private void checkDraft(String field, ProposalDraft draft) {
    if (process.proposals().containsKey(draft.id())) {
      invalid(field + ".id", "input.duplicateId", draft.id());
    }
    if (!draft.authorship().authors().isEmpty()) {
      participantsExist(field + ".authorship.authors", draft.authorship().authors());
    }
    if (draft.authorship().mode() == IdentityMode.PSEUDONYMOUS) {
      // A pseudonymous text names only participants known by that same pseudonym: naming anyone
      // else would link a person the record knows to the pseudonym.
      for (ParticipantId author : draft.authorship().authors()) {
        Participant known = process.participants().get(author);
        if (known != null && !(known.identity() == IdentityMode.PSEUDONYMOUS
            && known.pseudonym().equals(draft.authorship().pseudonym()))) {
          invalid(field + ".authorship.authors", "input.pseudonymLinked", author);
        }
      }
    }
    if (!draft.questions().isEmpty()) {
      questionsPlanned(field + ".questions", draft.questions());
    }
    // Plain tests rather than ifPresent: a lambda capturing the field's name would be made on
    // every proposal, though most name neither a meeting nor a group.
    MeetingId meeting = draft.originMeeting().orElse(null);
    if (meeting != null) {
      meetingExists(field + ".originMeeting", meeting);
    }
    GroupId group = draft.originGroup().orElse(null);
    if (group != null) {
      Meeting origin = meeting == null ? null : process.meetings().get(meeting);
      boolean known = origin != null && origin.groups().stream().anyMatch(g -> g.id().equals(group));
      if (!known) {
        invalid(field + ".originGroup", "input.unknownGroup", group);
      }
    }
  }

  private void decision(
      String yesField,
      Set<ProposalId> yes,
      String noField,
      Set<ProposalId> no,
      Set<ProposalStatus> allowed) {
    if (yes.isEmpty() && no.isEmpty()) {
      invalid(yesField, "input.emptyDecision");
    }
    for (ProposalId id : yes) {
      if (no.contains(id)) {
        invalid(noField, "input.decisionOverlap", id);
      }
    }
    proposalsIn(yesField, yes, allowed);
    proposalsIn(noField, no, allowed);
  }

  private void notEmpty(String field, Collection<?> values) {
    if (values.isEmpty()) {
      invalid(field, "input.empty");
    }
  }

  private void proposalsIn(String field, Set<ProposalId> ids, Set<ProposalStatus> allowed) {
    for (ProposalId id : ids) {
      Proposal proposal = process.proposals().get(id);
      if (proposal == null) {
        invalid(field, "input.unknownProposal", id);
      } else if (!allowed.contains(proposal.status())) {
        invalid(field, "input.proposalStatus", id, proposal.status(), allowed);
      }
    }
  }

  /**
   * Whether a pseudonymous participant's shared identifiers carry the real name kept in the
   * separable contact details: the id or the pseudonym holds a part of the name of three letters
   * or more. It catches the plain mistakes ("anna-svensson" as the id of "Skogsmusen"); an id
   * chosen to be opaque is the embedder's duty.
   */
  private static boolean revealsName(Participant participant, se.participation.api.ContactDetails contact) {
    if (contact.name().isEmpty()) {
      return false;
    }
    String shared = (participant.id().value() + " " + participant.pseudonym().orElse(""))
        .toLowerCase(java.util.Locale.ROOT);
    for (String part : contact.name().get().toLowerCase(java.util.Locale.ROOT).split("[^\\p{L}]+")) {
      if (part.length() >= 3 && shared.contains(part)) {
        return true;
      }
    }
    return false;
  }

  private void participantsExist(String field, Set<ParticipantId> ids) {
    for (ParticipantId id : ids) {
      if (!process.participants().containsKey(id)) {
        invalid(field, "input.unknownParticipant", id);
      }
    }
  }

  private void questionsPlanned(String field, Set<QuestionId> ids) {
    for (QuestionId id : ids) {
      if (process.plan().question(id).isEmpty()) {
        invalid(field, "input.unknownQuestion", id);
      }
    }
  }

  private void meetingExists(String field, MeetingId id) {
    if (!process.meetings().containsKey(id)) {
      invalid(field, "input.unknownMeeting", id);
    }
  }
}
