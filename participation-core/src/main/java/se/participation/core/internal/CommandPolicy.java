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

import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import se.participation.api.ActorRole;
import se.participation.api.Part;
import se.participation.api.command.Command;

/** Who may issue each command, and in which parts it is possible: the state machine's table. */
public final class CommandPolicy {

  /** The roles of which one is needed, and the parts in which the command is possible. */
  public record Entry(Set<ActorRole> roles, Set<Part> parts, boolean allowedWhenEnded) {}

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
    put(Command.RecordMandate.class, roles(PROCESS_OWNER), EnumSet.of(BESLUT, PLANERING));
    put(Command.DeliverFeedback.class, roles(PROCESS_OWNER, FACILITATOR, ADMINISTRATION, COMMITTEE), EnumSet.of(PLANERING, GENOMFORANDE, ATERKOPPLING, UTVARDERING));
    put(Command.RecordEvaluationAnswer.class, roles(PROCESS_OWNER, FACILITATOR, PARTICIPANT), EnumSet.of(UTVARDERING));
    put(Command.MarkUndocumented.class, roles(PROCESS_OWNER), all);
    put(Command.RecordTally.class, roles(PROCESS_OWNER, FACILITATOR), all);
    put(Command.RecordLesson.class, roles(PROCESS_OWNER, FACILITATOR), EnumSet.of(UTVARDERING));
    put(Command.AdvancePart.class, roles(PROCESS_OWNER), EnumSet.of(GENOMFORANDE, ATERKOPPLING));
    put(Command.CloseProcess.class, roles(PROCESS_OWNER), EnumSet.of(UTVARDERING));
    TABLE.put(Command.EraseParticipantData.class, new Entry(roles(PROCESS_OWNER), all, true));
  }

  private CommandPolicy() {}

  private static Set<ActorRole> roles(ActorRole first, ActorRole... more) {
    return Set.copyOf(EnumSet.of(first, more));
  }

  private static void put(Class<? extends Command> type, Set<ActorRole> roles, Set<Part> parts) {
    TABLE.put(type, new Entry(roles, Set.copyOf(parts), false));
  }

  /** The entry for a type of command. */
  public static Entry of(Class<? extends Command> type) {
    Entry entry = TABLE.get(type);
    if (entry == null) {
      throw new AssertionError("no policy for command " + type.getName());
    }
    return entry;
  }
}
