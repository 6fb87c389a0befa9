// Copyright 2026 The Participation SDK authors
// SPDX-License-Identifier: Apache-2.0
package se.participation.testkit;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import se.participation.api.Activity;
import se.participation.api.Actor;
import se.participation.api.ActorRole;
import se.participation.api.Affectedness;
import se.participation.api.AgendaItem;
import se.participation.api.Authorship;
import se.participation.api.ChecklistQuestion;
import se.participation.api.CommunicationPlan;
import se.participation.api.Coordination;
import se.participation.api.DateRange;
import se.participation.api.Documentation;
import se.participation.api.DocumentationKind;
import se.participation.api.EngagementLevel;
import se.participation.api.EvaluationPlan;
import se.participation.api.ExpectedResult;
import se.participation.api.Facilitation;
import se.participation.api.Facilitator;
import se.participation.api.FeedbackPlan;
import se.participation.api.IdentityMode;
import se.participation.api.Meeting;
import se.participation.api.MeetingFormat;
import se.participation.api.MeetingId;
import se.participation.api.Part;
import se.participation.api.Participant;
import se.participation.api.ParticipantId;
import se.participation.api.ParticipantRole;
import se.participation.api.Plan;
import se.participation.api.PlannedQuestion;
import se.participation.api.PoliticianInvolvement;
import se.participation.api.ProcessId;
import se.participation.api.ProposalDraft;
import se.participation.api.ProposalId;
import se.participation.api.ProposalKind;
import se.participation.api.TargetGroup;
import se.participation.api.TargetGroupId;
import se.participation.api.Timeline;
import se.participation.api.command.Command;
import se.participation.core.ProcessEngine;

/**
 * Variants of the sources beside the {@link Pilot}: the pilot with a "no" in its decision
 * checklist, the pilot's next round that invites young people over a longer period (seed 002),
 * and the labour-market administration's workshops with an anonymous channel for criticism (seed
 * 004).
 *
 * <p>As with the pilot, the facts named in each method's description come from the sources;
 * dates beyond the months given, head counts per group, ids, and every wording are illustrative.
 */
public final class Variants {
  private Variants() {}

  /**
   * The pilot as it would stand if there had been no time for a dialogue before the goals had to
   * be set: BESLUT-4 answered no (illustrative; the sources report all yes), so going ahead with a
   * dialogue is refused and the process stays in Beslut.
   */
  public static Fixture pilotWithNoInTheChecklist() {
    ProcessRecorder r = new ProcessRecorder(ProcessEngine.withHandbookRulesOnly(), ProcessId.of("socialnamnden-mal-nej"));
    r.at(Instant.parse("2020-02-03T09:00:00Z")).run(Pilot.OWNER, c -> new Command.StartProcess(
        c, "Invånarmedverkan i socialnämndens mål", "Vilka mål ska socialnämnden ha?", EngagementLevel.DELAKTIGHET));
    for (ChecklistQuestion question : ChecklistQuestion.decisionQuestions()) {
      boolean yes = question != ChecklistQuestion.BESLUT_4;
      Optional<String> comment = yes ? Optional.empty() : Optional.of("Målen ska beslutas innan en dialog hinner hållas.");
      r.run(Pilot.OWNER, c -> new Command.AnswerDecisionQuestion(c, question, yes, comment));
    }
    return Fixture.of(r);
  }

  /**
   * The pilot's next round as planned in seed 002: from autumn 2021, with more people who have
   * experience of the social services, and young people invited to widen the perspectives,
   * worked on over a longer period than the first time. Recorded up to the approved plan (in
   * Genomförande): the sources say nothing of how the round went.
   */
  public static Fixture nextRoundWithYoungPeople() {
    ProcessRecorder r = new ProcessRecorder(ProcessEngine.withHandbookRulesOnly(), ProcessId.of("socialnamnden-mal-2023"));
    r.at(Instant.parse("2021-06-01T09:00:00Z")).run(Pilot.OWNER, c -> new Command.StartProcess(
        c, "Invånarmedverkan i socialnämndens mål, omgång 2",
        "Vilka mål ska socialnämnden ha för verksamhetsåret 2023?", EngagementLevel.DELAKTIGHET));
    r.grant(Pilot.OWNER, Pilot.FACILITATOR, Pilot.ADMINISTRATION, Pilot.COMMITTEE, Pilot.COUNCIL);
    for (ChecklistQuestion question : ChecklistQuestion.decisionQuestions()) {
      r.run(Pilot.OWNER, c -> new Command.AnswerDecisionQuestion(c, question, true, Optional.empty()));
    }
    r.run(Pilot.OWNER, Command.ProceedWithDialogue::new);
    Plan plan = Plan.builder().from(Pilot.plan())
        .timeline(Timeline.empty()
            .with(Part.BESLUT, range("2021-06-01", "2021-06-30"))
            .with(Part.PLANERING, range("2021-07-01", "2021-08-31"))
            .with(Part.GENOMFORANDE, range("2021-09-01", "2022-02-28"))
            .with(Part.ATERKOPPLING, range("2022-03-01", "2022-06-30"))
            .with(Part.UTVARDERING, range("2022-09-01", "2022-12-31")))
        .method("Flera träffar under en längre period än första gången, också i format som passar unga.")
        .targetGroups(List.of(
            TargetGroup.builder().from(Pilot.plan().targetGroup(Pilot.RESIDENTS).orElseThrow()).plannedParticipants(10).build(),
            Pilot.plan().targetGroup(Pilot.ASSOCIATIONS).orElseThrow(),
            TargetGroup.builder().from(Pilot.plan().targetGroup(Pilot.YOUNG).orElseThrow())
                .outreach(List.of("Träffar där unga redan finns, t.ex. fritidsgårdar", "Inbjudan genom skolor och föreningar"))
                .plannedParticipants(8).build()))
        .plannedOccasions(4)
        .build();
    r.at(Instant.parse("2021-08-15T09:00:00Z")).run(Pilot.OWNER, c -> new Command.RecordPlan(c, plan));
    for (int i = 0; i < 4; i++) {
      Meeting meeting = Meeting.builder().id(MeetingId.of("traff-" + (i + 1))).title("Träff " + (i + 1))
          .format(MeetingFormat.PHYSICAL).location("Fritidsgård")
          .start(LocalDateTime.of(LocalDate.parse("2021-09-15").plusWeeks(6L * i), LocalTime.of(16, 0)))
          .end(LocalDateTime.of(LocalDate.parse("2021-09-15").plusWeeks(6L * i), LocalTime.of(18, 0)))
          .addAgenda(new AgendaItem(LocalTime.of(16, 0), "Fika och presentation"))
          .addAgenda(new AgendaItem(LocalTime.of(16, 30), "Arbete i små blandade grupper"))
          .build();
      r.run(Pilot.FACILITATOR, c -> new Command.ScheduleMeeting(c, meeting));
    }
    r.at(Instant.parse("2021-08-31T09:00:00Z")).run(Pilot.OWNER, Command.ApprovePlan::new);
    return Fixture.of(r);
  }

  /**
   * The labour-market administration's development group (seed 004): workshops on 15 and 22
   * November with about 30 residents from Jobbtorget, sfi, the association Votra Drom and
   * different housing areas, on how residents' influence can be improved and secured. Residents
   * want to submit proposals but fear reprisals for criticism, so criticism also comes in through
   * an anonymous channel. Recorded up to the held workshops (in Genomförande).
   */
  public static Fixture labourMarketWorkshops() {
    Actor owner = Actor.of("arbetsmarknadsforvaltningen", ActorRole.PROCESS_OWNER);
    Actor group = Actor.of("utvecklingsgruppen", ActorRole.FACILITATOR);
    ProcessRecorder r = new ProcessRecorder(ProcessEngine.withHandbookRulesOnly(), ProcessId.of("amf-invanarinflytande-2016"));
    r.at(Instant.parse("2016-10-03T09:00:00Z")).run(owner, c -> new Command.StartProcess(
        c, "Så ska vi arbeta med invånarna", "Hur kan invånarinflytandet i arbetsmarknadsförvaltningen förbättras och säkras?",
        EngagementLevel.RESONEMANG));
    r.grant(owner, group);
    for (ChecklistQuestion question : ChecklistQuestion.decisionQuestions()) {
      r.run(owner, c -> new Command.AnswerDecisionQuestion(c, question, true, Optional.empty()));
    }
    r.run(owner, Command.ProceedWithDialogue::new);
    TargetGroupId jobbtorget = TargetGroupId.of("jobbtorget");
    TargetGroupId sfi = TargetGroupId.of("sfi");
    TargetGroupId votraDrom = TargetGroupId.of("votra-drom");
    TargetGroupId housing = TargetGroupId.of("bostadsomraden");
    Plan plan = Plan.builder()
        .purpose("Få invånarnas syn på hur invånarinflytandet kan förbättras, till utvecklingsgruppens styrdokument.")
        .addQuestion(PlannedQuestion.of("inflytande", "Hur kan invånarinflytandet förbättras och säkras?", "Underlag till styrdokumentet"))
        .addQuestion(PlannedQuestion.of("hinder", "Vad är det största hindret i kontakten med förvaltningen?", "Underlag till förbättringar"))
        .phrasedQuestion("Hur vill ni kunna påverka arbetsmarknadsförvaltningen?")
        .promisedLevel(EngagementLevel.RESONEMANG)
        .timeline(Timeline.empty()
            .with(Part.BESLUT, range("2016-10-03", "2016-10-14"))
            .with(Part.PLANERING, range("2016-10-15", "2016-11-14"))
            .with(Part.GENOMFORANDE, range("2016-11-15", "2016-11-22"))
            .with(Part.ATERKOPPLING, range("2016-11-23", "2016-12-19"))
            .with(Part.UTVARDERING, range("2017-01-09", "2017-04-12")))
        .method("Två workshoppar där invånare och tjänstepersoner samtalar i grupper.")
        .addResponsible("Utvecklingsgruppen på arbetsmarknadsförvaltningen")
        .coordination(new Coordination(List.of("Vuxenutbildningen", "Ekonomiskt bistånd"), "Utvecklingsgruppen har medlemmar från verksamheterna."))
        .addTargetGroup(group(jobbtorget, "Deltagare på Jobbtorget", Activity.LOW, true, "Inbjudan genom handläggare"))
        .addTargetGroup(group(sfi, "Elever på sfi", Activity.LOW, true, "Inbjudan i undervisningen, tolk vid behov"))
        .addTargetGroup(group(votraDrom, "Föreningen Votra Drom", Activity.HIGH, false, ""))
        .addTargetGroup(group(housing, "Boende i olika bostadsområden", Activity.LOW, true, "Inbjudan genom bostadsområdenas mötesplatser"))
        .politicians(new PoliticianInvolvement(false, "Förvaltningens strategiska ledningsgrupp beslutar om styrdokumentet."))
        .facilitator(new Facilitator(Facilitation.INTERNAL, "Utvecklingsgruppen"))
        .communication(new CommunicationPlan("Intranätet", "Inbjudan genom verksamheterna och föreningen"))
        .offTopicHandling("Synpunkter på enskilda ärenden lämnas till berörd verksamhet.")
        .risks("Rädsla för repressalier vid kritik; ovan situation för båda parter.")
        .documentation("Anteckningar från varje grupp.")
        .compilation("Utvecklingsgruppen sammanställer synpunkterna i förslaget till styrdokument.")
        .feedback(FeedbackPlan.builder().how("Förslaget till styrdokument presenteras för deltagarna och publiceras.")
            .addChannel("möte").addChannel("anslagstavlan på Jobbtorget").build())
        .evaluation(EvaluationPlan.builder().residentsEvaluate(false).whatAndHow("Utvecklingsgruppen följer upp arbetet.").build())
        .expectedResult(ExpectedResult.builder().description("Synpunkter och förslag till styrdokumentet").kind(ProposalKind.OTHER).build())
        .plannedOccasions(2)
        .build();
    r.at(Instant.parse("2016-11-01T09:00:00Z")).run(owner, c -> new Command.RecordPlan(c, plan));
    List<TargetGroupId> groups = List.of(jobbtorget, sfi, votraDrom, housing);
    List<ParticipantId> residents = new ArrayList<>();
    for (int i = 1; i <= 30; i++) {
      ParticipantId id = ParticipantId.of("invanare-" + i);
      residents.add(id);
      TargetGroupId targetGroup = groups.get(i % groups.size());
      Participant participant = Participant.builder().id(id)
          .role(targetGroup.equals(votraDrom) ? ParticipantRole.ASSOCIATION_REPRESENTATIVE : ParticipantRole.RESIDENT)
          .association(targetGroup.equals(votraDrom) ? Optional.of("Votra Drom") : Optional.empty())
          .identity(IdentityMode.PSEUDONYMOUS).pseudonym("Deltagare " + i).feedbackChannel("workshop-uppföljning")
          .addTargetGroup(targetGroup).build();
      r.run(group, c -> new Command.RegisterParticipant(c, participant, Optional.empty()));
    }
    for (String day : List.of("2016-11-15", "2016-11-22")) {
      Meeting workshop = Meeting.builder().id(MeetingId.of("workshop-" + day)).title("Workshop " + day)
          .format(MeetingFormat.PHYSICAL).location("Arbetsmarknadsförvaltningen")
          .start(LocalDateTime.of(LocalDate.parse(day), LocalTime.of(13, 0)))
          .end(LocalDateTime.of(LocalDate.parse(day), LocalTime.of(16, 0)))
          .addAgenda(new AgendaItem(LocalTime.of(13, 0), "Inledning"))
          .addAgenda(new AgendaItem(LocalTime.of(13, 30), "Samtal i grupper"))
          .addAgenda(new AgendaItem(LocalTime.of(15, 30), "Vad tar vi med oss?"))
          .build();
      r.run(group, c -> new Command.ScheduleMeeting(c, workshop));
    }
    r.at(Instant.parse("2016-11-14T09:00:00Z")).run(owner, Command.ApprovePlan::new);
    Set<ParticipantId> attendance = new LinkedHashSet<>(residents);
    for (String day : List.of("2016-11-15", "2016-11-22")) {
      r.at(Instant.parse(day + "T16:00:00Z")).run(group, c -> new Command.HoldMeeting(c, MeetingId.of("workshop-" + day),
          attendance, Set.of(se.participation.api.QuestionId.of("inflytande"), se.participation.api.QuestionId.of("hinder")),
          List.of(new Documentation(DocumentationKind.TEXT, "workshop-" + day + ".docx", "Gruppernas anteckningar"))));
    }
    String[][] proposals = {
      {"forslag-1", "Alla som arbetar på förvaltningen ska känna till förvaltningens olika arbetsområden.", "group"},
      {"forslag-2", "Bättre intern kommunikation.", "group"},
      {"forslag-3", "Anpassa kommunikationen efter invånarnas behov.", "group"},
      {"kritik-1", "Kritik av bemötandet, lämnad anonymt av rädsla för repressalier.", "anonymous"},
    };
    for (String[] proposal : proposals) {
      // The workshop groups wrote the proposals together (seed 004); which residents sat in which
      // group is not recorded, and the residents take part under pseudonyms. The anonymous
      // critique came through a box, which cannot carry an answer back; its fate is posted at
      // Jobbtorget (illustrative: the seed names no channel).
      Authorship authorship = proposal[2].equals("anonymous")
          ? Authorship.anonymous("anonym förslagslåda").withFeedbackChannel("anslagstavlan på Jobbtorget")
          : new Authorship(IdentityMode.COLLECTIVE, Set.of(), Optional.empty(), Optional.of("workshop-uppföljning"),
              Optional.empty(), Optional.of("Workshopgrupperna"));
      r.run(group, c -> new Command.SubmitProposal(c, ProposalDraft.builder().id(ProposalId.of(proposal[0]))
          .text(proposal[1]).kind(ProposalKind.OTHER).authorship(authorship).build()));
    }
    return Fixture.of(r);
  }

  private static TargetGroup group(TargetGroupId id, String name, Activity activity, boolean hard, String outreach) {
    TargetGroup.Builder group = TargetGroup.builder().id(id).name(name).activity(activity)
        .affectedness(Affectedness.HIGH).hardToReach(hard);
    if (!outreach.isEmpty()) {
      group.addOutreach(outreach);
    }
    return group.build();
  }

  private static DateRange range(String start, String end) {
    return DateRange.of(LocalDate.parse(start), LocalDate.parse(end));
  }
}
