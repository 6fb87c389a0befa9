// Copyright 2026 The Participation SDK authors
// SPDX-License-Identifier: Apache-2.0
package se.participation.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import se.participation.api.AgendaItem;
import se.participation.api.ChecklistAnswer;
import se.participation.api.ChecklistQuestion;
import se.participation.api.EngagementLevel;
import se.participation.api.EvaluationAnswer;
import se.participation.api.EvaluationPlan;
import se.participation.api.FeedbackAudience;
import se.participation.api.Meeting;
import se.participation.api.MeetingId;
import se.participation.api.OffTopicId;
import se.participation.api.OffTopicMatter;
import se.participation.api.Part;
import se.participation.api.ParticipationProcess;
import se.participation.api.Plan;
import se.participation.api.PlannedQuestion;
import se.participation.api.Proposal;
import se.participation.api.ProposalId;
import se.participation.api.ResidentInvolvement;
import se.participation.api.Severity;
import se.participation.api.Timeline;
import se.participation.api.rule.Finding;
import se.participation.api.rule.Rule;
import se.participation.api.rule.RuleId;
import se.participation.core.internal.RuleEngine;

/**
 * For every rule of the handbook: it does not fire on a process that satisfies it and fires on one
 * that does not. The base is the golden scenario, a complete closed dialogue; each case changes it
 * in one way.
 */
class HandbookRulesTest {
  private static final ParticipationProcess GOLDEN = new Scenario().closed().process();

  /** A rule case: the change that makes the rule fire, and one that keeps it quiet. */
  record Case(UnaryOperator<ParticipationProcess> breaking, UnaryOperator<ParticipationProcess> passing) {}

  private static UnaryOperator<ParticipationProcess> plan(UnaryOperator<Plan.Builder> change) {
    return p -> ParticipationProcess.builder().from(p).plan(change.apply(Plan.builder().from(p.plan())).build()).build();
  }

  private static UnaryOperator<ParticipationProcess> level(EngagementLevel level) {
    return plan(b -> b.promisedLevel(level));
  }

  private static UnaryOperator<ParticipationProcess> answer(ChecklistQuestion question, boolean yes) {
    return p -> {
      Map<ChecklistQuestion, ChecklistAnswer> answers = new LinkedHashMap<>(p.decisionAnswers());
      answers.put(question, ChecklistAnswer.builder().from(answers.get(question)).yes(yes).build());
      return ParticipationProcess.builder().from(p).decisionAnswers(answers).build();
    };
  }

  private static UnaryOperator<ParticipationProcess> meeting(UnaryOperator<Meeting.Builder> change) {
    return p -> {
      Map<MeetingId, Meeting> meetings = new LinkedHashMap<>(p.meetings());
      meetings.replaceAll((id, m) -> change.apply(Meeting.builder().from(m)).build());
      return ParticipationProcess.builder().from(p).meetings(meetings).build();
    };
  }

  private static UnaryOperator<ParticipationProcess> withoutFeedback(FeedbackAudience audience, String channel) {
    return p -> ParticipationProcess.builder().from(p)
        .feedback(p.feedback().stream().filter(d -> !(d.audience() == audience && (channel.isEmpty() || d.channel().equals(channel)))).toList())
        .build();
  }

  private static UnaryOperator<ParticipationProcess> both(UnaryOperator<ParticipationProcess> a, UnaryOperator<ParticipationProcess> b) {
    return p -> b.apply(a.apply(p));
  }

  static Map<String, Case> cases() {
    UnaryOperator<ParticipationProcess> same = UnaryOperator.identity();
    Map<String, Case> cases = new LinkedHashMap<>();
    for (ChecklistQuestion q : ChecklistQuestion.decisionQuestions()) {
      cases.put(q.id(), new Case(answer(q, false), same));
    }
    cases.put("BESLUT-MANDAT", new Case(p -> ParticipationProcess.builder().from(p).mandate(Optional.empty()).build(), same));
    cases.put("PLANERING-1", new Case(plan(b -> b.purpose(Optional.empty())), same));
    cases.put("PLANERING-2", new Case(plan(b -> b.questions(List.of(PlannedQuestion.of("q1", "Vad är viktigast?")))), same));
    cases.put("PLANERING-3", new Case(plan(b -> b.phrasedQuestion(Optional.empty())), same));
    cases.put("PLANERING-4", new Case(level(EngagementLevel.INFORMATION), same));
    cases.put("PLANERING-5", new Case(plan(b -> b.timeline(Timeline.empty().with(Part.BESLUT, Scenario.range("2021-01-01", "2021-01-15")))), same));
    cases.put("PLANERING-6", new Case(plan(b -> b.method(Optional.empty())), same));
    cases.put("PLANERING-7", new Case(plan(b -> b.responsible(List.of())), same));
    cases.put("PLANERING-8", new Case(plan(b -> b.coordination(Optional.empty())), same));
    cases.put("PLANERING-9", new Case(plan(b -> b.targetGroups(List.of())), same));
    cases.put("PLANERING-10", new Case(plan(b -> b.politicians(Optional.empty())), same));
    cases.put("PLANERING-11", new Case(plan(b -> b.facilitator(Optional.empty())), same));
    cases.put("PLANERING-12", new Case(plan(b -> b.communication(Optional.empty())), same));
    cases.put("PLANERING-13", new Case(plan(b -> b.offTopicHandling(Optional.empty())), same));
    cases.put("PLANERING-14", new Case(plan(b -> b.risks(Optional.empty())), same));
    cases.put("PLANERING-NIVA-BESLUT", new Case(
        p -> ParticipationProcess.builder().from(p).dialogue(false).nonDialogueLevel(EngagementLevel.KONSULTATION)
            .nonDialogueReason("Ett nej i Beslut").build(),
        same));
    cases.put("PLANERING-NIVA-ANDRAD", new Case(level(EngagementLevel.MEDSKAPANDE), same));
    cases.put("PLANERING-TIDPLAN-ORDNING", new Case(
        plan(b -> b.timeline(Scenario.completePlan().timeline().with(Part.GENOMFORANDE, Scenario.range("2021-02-10", "2021-03-31")))), same));
    cases.put("PLANERING-PRIORITERAD-GRUPP", new Case(
        plan(b -> b.targetGroups(List.of(Scenario.associations()))),
        plan(b -> b.targetGroups(List.of(Scenario.associations())).priorityQuadrantAbsence("Alla berörda är aktiva i föreningar."))));
    cases.put("PLANERING-SVARNADDA", new Case(
        plan(b -> b.targetGroups(List.of(se.participation.api.TargetGroup.builder().from(Scenario.young()).outreach(List.of()).build(), Scenario.associations()))),
        same));
    cases.put("GENOMFORANDE-1", new Case(plan(b -> b.documentation(Optional.empty())), same));
    cases.put("ATERKOPPLING-1", new Case(plan(b -> b.compilation(Optional.empty())), same));
    cases.put("ATERKOPPLING-2", new Case(plan(b -> b.feedback(Optional.empty())), same));
    cases.put("UTVARDERING-1", new Case(plan(b -> b.evaluation(Optional.empty())), same));
    cases.put("UTVARDERING-2", new Case(plan(b -> b.expectedResult(Optional.empty())), same));
    cases.put("UTVARDERING-3", new Case(
        plan(b -> b.evaluation(EvaluationPlan.builder().residentsEvaluate(true).whatAndHow("Enkät").build())), same));
    cases.put("PLANERING-DELAKTIGHET", new Case(
        both(level(EngagementLevel.DELAKTIGHET), plan(b -> b.plannedOccasions(1))), level(EngagementLevel.DELAKTIGHET)));
    cases.put("PLANERING-MEDSKAPANDE", new Case(
        both(level(EngagementLevel.MEDSKAPANDE), plan(b -> b.residentInvolvement(EnumSet.of(ResidentInvolvement.PLANNING)))),
        level(EngagementLevel.MEDSKAPANDE)));
    cases.put("GENOMFORANDE-MOTE", new Case(meeting(m -> m.held(false)), same));
    cases.put("GENOMFORANDE-DOKUMENTATION", new Case(meeting(m -> m.documentation(List.of())), same));
    cases.put("GENOMFORANDE-TEXT-OCH-BILD", new Case(
        meeting(m -> m.documentation(List.of(new se.participation.api.Documentation(se.participation.api.DocumentationKind.TEXT,
            "anteckningar.docx", "Anteckningar")))),
        same));
    cases.put("GENOMFORANDE-DETALJERAD-TIDPLAN", new Case(
        meeting(m -> m.agenda(List.of(new AgendaItem(java.time.LocalTime.NOON, "Allt")))),
        meeting(m -> m.format(se.participation.api.MeetingFormat.DIGITAL).agenda(List.of()))));
    cases.put("GENOMFORANDE-SIDOFRAGOR", new Case(
        p -> ParticipationProcess.builder().from(p)
            .putOffTopicMatter(OffTopicId.of("o2"), OffTopicMatter.builder().id(OffTopicId.of("o2")).text("Buller").build()).build(),
        same));
    UnaryOperator<ParticipationProcess> secondMeeting = p -> ParticipationProcess.builder().from(p)
        .putMeeting(MeetingId.of("m2"), Meeting.builder().from(p.meetings().get(Scenario.M1)).id(MeetingId.of("m2")).build()).build();
    cases.put("GENOMFORANDE-DELAKTIGHET", new Case(level(EngagementLevel.DELAKTIGHET), both(level(EngagementLevel.DELAKTIGHET), secondMeeting)));
    cases.put("ATERKOPPLING-SLUTSTATUS", new Case(
        p -> {
          Proposal adopted = p.proposals().get(ProposalId.of("pr3"));
          Proposal open = Proposal.builder().from(adopted).id(ProposalId.of("pr9")).lineage(List.of(adopted.lineage().get(0))).build();
          return ParticipationProcess.builder().from(p).putProposal(open.id(), open).build();
        },
        same));
    cases.put("ATERKOPPLING-DELTAGARE", new Case(withoutFeedback(FeedbackAudience.PARTICIPANTS, ""), same));
    cases.put("ATERKOPPLING-BESLUTSFATTARE", new Case(withoutFeedback(FeedbackAudience.DECISION_MAKERS, ""), same));
    cases.put("ATERKOPPLING-ANONYMA", new Case(withoutFeedback(FeedbackAudience.ANONYMOUS_CHANNEL, "förslagslåda"), same));
    cases.put("UTVARDERING-GENOMFORD", new Case(p -> ParticipationProcess.builder().from(p).lessons(List.of()).build(), same));
    cases.put("UTVARDERING-INVANARE", new Case(p -> ParticipationProcess.builder().from(p).evaluationAnswers(List.of()).build(), same));
    cases.put("MEDSKAPANDE-I-PRAKTIKEN", new Case(level(EngagementLevel.MEDSKAPANDE),
        both(level(EngagementLevel.MEDSKAPANDE), p -> {
          Map<MeetingId, Meeting> meetings = new LinkedHashMap<>(p.meetings());
          Meeting held = p.meetings().values().iterator().next();
          for (ResidentInvolvement stage : List.of(ResidentInvolvement.PROBLEM_IDENTIFICATION, ResidentInvolvement.PLANNING)) {
            Meeting workshop = Meeting.builder().from(held).id(MeetingId.of("verkstad-" + stage.name())).stage(stage).build();
            meetings.put(workshop.id(), workshop);
          }
          return ParticipationProcess.builder().from(p).meetings(meetings).build();
        })));
    cases.put("UTVARDERING-MEDSKAPANDE", new Case(
        both(level(EngagementLevel.MEDSKAPANDE), p -> ParticipationProcess.builder().from(p)
            .evaluationAnswers(List.of(EvaluationAnswer.builder().from(p.evaluationAnswers().get(0)).participant(Scenario.P2).build())).build()),
        level(EngagementLevel.MEDSKAPANDE)));
    return cases;
  }

  static Stream<Arguments> rules() {
    return HandbookRules.ruleSet().rules().stream().map(r -> Arguments.of(r.id().value(), r));
  }

  static Stream<Arguments> strictRules() {
    return HandbookRules.strict().rules().stream().map(r -> Arguments.of(r.id().value(), r));
  }

  @Test
  void aPriorityGroupWithoutAnyOutreachIsAFindingNotAPass() {
    // Representationsmodellen: "extra krut på att nå" the highly affected, low-activity group.
    ParticipationProcess noEffort = plan(b -> b.targetGroups(List.of(
        se.participation.api.TargetGroup.builder().from(Scenario.young()).hardToReach(false).outreach(List.of()).build(),
        Scenario.associations()))).apply(GOLDEN);
    assertThat(Scenario.young().quadrant().isPriority()).isTrue();
    assertThat(RuleEngine.evaluate(HandbookRules.ruleSet(), noEffort, Part.PLANERING))
        .filteredOn(f -> f.ruleId().value().equals("PLANERING-PRIORITERAD-GRUPP"))
        .singleElement().satisfies(f -> assertThat(f.message().en()).contains("does not say how it will be reached"));
  }

  @Test
  void everyRuleOfBothProfilesHasACaseAndEveryCaseARule() {
    assertThat(cases().keySet())
        .containsExactlyInAnyOrderElementsOf(HandbookRules.strict().rules().stream().map(r -> r.id().value()).toList());
    assertThat(HandbookRules.strict().rules()).extracting(r -> r.id())
        .containsAll(HandbookRules.ruleSet().rules().stream().map(Rule::id).toList());
  }

  @Test
  void theGoldenScenarioSatisfiesEveryRule() {
    for (Rule rule : HandbookRules.strict().rules()) {
      assertThat(RuleEngine.evaluate(rule, GOLDEN)).as(rule.id().value()).isEmpty();
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("rules")
  void firesWhenBrokenAndNotOtherwise(String id, Rule rule) {
    Case c = cases().get(id);
    assertThat(c).as("case for " + id).isNotNull();
    ParticipationProcess passing = c.passing().apply(GOLDEN);
    assertThat(RuleEngine.evaluate(rule, passing)).as("%s on a process that satisfies it", id).isEmpty();

    List<Finding> findings = RuleEngine.evaluate(rule, c.breaking().apply(GOLDEN));
    assertThat(findings).as("%s on a process that breaks it", id).isNotEmpty();
    for (Finding finding : findings) {
      assertThat(finding.ruleId()).isEqualTo(RuleId.of(id));
      assertThat(finding.part()).isEqualTo(rule.part());
      assertThat(finding.severity()).isEqualTo(rule.severity());
      assertThat(finding.message().sv()).isNotBlank().doesNotContain("{");
      assertThat(finding.message().en()).isNotBlank().doesNotContain("{");
      assertThat(finding.advice()).hasValueSatisfying(a -> assertThat(a.en()).doesNotContain("{"));
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("strictRules")
  void firesInTheStrictProfileAtItsStrictSeverity(String id, Rule rule) {
    List<Finding> findings = RuleEngine.evaluate(rule, cases().get(id).breaking().apply(GOLDEN));
    assertThat(findings).as(id).isNotEmpty().allSatisfy(f -> assertThat(f.severity()).isEqualTo(rule.severity()));
    HandbookRules.ruleSet().rules().stream().filter(r -> r.id().equals(rule.id())).findFirst()
        .ifPresent(handbook -> assertThat(rule.severity().compareTo(handbook.severity()))
            .as("%s: the strict profile is never less severe than the handbook", id).isLessThanOrEqualTo(0));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("rules")
  void everyRuleNamesTheHandbookWordThatSetsItsSeverity(String id, Rule rule) {
    String word = rule.severityWord().orElseThrow(() -> new AssertionError(id + " has no severity word"));
    String spoken = word.split(" \\(", 2)[0];
    switch (rule.severity()) {
      case BLOCKING -> assertThat(spoken).as(id).isIn("ska ni inte", "ska", "är");
      case WARNING -> assertThat(spoken).as(id).isIn("viktig", "viktigt", "av yttersta vikt", "bör", "behöver",
          "centralt", "riskerar", "allra bäst", "deltar", "none in the handbook: the library's, from seed 004");
      case ADVICE -> assertThat(spoken).as(id).isIn("gärna", "kan", "ett stöd", "bra med", "oftast");
    }
    String quoted = word.contains("\"") ? word.substring(word.indexOf('"') + 1, word.lastIndexOf('"')) : "";
    if (!quoted.isEmpty() && !quoted.contains("...")) {
      assertThat(HANDBOOK_TEXT).as("%s quotes the handbook", id).contains(quoted);
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("rules")
  void everyRuleHasTextInBothLanguagesAndASource(String id, Rule rule) {
    assertThat(rule.description().sv()).isNotBlank();
    assertThat(rule.description().en()).isNotBlank().isNotEqualTo(rule.description().sv());
    assertThat(rule.source()).isNotBlank();
  }

  @Test
  void dialogueRulesDoNotApplyToInformationOrConsultation() {
    ParticipationProcess consultation = ParticipationProcess.builder().from(GOLDEN)
        .plan(Plan.empty()).dialogue(false).nonDialogueLevel(EngagementLevel.KONSULTATION).build();
    for (Rule rule : HandbookRules.ruleSet().rules()) {
      assertThat(RuleEngine.evaluate(rule, consultation)).as(rule.id().value()).isEmpty();
    }
  }

  @Test
  void theStrictProfileHasBlockingRulesInEveryPart() {
    for (Part part : Part.values()) {
      assertThat(HandbookRules.strict().rulesOf(part)).as(part.name())
          .anyMatch(r -> r.severity() == Severity.BLOCKING);
    }
  }

  @Test
  void theHandbookProfileBlocksOnlyWhereTheHandbookSaysSkaOrDefinesADialogue() {
    assertThat(HandbookRules.ruleSet().rules()).filteredOn(r -> r.severity() == Severity.BLOCKING)
        .extracting(r -> r.id().value())
        .containsExactlyInAnyOrder("BESLUT-1", "BESLUT-2", "BESLUT-3", "BESLUT-4", "BESLUT-5",
            "PLANERING-NIVA-BESLUT", "PLANERING-PRIORITERAD-GRUPP", "GENOMFORANDE-MOTE");
    assertThat(HandbookRules.ruleSet().rules()).extracting(r -> r.id().value())
        .doesNotContain("PLANERING-TIDPLAN-ORDNING");
    assertThat(HandbookRules.ruleSet().name()).isEqualTo("helsingborg-handbok-2016");
    assertThat(HandbookRules.strict().name()).isEqualTo("helsingborg-handbok-2016-strict");
  }

  /** The handbook's text, to check that the quoted words are its own (whitespace folded). */
  private static final String HANDBOOK_TEXT = handbook();

  private static String handbook() {
    try {
      return java.nio.file.Files.readString(java.nio.file.Path.of("../../shared/seeds/003_cdba714ee0bf16cb.txt"))
          .replaceAll("\\s+", " ");
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException("the handbook is read from ../shared/seeds beside the repository", e);
    }
  }
}
