// Copyright 2026 The Participation SDK authors
// SPDX-License-Identifier: Apache-2.0
package se.participation.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import se.participation.api.Activity;
import se.participation.api.Actor;
import se.participation.api.ActorRole;
import se.participation.api.AgendaItem;
import se.participation.api.Affectedness;
import se.participation.api.Authorship;
import se.participation.api.ChecklistQuestion;
import se.participation.api.CommunicationPlan;
import se.participation.api.Consent;
import se.participation.api.ContactDetails;
import se.participation.api.Coordination;
import se.participation.api.DateRange;
import se.participation.api.Documentation;
import se.participation.api.DocumentationKind;
import se.participation.api.EngagementLevel;
import se.participation.api.EvaluationAnswer;
import se.participation.api.EvaluationPlan;
import se.participation.api.ExpectedResult;
import se.participation.api.Facilitation;
import se.participation.api.Facilitator;
import se.participation.api.FeedbackAudience;
import se.participation.api.FeedbackDelivery;
import se.participation.api.FeedbackId;
import se.participation.api.FeedbackPlan;
import se.participation.api.GroupId;
import se.participation.api.IdentityMode;
import se.participation.api.Meeting;
import se.participation.api.MeetingFormat;
import se.participation.api.MeetingId;
import se.participation.api.OffTopicId;
import se.participation.api.OffTopicMatter;
import se.participation.api.Part;
import se.participation.api.Participant;
import se.participation.api.ParticipantId;
import se.participation.api.ParticipantRole;
import se.participation.api.ParticipationProcess;
import se.participation.api.Plan;
import se.participation.api.PlannedQuestion;
import se.participation.api.PoliticianInvolvement;
import se.participation.api.ProcessId;
import se.participation.api.ProposalDraft;
import se.participation.api.ProposalId;
import se.participation.api.ProposalKind;
import se.participation.api.QuestionId;
import se.participation.api.ResidentInvolvement;
import se.participation.api.SmallGroup;
import se.participation.api.TargetGroup;
import se.participation.api.TargetGroupId;
import se.participation.api.Timeline;
import se.participation.api.command.Command;
import se.participation.api.command.CommandContext;
import se.participation.api.command.Outcome;
import se.participation.api.event.Event;

/**
 * Drives a process through the engine, command by command, with a clock that ticks a minute per
 * command; the golden scenario is a small complete dialogue that satisfies every handbook rule.
 */
final class Scenario {
  static final ProcessId ID = ProcessId.of("test-1");
  static final Actor OWNER = Actor.of("anna", ActorRole.PROCESS_OWNER);
  static final Actor FACILITATOR = Actor.of("fia", ActorRole.FACILITATOR);
  static final Actor ADMINISTRATION = Actor.of("forvaltning", ActorRole.ADMINISTRATION);
  static final Actor COMMITTEE = Actor.of("namnd", ActorRole.COMMITTEE);
  static final Actor COUNCIL = Actor.of("kf", ActorRole.COUNCIL);
  static final ParticipantId P1 = ParticipantId.of("p1");
  static final ParticipantId P2 = ParticipantId.of("p2");
  static final ParticipantId P3 = ParticipantId.of("p3");
  static final MeetingId M1 = MeetingId.of("m1");
  static final QuestionId Q1 = QuestionId.of("q1");

  final ProcessEngine engine;
  private @Nullable ParticipationProcess process;
  private final List<Event> history = new ArrayList<>();
  private Instant clock = Instant.parse("2021-01-04T08:00:00Z");

  Scenario(ProcessEngine engine) {
    this.engine = engine;
  }

  Scenario() {
    this(ProcessEngine.withHandbookRulesOnly());
  }

  ParticipationProcess process() {
    if (process == null) {
      throw new IllegalStateException("not started");
    }
    return process;
  }

  List<Event> history() {
    return List.copyOf(history);
  }

  CommandContext context(Actor actor) {
    clock = clock.plusSeconds(60);
    return CommandContext.of(ID, process == null ? 0 : process.version(), actor, clock);
  }

  /** Decides a command built from a fresh context, without applying it. */
  Outcome decide(Actor actor, Function<CommandContext, Command> command) {
    return engine.decide(process, command.apply(context(actor)));
  }

  /** The owner grants each actor its roles in the process. */
  Scenario grant(Actor... actors) {
    for (Actor actor : actors) {
      for (ActorRole role : actor.roles()) {
        if (role != ActorRole.PARTICIPANT) {
          run(OWNER, c -> new Command.GrantRole(c, actor.id(), role));
        }
      }
    }
    return this;
  }

  /** Runs a command that must be accepted, and applies its events. */
  Scenario run(Actor actor, Function<CommandContext, Command> command) {
    Outcome outcome = decide(actor, command);
    assertThat(outcome).as("outcome").isInstanceOf(Outcome.Accepted.class);
    List<Event> events = ((Outcome.Accepted) outcome).events();
    history.addAll(events);
    process = engine.apply(process, events);
    return this;
  }

  static DateRange range(String start, String end) {
    return DateRange.of(LocalDate.parse(start), LocalDate.parse(end));
  }

  static TargetGroup young() {
    return TargetGroup.builder()
        .id(TargetGroupId.of("unga"))
        .name("Unga")
        .activity(Activity.LOW)
        .affectedness(Affectedness.HIGH)
        .hardToReach(true)
        .addOutreach("Besök på fritidsgårdar")
        .plannedParticipants(1)
        .build();
  }

  static TargetGroup associations() {
    return TargetGroup.builder()
        .id(TargetGroupId.of("foreningar"))
        .name("Föreningar")
        .activity(Activity.HIGH)
        .affectedness(Affectedness.HIGH)
        .build();
  }

  static Plan completePlan() {
    return Plan.builder()
        .purpose("Invånarna ska vara med och ta fram nämndens mål.")
        .addQuestion(PlannedQuestion.of("q1", "Vad är viktigast att fokusera på?", "Underlag till mål"))
        .phrasedQuestion("Vad ska nämnden ha för mål nästa år?")
        .promisedLevel(EngagementLevel.RESONEMANG)
        .timeline(
            Timeline.empty()
                .with(Part.BESLUT, range("2021-01-01", "2021-01-15"))
                .with(Part.PLANERING, range("2021-01-16", "2021-02-15"))
                .with(Part.GENOMFORANDE, range("2021-03-01", "2021-03-31"))
                .with(Part.ATERKOPPLING, range("2021-04-01", "2021-05-31"))
                .with(Part.UTVARDERING, range("2021-06-01", "2021-06-30")))
        .method("Två möten i små blandade grupper.")
        .addResponsible("Anna, socialförvaltningen")
        .coordination(new Coordination(List.of(), "Inga andra förvaltningar berörs."))
        .addTargetGroup(young())
        .addTargetGroup(associations())
        .politicians(new PoliticianInvolvement(true, "Nämndens ledamöter deltar i grupperna."))
        .facilitator(new Facilitator(Facilitation.INTERNAL, "Utvecklingsenheten"))
        .communication(new CommunicationPlan("Intranätet", "Inbjudan via föreningar"))
        .offTopicHandling("Sidofrågor skrivs upp och skickas till rätt förvaltning.")
        .risks("Få unga deltar.")
        .documentation("Anteckningar och foton från varje grupp.")
        .compilation("Förvaltningen sammanställer förslagen.")
        .feedback(FeedbackPlan.builder().how("Brev och möte").addChannel("e-post").build())
        .evaluation(
            EvaluationPlan.builder()
                .residentsEvaluate(true)
                .whatAndHow("Uppföljningsmöte med deltagarna.")
                .sharing("Erfarenheterna delas i stadens nätverk.")
                .build())
        .expectedResult(
            ExpectedResult.builder()
                .description("Förslag på mål med förslag på mätning")
                .kind(ProposalKind.GOAL)
                .withMeasurement(true)
                .build())
        .plannedOccasions(2)
        .residentInvolvement(EnumSet.allOf(ResidentInvolvement.class))
        .build();
  }

  static Meeting physicalMeeting(MeetingId id, String day) {
    return Meeting.builder()
        .id(id)
        .title("Möte " + id)
        .format(MeetingFormat.PHYSICAL)
        .start(LocalDateTime.parse(day + "T17:00"))
        .end(LocalDateTime.parse(day + "T19:00"))
        .location("Stadshuset")
        .addAgenda(new AgendaItem(LocalTime.of(17, 0), "Välkommen"))
        .addAgenda(new AgendaItem(LocalTime.of(17, 15), "Arbete i grupper"))
        .build();
  }

  static Participant named(ParticipantId id, ParticipantRole role, String group) {
    Participant.Builder builder =
        Participant.builder()
            .id(id)
            .role(role)
            .addTargetGroup(TargetGroupId.of(group))
            .consent(new Consent(Instant.parse("2021-02-01T10:00:00Z"), "Återkoppling"));
    if (role == ParticipantRole.ASSOCIATION_REPRESENTATIVE) {
      builder.association("Votra Drom");
    }
    return builder.build();
  }

  static ContactDetails contact(ParticipantId id) {
    return ContactDetails.builder().participant(id).email(id + "@example.se").build();
  }

  /** Start, a yes to every decision question. */
  Scenario decided() {
    run(OWNER, c -> new Command.StartProcess(c, "Mål för socialnämnden", "Vilka mål?", EngagementLevel.RESONEMANG));
    grant(FACILITATOR, ADMINISTRATION, COMMITTEE, COUNCIL);
    for (ChecklistQuestion question : ChecklistQuestion.decisionQuestions()) {
      run(OWNER, c -> new Command.AnswerDecisionQuestion(c, question, true, Optional.empty()));
    }
    run(OWNER, c -> new Command.RecordMandate(c, se.participation.api.Mandate.by("Socialnämnden").withCaseReference("SN 2020/12")));
    return this;
  }

  /** Decided, then a complete plan, participants and a scheduled meeting, in Planering. */
  Scenario planned() {
    decided();
    run(OWNER, Command.ProceedWithDialogue::new);
    run(OWNER, c -> new Command.RecordPlan(c, completePlan()));
    run(FACILITATOR, c -> new Command.RegisterParticipant(c, named(P1, ParticipantRole.RESIDENT, "unga"), Optional.of(contact(P1))));
    run(FACILITATOR, c -> new Command.RegisterParticipant(c, named(P2, ParticipantRole.ASSOCIATION_REPRESENTATIVE, "foreningar"), Optional.of(contact(P2))));
    run(
        FACILITATOR,
        c ->
            new Command.RegisterParticipant(
                c,
                Participant.builder()
                    .id(P3)
                    .role(ParticipantRole.RESIDENT)
                    .identity(IdentityMode.ANONYMOUS)
                    .feedbackChannel("kod-123")
                    .build(),
                Optional.empty()));
    run(FACILITATOR, c -> new Command.ScheduleMeeting(c, physicalMeeting(M1, "2021-03-10")));
    return this;
  }

  /** Planned, approved, the meeting held with proposals, in Genomförande. */
  Scenario carriedOut() {
    planned();
    run(OWNER, Command.ApprovePlan::new);
    run(
        FACILITATOR,
        c ->
            new Command.HoldMeeting(
                c,
                M1,
                Set.of(P1, P2, P3),
                Set.of(Q1),
                List.of(new Documentation(DocumentationKind.TEXT, "m1.pdf", "Anteckningar"), new Documentation(DocumentationKind.IMAGE, "m1-blädderblock.jpg", "Foton av blädderblocken"))));
    run(FACILITATOR, c -> new Command.FormSmallGroups(c, M1, List.of(new SmallGroup(GroupId.of("g1"), Set.of(P1, P2)))));
    run(
        Actor.of("p1", ActorRole.PARTICIPANT),
        c ->
            new Command.SubmitProposal(
                c,
                ProposalDraft.builder()
                    .id(ProposalId.of("pr1"))
                    .text("Fler personliga möten")
                    .kind(ProposalKind.GOAL)
                    .authorship(Authorship.named(P1))
                    .originMeeting(M1)
                    .originGroup(GroupId.of("g1"))
                    .addQuestion(Q1)
                    .build()));
    run(
        FACILITATOR,
        c ->
            new Command.SubmitProposal(
                c,
                ProposalDraft.builder()
                    .id(ProposalId.of("pr2"))
                    .text("Kritik av bemötandet")
                    .kind(ProposalKind.GOAL)
                    .authorship(Authorship.anonymous("förslagslåda"))
                    .build()));
    run(FACILITATOR, c -> new Command.RecordOffTopicMatter(c, OffTopicMatter.builder().id(OffTopicId.of("o1")).text("Trasig gatlampa").raisedAt(M1).build()));
    run(FACILITATOR, c -> new Command.RouteOffTopicMatter(c, OffTopicId.of("o1"), "Stadsbyggnadsförvaltningen"));
    run(FACILITATOR, c -> new Command.ProposeMeasurement(c, ProposalId.of("pr1"), "Andel som fått ett personligt möte"));
    return this;
  }

  /** Carried out, then lineage to adoption and feedback to all, in Återkoppling. */
  Scenario fedBack() {
    carriedOut();
    run(OWNER, Command.AdvancePart::new);
    run(FACILITATOR, c -> new Command.DropProposal(c, ProposalId.of("pr2"), "Rör bemötande, inte mål; skickat till enhetschef."));
    run(
        ADMINISTRATION,
        c ->
            new Command.AdaptProposals(
                c,
                Set.of(ProposalId.of("pr1")),
                ProposalDraft.builder()
                    .id(ProposalId.of("pr3"))
                    .text("Alla som vill ska erbjudas ett personligt möte")
                    .kind(ProposalKind.GOAL)
                    .authorship(Authorship.named(P1))
                    .measurement("Andel som erbjudits ett personligt möte")
                    .addQuestion(Q1)
                    .build(),
                "Stadens krav på målformulering"));
    run(COMMITTEE, c -> new Command.DecideInCommittee(c, Set.of(ProposalId.of("pr3")), Set.of(), "SN § 12"));
    run(COMMITTEE, c -> new Command.ProposeToCouncil(c, Set.of(ProposalId.of("pr3")), "SN § 12"));
    run(COUNCIL, c -> new Command.DecideInCouncil(c, Set.of(ProposalId.of("pr3")), Set.of(), "KF § 40"));
    run(FACILITATOR, c -> new Command.DeliverFeedback(c, delivery("f1", FeedbackAudience.PARTICIPANTS, "e-post").addParticipant(P1).addParticipant(P2).build()));
    run(FACILITATOR, c -> new Command.DeliverFeedback(c, delivery("f2", FeedbackAudience.ANONYMOUS_CHANNEL, "kod-123").build()));
    run(FACILITATOR, c -> new Command.DeliverFeedback(c, delivery("f3", FeedbackAudience.ANONYMOUS_CHANNEL, "förslagslåda").build()));
    run(COMMITTEE, c -> new Command.DeliverFeedback(c, delivery("f4", FeedbackAudience.DECISION_MAKERS, "möte").addDecisionMaker("Socialnämnden").build()));
    return this;
  }

  FeedbackDelivery.Builder delivery(String id, FeedbackAudience audience, String channel) {
    return FeedbackDelivery.builder()
        .id(FeedbackId.of(id))
        .audience(audience)
        .channel(channel)
        .at(clock)
        .content("Fullmäktige antog målet.");
  }

  /** Fed back, evaluated and closed: the golden complete process. */
  Scenario closed() {
    fedBack();
    run(OWNER, Command.AdvancePart::new);
    run(
        Actor.of("p1", ActorRole.PARTICIPANT),
        c -> new Command.RecordEvaluationAnswer(c, EvaluationAnswer.builder().participant(P1).question("Blev du lyssnad på?").answer("Ja").at(clock).build()));
    run(OWNER, c -> new Command.RecordLesson(c, "Personliga möten är värdefulla."));
    run(OWNER, Command.CloseProcess::new);
    return this;
  }
}
