// Copyright 2026 The Participation SDK authors
// SPDX-License-Identifier: Apache-2.0
package se.participation.testkit.generators;

import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import se.participation.api.Actor;
import se.participation.api.ActorId;
import se.participation.api.ActorRole;
import se.participation.api.Authorship;
import se.participation.api.ChecklistQuestion;
import se.participation.api.Documentation;
import se.participation.api.DocumentationKind;
import se.participation.api.EngagementLevel;
import se.participation.api.EvaluationAnswer;
import se.participation.api.FeedbackAudience;
import se.participation.api.FeedbackDelivery;
import se.participation.api.FeedbackId;
import se.participation.api.GroupId;
import se.participation.api.MeetingId;
import se.participation.api.OffTopicId;
import se.participation.api.OffTopicMatter;
import se.participation.api.Part;
import se.participation.api.Participant;
import se.participation.api.ParticipantId;
import se.participation.api.ParticipantRole;
import se.participation.api.ParticipationProcess;
import se.participation.api.Plan;
import se.participation.api.ProcessId;
import se.participation.api.ProposalDraft;
import se.participation.api.ProposalId;
import se.participation.api.ProposalKind;
import se.participation.api.ProposalStatus;
import se.participation.api.SmallGroup;
import se.participation.api.command.Command;
import se.participation.api.command.CommandContext;
import se.participation.core.Permissions;
import se.participation.testkit.property.Gen;
import se.participation.testkit.property.Source;

/** Generators of commands: arbitrary ones, and ones that move a process on. */
final class Commands {
  private Commands() {}

  /** The id of the generated actor for a role. */
  static ActorId actorId(ActorRole role) {
    return ActorId.of("aktor-" + role.name().toLowerCase(java.util.Locale.ROOT));
  }

  /** An actor holding one role, or sometimes two. */
  static Gen<Actor> actors() {
    return source -> {
      ActorRole role = Gen.elementOf(ActorRole.values()).generate(source);
      Set<ActorRole> roles = EnumSet.of(role);
      if (source.drawBoolean(0.2)) {
        roles.add(Gen.elementOf(ActorRole.values()).generate(source));
      }
      return new Actor(ActorId.of("aktor-" + role.name().toLowerCase(java.util.Locale.ROOT)), roles);
    };
  }

  /** An actor entitled to issue commands of this type. */
  static Gen<Actor> entitled(Class<? extends Command> type) {
    List<ActorRole> roles = List.copyOf(Permissions.requiredRoles(type));
    return Gen.elementOf(roles.stream().sorted().toList())
        .map(role -> new Actor(ActorId.of("aktor-" + role.name().toLowerCase(java.util.Locale.ROOT)), Set.of(role)));
  }

  /** A command that starts a process, from an entitled actor. */
  static Gen<Command> start(Instant at) {
    return source -> new Command.StartProcess(
        CommandContext.of(ProcessId.of("generated"), 0, entitled(Command.StartProcess.class).generate(source), at),
        "Process", "Frågan", Gen.elementOf(EngagementLevel.values()).generate(source));
  }

  static Gen<Command> arbitrary(@Nullable ParticipationProcess process, Instant at) {
    return source -> {
      long version = process == null ? 0 : process.version();
      if (source.drawBoolean(0.15)) {
        version = Gen.longs(0, version + 3).generate(source);
      }
      ProcessId id = process == null ? ProcessId.of("generated") : process.id();
      CommandContext context = CommandContext.of(id, version, actors().generate(source), at);
      return anyCommand(process, context).generate(source);
    };
  }

  private static <T> T pick(Source source, List<T> known, Function<Integer, T> fresh) {
    if (!known.isEmpty() && source.drawBoolean(0.8)) {
      return Gen.elementOf(known).generate(source);
    }
    return fresh.apply(Gen.integers(0, 99).generate(source));
  }

  static Gen<Command> anyCommand(@Nullable ParticipationProcess process, CommandContext c) {
    List<ProposalId> proposals = process == null ? List.of() : List.copyOf(process.proposals().keySet());
    List<ParticipantId> participants = process == null ? List.of() : List.copyOf(process.participants().keySet());
    List<MeetingId> meetings = process == null ? List.of() : List.copyOf(process.meetings().keySet());
    List<OffTopicId> matters = process == null ? List.of() : List.copyOf(process.offTopicMatters().keySet());
    Plan plan = process == null ? Plan.empty() : process.plan();
    return source -> {
      Function<Source, ProposalId> proposal = s -> pick(s, proposals, i -> ProposalId.of("x" + i));
      Function<Source, ParticipantId> participant = s -> pick(s, participants, i -> ParticipantId.of("x" + i));
      Function<Source, MeetingId> meeting = s -> pick(s, meetings, i -> MeetingId.of("x" + i));
      int kind = (int) source.draw(32);
      return switch (kind) {
        case 0 -> new Command.StartProcess(c, "Process", "Frågan", Gen.elementOf(EngagementLevel.values()).generate(source));
        case 1 -> new Command.AnswerDecisionQuestion(c, Gen.elementOf(ChecklistQuestion.values()).generate(source),
            source.drawBoolean(0.7), Optional.empty());
        case 2 -> new Command.ProceedWithDialogue(c);
        case 3 -> new Command.ContinueWithoutDialogue(c, Gen.elementOf(EngagementLevel.values()).generate(source), "Skäl");
        case 4 -> new Command.Withdraw(c, "Skäl");
        case 5 -> new Command.RecordPlan(c, source.drawBoolean(0.5) ? Generators.plans().generate(source)
            : Generators.plansWith(Gen.elementOf(PlanDefect.values()).generate(source)).generate(source));
        case 6 -> new Command.ApprovePlan(c);
        case 7 -> new Command.ScheduleMeeting(c, Generators.meeting("m" + meetings.size() + source.draw(3), LocalDate.of(2024, 6, 1)).generate(source));
        case 8 -> new Command.HoldMeeting(c, meeting.apply(source), Set.of(participant.apply(source)),
            plan.questions().isEmpty() ? Set.of() : Set.of(Gen.elementOf(plan.questions()).generate(source).id()),
            List.of(new Documentation(DocumentationKind.IMAGE, "bild.jpg", "Foto")));
        case 9 -> new Command.FormSmallGroups(c, meeting.apply(source),
            List.of(new SmallGroup(GroupId.of("g" + source.draw(5)), Set.of(participant.apply(source)))));
        case 10 -> new Command.RegisterParticipant(c, Participant.builder()
            .id(ParticipantId.of("n" + participants.size() + "-" + source.draw(5)))
            .role(Gen.elementOf(ParticipantRole.RESIDENT, ParticipantRole.POLITICIAN, ParticipantRole.OFFICIAL).generate(source))
            .build(), Optional.empty());
        case 11 -> new Command.SubmitProposal(c, ProposalDraft.builder()
            .id(ProposalId.of("n" + proposals.size() + "-" + source.draw(5))).text("Förslag")
            .kind(Gen.elementOf(ProposalKind.values()).generate(source))
            .authorship(participants.isEmpty() || source.drawBoolean(0.3) ? Authorship.anonymous("låda")
                : Authorship.named(Gen.elementOf(participants).generate(source)))
            .build());
        case 12 -> new Command.ProposeMeasurement(c, proposal.apply(source), "Mått");
        case 13 -> new Command.RecordOffTopicMatter(c, OffTopicMatter.builder()
            .id(OffTopicId.of("o" + matters.size() + "-" + source.draw(5))).text("Sidofråga").build());
        case 14 -> new Command.RouteOffTopicMatter(c, pick(source, matters, i -> OffTopicId.of("x" + i)), "Förvaltning");
        case 15 -> new Command.ShortlistProposals(c, Set.of(proposal.apply(source)), Optional.empty());
        case 16 -> new Command.MergeProposals(c, Set.of(proposal.apply(source)), proposal.apply(source), "Skäl");
        case 17 -> new Command.DropProposal(c, proposal.apply(source), "Skäl");
        case 18 -> new Command.AdaptProposals(c, Set.of(proposal.apply(source)), ProposalDraft.builder()
            .id(ProposalId.of("b" + proposals.size() + "-" + source.draw(5))).text("Bearbetat")
            .authorship(Authorship.anonymous("låda")).build(), "Skäl");
        case 19 -> new Command.DecideInCommittee(c, Set.of(proposal.apply(source)), Set.of(), "Beslut");
        case 20 -> new Command.ProposeToCouncil(c, Set.of(proposal.apply(source)), "Förslag");
        case 21 -> new Command.DecideInCouncil(c, Set.of(proposal.apply(source)), Set.of(), "Beslut");
        case 22 -> new Command.DeliverFeedback(c, feedback(source, participants, c.at()));
        case 23 -> new Command.RecordEvaluationAnswer(c, EvaluationAnswer.builder()
            .participant(participants.isEmpty() ? Optional.empty() : Optional.of(participant.apply(source)))
            .question("Fråga").answer("Svar").at(c.at()).build());
        case 24 -> new Command.RecordLesson(c, "Lärdom");
        case 25 -> new Command.AdvancePart(c);
        case 26 -> new Command.CloseProcess(c);
        case 30 -> new Command.DecideWithResidents(c, Set.of(proposal.apply(source)), Set.of(), Set.of(participant.apply(source)),
            "Omröstning");
        case 27 -> new Command.RecordMandate(c, se.participation.api.Mandate.by("Nämnden"));
        case 28 -> new Command.HandOverProposals(c, Set.of(proposal.apply(source)), "Utredningen", "Underlag");
        case 29 -> new Command.DecideInCommittee(c, Set.of(proposal.apply(source)), Set.of(), "Beslut",
            Optional.of("Styrelsen"));
        default -> new Command.EraseParticipantData(c, participant.apply(source));
      };
    };
  }

  private static FeedbackDelivery feedback(Source source, List<ParticipantId> participants, Instant at) {
    FeedbackAudience audience = Gen.elementOf(FeedbackAudience.values()).generate(source);
    FeedbackDelivery.Builder delivery = FeedbackDelivery.builder()
        .id(FeedbackId.of("d" + source.draw(1_000))).audience(audience).at(at).content("Resultat");
    switch (audience) {
      case PARTICIPANTS -> delivery.channel("e-post").participants(
          participants.isEmpty() ? Set.of(ParticipantId.of("x0")) : Set.copyOf(participants));
      case DECISION_MAKERS -> delivery.channel("möte").addDecisionMaker("Nämnden");
      case ANONYMOUS_CHANNEL -> delivery.channel(source.drawBoolean(0.5) ? "låda" : "kod-0");
    }
    return delivery.build();
  }

  /**
   * A command that likely moves the process on in its current part, from an actor entitled to it.
   */
  static Gen<Command> progress(ParticipationProcess process, Instant at) {
    return source -> {
      Command draft = progressCommand(process, CommandContext.of(process.id(), process.version(),
          Actor.of("utkast", ActorRole.PROCESS_OWNER), at), source);
      Actor actor = entitled(draft.getClass()).generate(source);
      return progressCommand(process, CommandContext.of(process.id(), process.version(), actor, at), source);
    };
  }

  private static Command progressCommand(ParticipationProcess p, CommandContext c, Source source) {
    Part part = p.part();
    switch (part) {
      case BESLUT -> {
        for (ChecklistQuestion q : ChecklistQuestion.decisionQuestions()) {
          if (!p.decisionAnswers().containsKey(q)) {
            return new Command.AnswerDecisionQuestion(c, q, true, Optional.empty());
          }
        }
        return new Command.ProceedWithDialogue(c);
      }
      case PLANERING -> {
        if (!p.plan().answers(ChecklistQuestion.PLANERING_1)) {
          return new Command.RecordPlan(c, Generators.plans().generate(Source.replaying(List.of())));
        }
        if (p.participants().size() < 2) {
          return new Command.RegisterParticipant(c, Participant.builder()
              .id(ParticipantId.of("deltagare-" + p.participants().size()))
              .role(ParticipantRole.RESIDENT).build(), Optional.empty());
        }
        if (p.meetings().size() < p.plan().plannedOccasions().orElse(1)) {
          return new Command.ScheduleMeeting(c, Generators.meeting("mote-" + p.meetings().size(),
              LocalDate.of(2024, 3, 1).plusDays(p.meetings().size())).generate(Source.replaying(List.of())));
        }
        return new Command.ApprovePlan(c);
      }
      case GENOMFORANDE -> {
        for (var meeting : p.meetings().values()) {
          if (!meeting.held()) {
            return new Command.HoldMeeting(c, meeting.id(), p.participants().keySet(), Set.of(),
                List.of(new Documentation(DocumentationKind.TEXT, "anteckningar.txt", "Anteckningar")));
          }
        }
        if (p.proposals().size() < 2) {
          return new Command.SubmitProposal(c, ProposalDraft.builder()
              .id(ProposalId.of("forslag-" + p.proposals().size())).text("Förslag").kind(ProposalKind.GOAL)
              .authorship(p.participants().isEmpty()
                  ? Authorship.anonymous("förslagslåda")
                  : Authorship.named(p.participants().keySet().iterator().next()))
              .build());
        }
        return new Command.AdvancePart(c);
      }
      case ATERKOPPLING -> {
        for (var proposal : p.proposals().values()) {
          if (proposal.status() == ProposalStatus.SUBMITTED || proposal.status() == ProposalStatus.SHORTLISTED) {
            return source.drawBoolean(0.5)
                ? new Command.DropProposal(c, proposal.id(), "Prioriterades bort")
                : new Command.DecideInCommittee(c, Set.of(proposal.id()), Set.of(), "Beslut");
          }
        }
        if (p.feedback().isEmpty()) {
          return new Command.DeliverFeedback(c, FeedbackDelivery.builder().id(FeedbackId.of("aterkoppling"))
              .audience(FeedbackAudience.DECISION_MAKERS).addDecisionMaker("Nämnden").channel("möte")
              .at(c.at()).content("Resultat").build());
        }
        if (p.feedback().size() == 1 && !p.participants().isEmpty()) {
          return new Command.DeliverFeedback(c, FeedbackDelivery.builder().id(FeedbackId.of("till-deltagare"))
              .audience(FeedbackAudience.PARTICIPANTS).participants(p.participants().keySet()).channel("e-post")
              .at(c.at()).content("Resultat").build());
        }
        return new Command.AdvancePart(c);
      }
      case UTVARDERING -> {
        if (p.lessons().isEmpty()) {
          return new Command.RecordLesson(c, "Lärdom");
        }
        if (p.evaluationAnswers().isEmpty()) {
          return new Command.RecordEvaluationAnswer(c, EvaluationAnswer.builder()
              .participant(p.participants().keySet().stream().findFirst()).question("Fråga").answer("Svar").at(c.at()).build());
        }
        return new Command.CloseProcess(c);
      }
    }
    throw new AssertionError("unhandled part " + part);
  }
}
