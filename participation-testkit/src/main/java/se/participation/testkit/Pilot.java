// Copyright 2026 The Participation SDK authors
// SPDX-License-Identifier: Apache-2.0
package se.participation.testkit;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import se.participation.api.Activity;
import se.participation.api.Actor;
import se.participation.api.ActorRole;
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
import se.participation.api.Mandate;
import se.participation.api.Meeting;
import se.participation.api.MeetingFormat;
import se.participation.api.MeetingId;
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
import se.participation.api.SmallGroup;
import se.participation.api.TargetGroup;
import se.participation.api.TargetGroupId;
import se.participation.api.Timeline;
import se.participation.api.command.Command;
import se.participation.api.event.Event;
import se.participation.core.ProcessEngine;

/**
 * The social-services committee's goal-setting pilot (Helsingborg, 2020–2022) as a complete, valid
 * event history and as snapshots at each part.
 *
 * <p><b>What is from the sources</b> (seeds 000–002): the committee chair's initiative early in
 * 2020; officials inviting residents, politicians and association representatives to two digital
 * meetings during the pandemic, with material from a citizen journey ("invånarresa"), other
 * participation initiatives and the "Nära vård" project; small mixed groups producing a gross list
 * of goal proposals, reduced at the second meeting to fewer proposals with proposals of how to
 * measure them; the administration adapting them to the city's rules for goal formulation; the
 * committee's dialogue and decision; the proposal to the city council and its adoption; feedback to
 * residents and associations ("Resultatet återkopplades därefter till invånarna och föreningarna":
 * nobody else, so the fixture feeds back to them only); the December 2022 follow-up meeting of
 * residents, officials and politicians, "övervägande fysiskt" (recorded as a hybrid meeting in
 * Utvärdering), and its lessons; and that no young people came despite several reminders.
 *
 * <p><b>What is illustrative</b> and must not be quoted as fact: every date other than the years
 * and months above, every head count, the names and ids of participants, the groups' membership,
 * the wording of the plan's texts, of the goal proposals, their measures and the reasons for
 * dropping them, and the decision references. The decision checklist's answers are illustrative
 * too: the seeds report no answers to it, and the fixture answers yes to run the process. The
 * facilitator is "the officials" of the sources ("Tjänstepersoner bjöd in ..."), not a named unit.
 * Which round the young people were missing from is ambiguous in the sources: the follow-up (seed
 * 001) says none came despite reminders, the project page (seed 002) plans to invite young people
 * in the next round; the fixture places their absence in the first round and keeps them as a
 * target group of the plan.
 */
public final class Pilot {
  /** The pilot's process id. */
  public static final ProcessId ID = ProcessId.of("socialnamnden-mal-2020");

  /** The official who owns the process for the social-services administration. */
  public static final Actor OWNER = Actor.of("socialforvaltningen", ActorRole.PROCESS_OWNER);

  /** The officials who facilitated the meetings. */
  public static final Actor FACILITATOR = Actor.of("tjanstepersonerna", ActorRole.FACILITATOR);

  /** The administration that adapted the proposals to the city's rules for goals. */
  public static final Actor ADMINISTRATION = Actor.of("socialforvaltningen-mal", ActorRole.ADMINISTRATION);

  /** The social-services committee. */
  public static final Actor COMMITTEE = Actor.of("socialnamnden", ActorRole.COMMITTEE);

  /** The city council. */
  public static final Actor COUNCIL = Actor.of("kommunfullmaktige", ActorRole.COUNCIL);

  /** The target group of residents with experience of social services. */
  public static final TargetGroupId RESIDENTS = TargetGroupId.of("invanare-med-erfarenhet");

  /** The target group of associations. */
  public static final TargetGroupId ASSOCIATIONS = TargetGroupId.of("foreningar");

  /** The target group of young people, of whom none came. */
  public static final TargetGroupId YOUNG = TargetGroupId.of("unga");

  /** The first digital meeting. */
  public static final MeetingId FIRST_MEETING = MeetingId.of("digitalt-mote-1");

  /** The second digital meeting. */
  public static final MeetingId SECOND_MEETING = MeetingId.of("digitalt-mote-2");

  /** The follow-up in December 2022, mostly in person, held in Utvärdering. */
  public static final MeetingId FOLLOW_UP_MEETING = MeetingId.of("uppfoljning-2022");

  private static final QuestionId FOCUS = QuestionId.of("fokus");
  private static final QuestionId WORKS = QuestionId.of("fungerar");
  private static final QuestionId GOALS = QuestionId.of("mal");

  private static final List<ParticipantId> RESIDENT_IDS = ids("invanare-", 6);
  private static final List<ParticipantId> ASSOCIATION_IDS = ids("forening-", 3);
  private static final List<ParticipantId> POLITICIAN_IDS = ids("politiker-", 2);
  private static final List<ParticipantId> OFFICIAL_IDS = ids("tjansteperson-", 2);

  private static final Recording RECORDING = record();

  private Pilot() {}

  /** Every event of the pilot, from the chair's initiative to the closed evaluation. */
  public static List<Event> history() {
    return RECORDING.history;
  }

  /**
   * The pilot's history recorded again, command by command, under another process id, e.g. a
   * case number such as {@code KS 2025/1234}.
   *
   * @throws NullPointerException when {@code id} is null
   * @throws IllegalStateException when the engine refuses a step (it does not for any valid id)
   */
  public static List<Event> history(ProcessId id) {
    return record(java.util.Objects.requireNonNull(id, "id")).history;
  }

  /** After Beslut: every decision question answered yes and the dialogue approved (in Planering). */
  public static ParticipationProcess decided() {
    return RECORDING.decided;
  }

  /** After Planering: plan approved, participants registered, meetings scheduled (in Genomförande). */
  public static ParticipationProcess planned() {
    return RECORDING.planned;
  }

  /** After the two meetings: gross list reduced to fewer proposals with measures (in Genomförande). */
  public static ParticipationProcess afterMeetings() {
    return RECORDING.afterMeetings;
  }

  /** After Återkoppling: adapted, decided, adopted and fed back (in Återkoppling, ready to move). */
  public static ParticipationProcess fedBack() {
    return RECORDING.fedBack;
  }

  /** After the December 2022 follow-up: evaluated and closed. */
  public static ParticipationProcess evaluated() {
    return RECORDING.evaluated;
  }

  /** The pilot's plan: what the sources say of the purpose, questions, method and groups. */
  public static Plan plan() {
    return Plan.builder()
        .purpose(
            "De som använder socialförvaltningens tjänster ska själva vara med och formulera"
                + " nämndens mål, i stället för att vi gissar vad folk behöver.")
        .addQuestion(PlannedQuestion.of("fokus", "Vad är viktigast att fokusera på?", "Underlag för nämndens prioriteringar"))
        .addQuestion(PlannedQuestion.of("fungerar", "Var fungerar det extra bra, och extra dåligt?", "Underlag för mål och aktiviteter"))
        .addQuestion(PlannedQuestion.of("mal", "Vilka mål kan påverka tjänsterna till det bättre för dem som använder dem?", "Förslag till nämndens mål"))
        .phrasedQuestion("Vilka mål ska socialnämnden ha för att tjänsterna ska bli bättre för dem som använder dem?")
        .promisedLevel(EngagementLevel.DELAKTIGHET)
        .timeline(
            Timeline.empty()
                .with(Part.BESLUT, range("2020-02-03", "2020-03-31"))
                .with(Part.PLANERING, range("2020-04-01", "2020-09-30"))
                .with(Part.GENOMFORANDE, range("2020-10-01", "2020-11-30"))
                .with(Part.ATERKOPPLING, range("2020-12-01", "2021-06-30"))
                .with(Part.UTVARDERING, range("2022-12-01", "2022-12-31")))
        .method(
            "Två digitala möten (pandemi) i små blandade grupper, med underlag från en invånarresa,"
                + " andra delaktighetsinitiativ och projektet Nära vård.")
        .addResponsible("Socialförvaltningen")
        .coordination(new Coordination(List.of(), "Frågan gäller socialnämndens egna mål."))
        .addTargetGroup(
            TargetGroup.builder()
                .id(RESIDENTS)
                .name("Invånare med erfarenhet av socialtjänsten")
                .activity(Activity.LOW)
                .affectedness(Affectedness.HIGH)
                .hardToReach(true)
                .addOutreach("Inbjudan genom verksamheter och föreningar som möter dem")
                .plannedParticipants(6)
                .build())
        .addTargetGroup(
            TargetGroup.builder()
                .id(ASSOCIATIONS)
                .name("Föreningar")
                .activity(Activity.HIGH)
                .affectedness(Affectedness.HIGH)
                .plannedParticipants(3)
                .build())
        .addTargetGroup(
            TargetGroup.builder()
                .id(YOUNG)
                .name("Unga")
                .activity(Activity.LOW)
                .affectedness(Affectedness.HIGH)
                .hardToReach(true)
                .addOutreach("Flera påminnelser")
                .plannedParticipants(2)
                .build())
        .politicians(new PoliticianInvolvement(true, "Ledamöter i socialnämnden deltar i grupperna och beslutar om förslagen."))
        .facilitator(new Facilitator(Facilitation.INTERNAL, "Tjänstepersoner på socialförvaltningen"))
        .communication(new CommunicationPlan("Förvaltningens ledning och nämnden informeras.", "Inbjudan till invånare och föreningar."))
        .offTopicHandling("Frågor som inte gäller målen skrivs upp och lämnas till berörd verksamhet.")
        .risks("Digitala möten kan bli opersonliga; svårt att nå unga.")
        .documentation("Gruppernas förslag skrivs in i en gemensam bruttolista.")
        .compilation("Förvaltningen sammanställer förslagen och anpassar dem till stadens krav på målformulering.")
        .feedback(
            FeedbackPlan.builder()
                .how("Resultatet återkopplas till invånarna och föreningarna när fullmäktige har beslutat.")
                .addChannel("e-post")
                .build())
        .evaluation(
            EvaluationPlan.builder()
                .residentsEvaluate(true)
                .whatAndHow("Uppföljningsmöte med invånare, tjänstepersoner och politiker.")
                .sharing("Uppföljningen skrivs ner och delas.")
                .build())
        .expectedResult(
            ExpectedResult.builder()
                .description("Förslag på mål och aktiviteter med förslag på hur de kan mätas")
                .kind(ProposalKind.GOAL)
                .minimumProposals(3)
                .withMeasurement(true)
                .build())
        .plannedOccasions(2)
        .build();
  }

  private static final class Recording {
    List<Event> history = List.of();
    ParticipationProcess decided;
    ParticipationProcess planned;
    ParticipationProcess afterMeetings;
    ParticipationProcess fedBack;
    ParticipationProcess evaluated;

    Recording(ParticipationProcess initial) {
      decided = initial;
      planned = initial;
      afterMeetings = initial;
      fedBack = initial;
      evaluated = initial;
    }
  }

  private static Recording record() {
    return record(ID);
  }

  private static Recording record(ProcessId processId) {
    ProcessRecorder r = new ProcessRecorder(ProcessEngine.withHandbookRulesOnly(), processId);
    r.at(instant("2020-02-03T09:00:00Z"))
        .run(OWNER, c -> new Command.StartProcess(
            c,
            "Invånarmedverkan i socialnämndens mål",
            "Vilka mål ska socialnämnden ha för verksamhetsåret 2022–2023?",
            EngagementLevel.DELAKTIGHET));
    // Authority is bound to the process: the administration grants the roles of those who act.
    r.grant(OWNER, FACILITATOR, ADMINISTRATION, COMMITTEE, COUNCIL);
    Recording recording = new Recording(r.process());
    r.at(instant("2020-03-02T09:00:00Z"));
    for (ChecklistQuestion question : ChecklistQuestion.decisionQuestions()) {
      r.run(OWNER, c -> new Command.AnswerDecisionQuestion(c, question, true,
          Optional.of("Illustrativt: källorna redovisar inga svar på checklistan.")));
    }
    // Sourced (follow-up, Dec 2022): "Dåvarande ordförande i socialnämnden föreslog i början av
    // 2020 att invånare skulle vara delaktiga i processen att ta fram förslag till mål för
    // socialnämnden". The sources give no case reference and no day, only "i början av 2020".
    r.run(OWNER, c -> new Command.RecordMandate(c, new Mandate("Socialnämnden, på förslag av dåvarande ordföranden",
        Optional.empty(), Optional.of(se.participation.api.PartialDate.parse("början av 2020")), Optional.of("Invånare är delaktiga i att ta fram förslag till mål för socialnämnden"))));
    r.run(OWNER, Command.ProceedWithDialogue::new);
    recording.decided = r.process();

    r.at(instant("2020-09-01T09:00:00Z")).run(OWNER, c -> new Command.RecordPlan(c, plan()));
    Instant consent = instant("2020-09-15T09:00:00Z");
    r.at(consent);
    for (ParticipantId id : RESIDENT_IDS) {
      register(r, id, ParticipantRole.RESIDENT, Set.of(RESIDENTS), Optional.empty(), consent);
    }
    for (int i = 0; i < ASSOCIATION_IDS.size(); i++) {
      register(r, ASSOCIATION_IDS.get(i), ParticipantRole.ASSOCIATION_REPRESENTATIVE, Set.of(ASSOCIATIONS), Optional.of("Förening " + (char) ('A' + i)), consent);
    }
    for (ParticipantId id : POLITICIAN_IDS) {
      register(r, id, ParticipantRole.POLITICIAN, Set.of(), Optional.empty(), consent);
    }
    for (ParticipantId id : OFFICIAL_IDS) {
      register(r, id, ParticipantRole.OFFICIAL, Set.of(), Optional.empty(), consent);
    }
    r.run(FACILITATOR, c -> new Command.ScheduleMeeting(c, digitalMeeting(FIRST_MEETING, "Digitalt möte 1: bruttolista", "2020-10-07")));
    r.run(FACILITATOR, c -> new Command.ScheduleMeeting(c, digitalMeeting(SECOND_MEETING, "Digitalt möte 2: nedkokning och mätning", "2020-10-21")));
    r.at(instant("2020-09-30T09:00:00Z")).run(OWNER, Command.ApprovePlan::new);
    recording.planned = r.process();

    Set<ParticipantId> everyone = new LinkedHashSet<>();
    everyone.addAll(RESIDENT_IDS);
    everyone.addAll(ASSOCIATION_IDS);
    everyone.addAll(POLITICIAN_IDS);
    everyone.addAll(OFFICIAL_IDS);
    r.at(instant("2020-10-07T19:00:00Z"));
    r.run(FACILITATOR, c -> new Command.FormSmallGroups(c, FIRST_MEETING, List.of(
        group("grupp-1", RESIDENT_IDS.get(0), RESIDENT_IDS.get(1), ASSOCIATION_IDS.get(0), POLITICIAN_IDS.get(0), OFFICIAL_IDS.get(0)),
        group("grupp-2", RESIDENT_IDS.get(2), RESIDENT_IDS.get(3), ASSOCIATION_IDS.get(1), POLITICIAN_IDS.get(1)),
        group("grupp-3", RESIDENT_IDS.get(4), RESIDENT_IDS.get(5), ASSOCIATION_IDS.get(2), OFFICIAL_IDS.get(1)))));
    r.run(FACILITATOR, c -> new Command.HoldMeeting(c, FIRST_MEETING, everyone, Set.of(FOCUS, WORKS, GOALS),
        List.of(new Documentation(DocumentationKind.TEXT, "bruttolista-2020-10-07.docx", "Gruppernas bruttolista med förslag på mål"))));
    String[][] grossList = {
      {"mal-1", "grupp-1", "Fler ska få ett personligt möte med sin handläggare"},
      {"mal-2", "grupp-1", "Kortare väntetid till första kontakt"},
      {"mal-3", "grupp-2", "Information om socialtjänsten på fler språk"},
      {"mal-4", "grupp-2", "Tydligare information om vad socialtjänsten kan hjälpa till med"},
      {"mal-5", "grupp-3", "Föreningarna ska vara med när insatser utvecklas"},
      {"mal-6", "grupp-3", "Invånare ska kunna lämna synpunkter utan att vara rädda"},
      {"mal-7", "grupp-1", "Fler fysiska mötesplatser i bostadsområdena"},
      {"mal-8", "grupp-2", "Socialtjänsten ska ha öppet på kvällar"},
    };
    for (String[] proposal : grossList) {
      SmallGroup origin = r.process().meeting(FIRST_MEETING).orElseThrow().groups().stream()
          .filter(g -> g.id().value().equals(proposal[1])).findFirst().orElseThrow();
      ParticipantId author = origin.members().stream().filter(RESIDENT_IDS::contains).sorted().findFirst().orElseThrow();
      r.run(FACILITATOR, c -> new Command.SubmitProposal(c, ProposalDraft.builder()
          .id(ProposalId.of(proposal[0]))
          .text(proposal[2])
          .kind(ProposalKind.GOAL)
          .authorship(Authorship.named(author))
          .originMeeting(FIRST_MEETING)
          .originGroup(origin.id())
          .addQuestion(GOALS)
          .build()));
    }
    r.at(instant("2020-10-21T19:00:00Z"));
    r.run(FACILITATOR, c -> new Command.HoldMeeting(c, SECOND_MEETING, everyone, Set.of(GOALS),
        List.of(new Documentation(DocumentationKind.TEXT, "nedkokning-2020-10-21.docx", "Färre förslag med förslag på mätning"))));
    r.run(FACILITATOR, c -> new Command.MergeProposals(c, Set.of(ProposalId.of("mal-2")), ProposalId.of("mal-1"), "Samma behov: snabb och personlig kontakt."));
    r.run(FACILITATOR, c -> new Command.MergeProposals(c, Set.of(ProposalId.of("mal-3")), ProposalId.of("mal-4"), "Båda gäller begriplig information."));
    r.run(FACILITATOR, c -> new Command.DropProposal(c, ProposalId.of("mal-7"), "Gäller stadsplanering, inte socialnämndens mål; lämnat till berörd förvaltning."));
    r.run(FACILITATOR, c -> new Command.DropProposal(c, ProposalId.of("mal-8"), "Gruppen prioriterade de andra förslagen."));
    r.run(FACILITATOR, c -> new Command.ShortlistProposals(c, Set.of(ProposalId.of("mal-1"), ProposalId.of("mal-4"), ProposalId.of("mal-5"), ProposalId.of("mal-6")), Optional.of("Kvar efter nedkokningen vid möte 2.")));
    r.run(FACILITATOR, c -> new Command.ProposeMeasurement(c, ProposalId.of("mal-1"), "Andel som fått ett personligt möte inom två veckor"));
    r.run(FACILITATOR, c -> new Command.ProposeMeasurement(c, ProposalId.of("mal-4"), "Andel som uppger att de förstår vad socialtjänsten kan hjälpa till med"));
    r.run(FACILITATOR, c -> new Command.ProposeMeasurement(c, ProposalId.of("mal-5"), "Antal insatser som utvecklats tillsammans med föreningar"));
    r.run(FACILITATOR, c -> new Command.ProposeMeasurement(c, ProposalId.of("mal-6"), "Antal synpunkter som lämnats, också anonymt"));
    recording.afterMeetings = r.process();

    r.at(instant("2020-12-01T09:00:00Z")).run(OWNER, Command.AdvancePart::new);
    String[][] adapted = {
      {"mal-1", "namndmal-1", "Den enskilde ska uppleva ett personligt och snabbt bemötande.", "Andel som upplever ett personligt bemötande"},
      {"mal-4", "namndmal-2", "Invånarna ska förstå vad socialtjänsten kan erbjuda.", "Andel som uppger att informationen är begriplig"},
      {"mal-5", "namndmal-3", "Insatser ska utvecklas tillsammans med föreningslivet.", "Antal insatser utvecklade med föreningar"},
      {"mal-6", "namndmal-4", "Invånare ska tryggt kunna lämna synpunkter och förslag.", "Antal synpunkter och förslag per år"},
    };
    r.at(instant("2020-12-15T09:00:00Z"));
    Set<ProposalId> goals = new LinkedHashSet<>();
    for (String[] a : adapted) {
      ProposalId goal = ProposalId.of(a[1]);
      goals.add(goal);
      ParticipantId author = r.process().proposal(ProposalId.of(a[0])).orElseThrow().authorship().authors().iterator().next();
      r.run(ADMINISTRATION, c -> new Command.AdaptProposals(c, Set.of(ProposalId.of(a[0])),
          ProposalDraft.builder().id(goal).text(a[2]).kind(ProposalKind.GOAL)
              .authorship(Authorship.named(author)).measurement(a[3]).addQuestion(GOALS).build(),
          "Anpassat till stadens krav på målformulering."));
    }
    r.run(ADMINISTRATION, c -> new Command.DeliverFeedback(c, FeedbackDelivery.builder()
        .id(FeedbackId.of("overlamning-till-namnden")).audience(FeedbackAudience.DECISION_MAKERS)
        .addDecisionMaker("Socialnämnden").channel("nämndsammanträde").at(instant("2020-12-15T09:00:00Z"))
        .content("Förvaltningen överlämnar invånarnas anpassade förslag på mål till nämnden.").build()));
    r.at(instant("2021-01-27T15:00:00Z"))
        .run(COMMITTEE, c -> new Command.DecideInCommittee(c, goals, Set.of(), "Socialnämnden beslutade om målen efter dialog om förslagen (illustrativ paragraf)."));
    r.run(COMMITTEE, c -> new Command.ProposeToCouncil(c, goals, "Socialnämnden föreslår fullmäktige att anta målen."));
    r.at(instant("2021-03-24T18:00:00Z"))
        .run(COUNCIL, c -> new Command.DecideInCouncil(c, goals, Set.of(), "Kommunfullmäktige antog målen (illustrativ paragraf)."));
    Set<ParticipantId> residentsAndAssociations = new LinkedHashSet<>(RESIDENT_IDS);
    residentsAndAssociations.addAll(ASSOCIATION_IDS);
    r.at(instant("2021-04-12T09:00:00Z"));
    r.run(FACILITATOR, c -> new Command.DeliverFeedback(c, FeedbackDelivery.builder()
        .id(FeedbackId.of("aterkoppling-invanare")).audience(FeedbackAudience.PARTICIPANTS)
        .participants(residentsAndAssociations).channel("e-post").at(instant("2021-04-12T09:00:00Z"))
        .content("Fullmäktige har antagit nämndens mål, som bygger på era förslag.").build()));
    recording.fedBack = r.process();

    r.at(instant("2022-12-01T09:00:00Z")).run(OWNER, Command.AdvancePart::new);
    // "I december 2022 träffades invånare, tjänstepersoner och politiker på nytt, nu övervägande
    // fysiskt, för att lära av processen som skett."
    r.run(FACILITATOR, c -> new Command.ScheduleMeeting(c, Meeting.builder()
        .id(FOLLOW_UP_MEETING).title("Uppföljning: att lära av processen").format(MeetingFormat.HYBRID)
        .start(LocalDateTime.parse("2022-12-08T16:00")).end(LocalDateTime.parse("2022-12-08T18:00"))
        .location("Övervägande fysiskt (illustrativ plats)").build()));
    Set<ParticipantId> followUp = new LinkedHashSet<>(RESIDENT_IDS.subList(0, 3));
    followUp.add(ASSOCIATION_IDS.get(0));
    followUp.add(POLITICIAN_IDS.get(0));
    followUp.add(OFFICIAL_IDS.get(0));
    r.at(instant("2022-12-08T18:00:00Z"));
    r.run(FACILITATOR, c -> new Command.HoldMeeting(c, FOLLOW_UP_MEETING, followUp, Set.of(),
        List.of(new Documentation(DocumentationKind.TEXT, "uppfoljning-2022-12.pdf", "Uppföljning invånarmedverkan i politiska mål"))));
    answer(r, RESIDENT_IDS.get(0), "Ska arbetet fortsätta?", "Ja, det är självklart och nödvändigt; det främjar tillit och hållbarhet.");
    answer(r, ASSOCIATION_IDS.get(0), "Vilken roll har föreningarna?", "Föreningarna kan representera invånare som har svårt med liknande forum.");
    answer(r, RESIDENT_IDS.get(1), "Hur fungerade de digitala mötena?", "Opersonliga, svårt att skapa relation och ibland svårt att höra.");
    for (String lesson : List.of(
        "Digitala möten blir opersonliga, det blir svårt att skapa relation och ibland svårt att höra vad som sägs.",
        "Föreningarna är viktiga parter och kan representera invånare som har svårt med liknande forum.",
        "Personliga möten mellan politik och invånare är värdefulla när så kan ske.",
        "Återkoppling från politiken gör att dialogen upplevs mer jämlik och värdefull för alla parter.",
        "Inga ungdomar kom trots flera påminnelser; andra format behövs kanske för att nå unga.")) {
      r.run(OWNER, c -> new Command.RecordLesson(c, lesson));
    }
    r.run(OWNER, Command.CloseProcess::new);
    recording.evaluated = r.process();
    recording.history = r.history();
    return recording;
  }

  private static void register(
      ProcessRecorder r,
      ParticipantId id,
      ParticipantRole role,
      Set<TargetGroupId> groups,
      Optional<String> association,
      Instant consent) {
    Participant participant = Participant.builder()
        .id(id)
        .role(role)
        .targetGroups(groups)
        .association(association)
        .consent(new Consent(consent, "Återkoppling om nämndens mål"))
        .build();
    ContactDetails contact = ContactDetails.builder().participant(id).email(id.value() + "@example.org").build();
    r.run(FACILITATOR, c -> new Command.RegisterParticipant(c, participant, Optional.of(contact)));
  }

  private static void answer(ProcessRecorder r, ParticipantId participant, String question, String answer) {
    r.run(FACILITATOR, c -> new Command.RecordEvaluationAnswer(c, EvaluationAnswer.builder()
        .participant(participant).question(question).answer(answer).at(c.at()).build()));
  }

  private static SmallGroup group(String id, ParticipantId... members) {
    return new SmallGroup(GroupId.of(id), new LinkedHashSet<>(List.of(members)));
  }

  private static Meeting digitalMeeting(MeetingId id, String title, String day) {
    return Meeting.builder()
        .id(id)
        .title(title)
        .format(MeetingFormat.DIGITAL)
        .start(LocalDateTime.parse(day + "T17:00"))
        .end(LocalDateTime.parse(day + "T19:00"))
        .build();
  }

  private static List<ParticipantId> ids(String prefix, int count) {
    List<ParticipantId> ids = new ArrayList<>();
    for (int i = 1; i <= count; i++) {
      ids.add(ParticipantId.of(prefix + i));
    }
    return List.copyOf(ids);
  }

  private static DateRange range(String start, String end) {
    return DateRange.of(LocalDate.parse(start), LocalDate.parse(end));
  }

  private static Instant instant(String text) {
    return Instant.parse(text);
  }
}
