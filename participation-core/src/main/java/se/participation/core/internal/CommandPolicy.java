// Copyright 2026 The Participation SDK authors
// SPDX-License-Identifier: Apache-2.0
package se.participation.core.internal;

import static se.participation.api.ActorRole.ADMINISTRATION;
import static se.participation.api.ActorRole.COMMITTEE;
import static se.participation.api.ActorRole.COUNCIL;
import static se.participation.api.ActorRole.FACILITATOR;
import static se.participation.api.ActorRole.PARTICIPANT;
import static se.participation.api.ActorRole.PROCESS_OWNER;
import static se.participation.api.Part.ATERKOPPLING;
import static se.participation.api.Part.BESLUT;
import static se.participation.api.Part.GENOMFORANDE;
import static se.participation.api.Part.PLANERING;
import static se.participation.api.Part.UTVARDERING;

import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import se.participation.api.ActorRole;
import se.participation.api.Part;
import se.participation.api.command.Command;

/** Who may issue each command, and in which parts it is possible: the state machine's table. */
public final class CommandPolicy {

  /**
   * The roles of which one is needed, and the parts in which the command is possible.
   *
   * @param command the command's simple name, as reasons name it
   * @param roles unmodifiable; an enum set
   * @param parts unmodifiable; an enum set
   * @param allowedWhenEnded whether the command may follow the end of the process
   * @param roleBits {@code roles} as bits, one per role's ordinal
   * @param partBits {@code parts} as bits, one per part's ordinal
   */
  public record Entry(String command, Set<ActorRole> roles, Set<Part> parts, boolean allowedWhenEnded, long roleBits,
      long partBits) {
    Entry(String command, Set<ActorRole> roles, Set<Part> parts, boolean allowedWhenEnded) {
      this(command, roles, parts, allowedWhenEnded, bits(roles), bits(parts));
    }

    /** Whether {@code role} is one of the roles of which one is needed: a bit test, on every command. */
    public boolean needs(ActorRole role) {
      return (roleBits & 1L << role.ordinal()) != 0;
    }

    /** Whether the command is possible in {@code part}: a bit test, on every command and every event of a fold. */
    public boolean possibleIn(Part part) {
      return (partBits & 1L << part.ordinal()) != 0;
    }

    private static long bits(Set<? extends Enum<?>> values) {
      long bits = 0;
      for (Enum<?> value : values) {
        bits |= 1L << value.ordinal();
      }
      return bits;
    }
  }

  /** Each command's entry, cached on its class: a lookup on every command. */
  private static final ClassValue<Entry> BY_COMMAND = new ClassValue<>() {
    @Override
    protected Entry computeValue(Class<?> type) {
      Entry entry = TABLE.get(type);
      if (entry == null) {
        throw new AssertionError("no policy for command " + type.getName());
      }
      return entry;
    }
  };

  private static final Map<Class<? extends Command>, Entry> TABLE = new LinkedHashMap<>();

  static {
    Set<Part> all = EnumSet.allOf(Part.class);
    put(Command.StartProcess.class, roles(PROCESS_OWNER), all);
    put(Command.AnswerDecisionQuestion.class, roles(PROCESS_OWNER), EnumSet.of(BESLUT));
    put(Command.ProceedWithDialogue.class, roles(PROCESS_OWNER), EnumSet.of(BESLUT));
    put(Command.ContinueWithoutDialogue.class, roles(PROCESS_OWNER), all);
    put(Command.Withdraw.class, roles(PROCESS_OWNER), all);
    put(Command.RecordPlan.class, roles(PROCESS_OWNER), EnumSet.of(PLANERING));
    put(Command.ApprovePlan.class, roles(PROCESS_OWNER), EnumSet.of(PLANERING));
    put(Command.ScheduleMeeting.class, roles(PROCESS_OWNER, FACILITATOR), EnumSet.of(PLANERING, GENOMFORANDE, ATERKOPPLING, UTVARDERING));
    put(Command.HoldMeeting.class, roles(PROCESS_OWNER, FACILITATOR), EnumSet.of(PLANERING, GENOMFORANDE, ATERKOPPLING, UTVARDERING));
    put(Command.FormSmallGroups.class, roles(PROCESS_OWNER, FACILITATOR), EnumSet.of(PLANERING, GENOMFORANDE, ATERKOPPLING, UTVARDERING));
    put(Command.RegisterParticipant.class, roles(PROCESS_OWNER, FACILITATOR), EnumSet.of(PLANERING, GENOMFORANDE));
    put(Command.SubmitProposal.class, roles(PROCESS_OWNER, FACILITATOR, PARTICIPANT), EnumSet.of(GENOMFORANDE));
    put(Command.ProposeMeasurement.class, roles(PROCESS_OWNER, FACILITATOR, PARTICIPANT), EnumSet.of(GENOMFORANDE, ATERKOPPLING));
    put(Command.RecordOffTopicMatter.class, roles(PROCESS_OWNER, FACILITATOR), EnumSet.of(GENOMFORANDE));
    put(Command.RouteOffTopicMatter.class, roles(PROCESS_OWNER, FACILITATOR), EnumSet.of(GENOMFORANDE, ATERKOPPLING));
    put(Command.ShortlistProposals.class, roles(PROCESS_OWNER, FACILITATOR), EnumSet.of(GENOMFORANDE, ATERKOPPLING));
    put(Command.MergeProposals.class, roles(PROCESS_OWNER, FACILITATOR), EnumSet.of(GENOMFORANDE, ATERKOPPLING));
    put(Command.DropProposal.class, roles(PROCESS_OWNER, FACILITATOR), EnumSet.of(GENOMFORANDE, ATERKOPPLING));
    put(Command.AdaptProposals.class, roles(PROCESS_OWNER, ADMINISTRATION), EnumSet.of(GENOMFORANDE, ATERKOPPLING));
    put(Command.DecideInCommittee.class, roles(COMMITTEE), EnumSet.of(ATERKOPPLING));
    put(Command.SendBackForRework.class, roles(COMMITTEE, COUNCIL), EnumSet.of(ATERKOPPLING));
    put(Command.ProposeToCouncil.class, roles(COMMITTEE), EnumSet.of(ATERKOPPLING));
    put(Command.DecideInCouncil.class, roles(COUNCIL), EnumSet.of(ATERKOPPLING));
    put(Command.DecideWithResidents.class, roles(PROCESS_OWNER, COMMITTEE), EnumSet.of(GENOMFORANDE, ATERKOPPLING));
    put(Command.HandOverProposals.class, roles(PROCESS_OWNER, COMMITTEE, COUNCIL), EnumSet.of(ATERKOPPLING));
    put(Command.GrantRole.class, roles(PROCESS_OWNER), all);
    put(Command.RevokeRole.class, roles(PROCESS_OWNER), all);
    put(Command.RecordMandate.class, roles(PROCESS_OWNER), EnumSet.of(BESLUT, PLANERING));
    put(Command.DeliverFeedback.class, roles(PROCESS_OWNER, FACILITATOR, ADMINISTRATION, COMMITTEE), EnumSet.of(PLANERING, GENOMFORANDE, ATERKOPPLING, UTVARDERING));
    put(Command.RecordEvaluationAnswer.class, roles(PROCESS_OWNER, FACILITATOR, PARTICIPANT), EnumSet.of(UTVARDERING));
    put(Command.MarkUndocumented.class, roles(PROCESS_OWNER), all);
    put(Command.RecordTally.class, roles(PROCESS_OWNER, FACILITATOR), all);
    put(Command.RecordInvitations.class, roles(PROCESS_OWNER, FACILITATOR), EnumSet.of(PLANERING, GENOMFORANDE));
    put(Command.RecordPool.class, roles(PROCESS_OWNER, FACILITATOR), EnumSet.of(PLANERING, GENOMFORANDE));
    put(Command.RecordPanelDraw.class, roles(PROCESS_OWNER, FACILITATOR), EnumSet.of(PLANERING, GENOMFORANDE));
    put(Command.ReplacePanelMember.class, roles(PROCESS_OWNER, FACILITATOR), EnumSet.of(PLANERING, GENOMFORANDE));
    put(Command.RecordLesson.class, roles(PROCESS_OWNER, FACILITATOR), EnumSet.of(UTVARDERING));
    put(Command.AdvancePart.class, roles(PROCESS_OWNER), EnumSet.of(GENOMFORANDE, ATERKOPPLING));
    put(Command.CloseProcess.class, roles(PROCESS_OWNER), EnumSet.of(UTVARDERING));
    TABLE.put(Command.EraseParticipantData.class,
        new Entry(Command.EraseParticipantData.class.getSimpleName(), roles(PROCESS_OWNER), frozen(all), true));
  }

  /** The command that causes each event, so a history can be held to the same parts. */
  private static final Map<Class<? extends se.participation.api.event.Event>, Class<? extends Command>> CAUSES =
      new java.util.HashMap<>();

  static {
    CAUSES.put(se.participation.api.event.Event.ProcessStarted.class, Command.StartProcess.class);
    CAUSES.put(se.participation.api.event.Event.DecisionQuestionAnswered.class, Command.AnswerDecisionQuestion.class);
    CAUSES.put(se.participation.api.event.Event.DialogueApproved.class, Command.ProceedWithDialogue.class);
    CAUSES.put(se.participation.api.event.Event.ContinuedWithoutDialogue.class, Command.ContinueWithoutDialogue.class);
    CAUSES.put(se.participation.api.event.Event.ProcessWithdrawn.class, Command.Withdraw.class);
    CAUSES.put(se.participation.api.event.Event.PlanRecorded.class, Command.RecordPlan.class);
    CAUSES.put(se.participation.api.event.Event.PlanApproved.class, Command.ApprovePlan.class);
    CAUSES.put(se.participation.api.event.Event.MeetingScheduled.class, Command.ScheduleMeeting.class);
    CAUSES.put(se.participation.api.event.Event.MeetingHeld.class, Command.HoldMeeting.class);
    CAUSES.put(se.participation.api.event.Event.SmallGroupsFormed.class, Command.FormSmallGroups.class);
    CAUSES.put(se.participation.api.event.Event.ParticipantRegistered.class, Command.RegisterParticipant.class);
    CAUSES.put(se.participation.api.event.Event.ProposalSubmitted.class, Command.SubmitProposal.class);
    CAUSES.put(se.participation.api.event.Event.MeasurementProposed.class, Command.ProposeMeasurement.class);
    CAUSES.put(se.participation.api.event.Event.OffTopicMatterRecorded.class, Command.RecordOffTopicMatter.class);
    CAUSES.put(se.participation.api.event.Event.OffTopicMatterRouted.class, Command.RouteOffTopicMatter.class);
    CAUSES.put(se.participation.api.event.Event.ProposalsShortlisted.class, Command.ShortlistProposals.class);
    CAUSES.put(se.participation.api.event.Event.ProposalsMerged.class, Command.MergeProposals.class);
    CAUSES.put(se.participation.api.event.Event.ProposalDropped.class, Command.DropProposal.class);
    CAUSES.put(se.participation.api.event.Event.ProposalsAdapted.class, Command.AdaptProposals.class);
    CAUSES.put(se.participation.api.event.Event.CommitteeDecided.class, Command.DecideInCommittee.class);
    CAUSES.put(se.participation.api.event.Event.ProposedToCouncil.class, Command.ProposeToCouncil.class);
    CAUSES.put(se.participation.api.event.Event.CouncilDecided.class, Command.DecideInCouncil.class);
    CAUSES.put(se.participation.api.event.Event.FeedbackDelivered.class, Command.DeliverFeedback.class);
    CAUSES.put(se.participation.api.event.Event.EvaluationAnswerRecorded.class, Command.RecordEvaluationAnswer.class);
    CAUSES.put(se.participation.api.event.Event.LessonRecorded.class, Command.RecordLesson.class);
    CAUSES.put(se.participation.api.event.Event.PartAdvanced.class, Command.AdvancePart.class);
    CAUSES.put(se.participation.api.event.Event.ProcessClosed.class, Command.CloseProcess.class);
    CAUSES.put(se.participation.api.event.Event.SentBackForRework.class, Command.SendBackForRework.class);
    CAUSES.put(se.participation.api.event.Event.TallyRecorded.class, Command.RecordTally.class);
    CAUSES.put(se.participation.api.event.Event.InvitationsSent.class, Command.RecordInvitations.class);
    CAUSES.put(se.participation.api.event.Event.PoolRecorded.class, Command.RecordPool.class);
    CAUSES.put(se.participation.api.event.Event.PanelDrawn.class, Command.RecordPanelDraw.class);
    CAUSES.put(se.participation.api.event.Event.PanelMemberReplaced.class, Command.ReplacePanelMember.class);
    CAUSES.put(se.participation.api.event.Event.MarkedUndocumented.class, Command.MarkUndocumented.class);
    CAUSES.put(se.participation.api.event.Event.ParticipantDataErased.class, Command.EraseParticipantData.class);
    CAUSES.put(se.participation.api.event.Event.MandateRecorded.class, Command.RecordMandate.class);
    CAUSES.put(se.participation.api.event.Event.RoleGranted.class, Command.GrantRole.class);
    CAUSES.put(se.participation.api.event.Event.RoleRevoked.class, Command.RevokeRole.class);
    CAUSES.put(se.participation.api.event.Event.ProposalsHandedOver.class, Command.HandOverProposals.class);
    CAUSES.put(se.participation.api.event.Event.DecidedWithResidents.class, Command.DecideWithResidents.class);
  }

  /** The entry of the command that causes each event, looked up once per event in a fold. */
  private static final ClassValue<Entry> BY_EVENT = new ClassValue<>() {
    @Override
    protected Entry computeValue(Class<?> type) {
      return of(cause(type.asSubclass(se.participation.api.event.Event.class)));
    }
  };

  /**
   * The entry of the command that causes an event.
   *
   * @throws IllegalArgumentException when no command causes events of its type
   */
  public static Entry causing(se.participation.api.event.Event event) {
    return BY_EVENT.get(event.getClass());
  }

  /**
   * The command that causes events of a type.
   *
   * @throws IllegalArgumentException when no command causes events of the type
   */
  public static Class<? extends Command> cause(Class<? extends se.participation.api.event.Event> type) {
    Class<? extends Command> command = CAUSES.get(type);
    if (command == null) {
      throw new IllegalArgumentException("no command causes " + type.getName());
    }
    return command;
  }

  private CommandPolicy() {}

  private static Set<ActorRole> roles(ActorRole first, ActorRole... more) {
    return frozen(EnumSet.of(first, more));
  }

  private static <E extends Enum<E>> Set<E> frozen(Set<E> values) {
    return Collections.unmodifiableSet(EnumSet.copyOf(values));
  }

  private static void put(Class<? extends Command> type, Set<ActorRole> roles, Set<Part> parts) {
    TABLE.put(type, new Entry(type.getSimpleName(), roles, frozen(parts), false));
  }

  /** The entry for a type of command. */
  public static Entry of(Class<? extends Command> type) {
    return BY_COMMAND.get(type);
  }
}
