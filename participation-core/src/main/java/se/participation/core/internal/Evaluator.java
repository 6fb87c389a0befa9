// Copyright 2026 The Participation SDK authors
// SPDX-License-Identifier: Apache-2.0
package se.participation.core.internal;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Set;
import se.participation.api.CriterionAssessment;
import se.participation.api.CriterionResult;
import se.participation.api.ExpectedResult;
import se.participation.api.GroupReach;
import se.participation.api.Meeting;
import se.participation.api.Participant;
import se.participation.api.ParticipantId;
import se.participation.api.ParticipationProcess;
import se.participation.api.PlannedQuestion;
import se.participation.api.Proposal;
import se.participation.api.ProposalStatus;
import se.participation.api.Quadrant;
import se.participation.api.QuadrantReach;
import se.participation.api.QuestionId;
import se.participation.api.RepresentationAnalysis;
import se.participation.api.SuccessCriterion;
import se.participation.api.SuccessEvaluation;
import se.participation.api.TargetGroup;
import se.participation.api.TargetGroupId;
import se.participation.api.text.LocalizedText;

/** Computes the four success criteria and the representation analysis from the record. */
public final class Evaluator {
  private Evaluator() {}

  /** The evaluation of a process, in time linear in the size of its record. */
  public static SuccessEvaluation evaluate(ParticipationProcess process) {
    RepresentationAnalysis representation = representation(process);
    Map<SuccessCriterion, CriterionAssessment> assessments = new EnumMap<>(SuccessCriterion.class);
    assessments.put(SuccessCriterion.TARGET_GROUPS_REACHED, targetGroups(process, representation));
    assessments.put(SuccessCriterion.QUESTIONS_ADDRESSED, questions(process));
    assessments.put(SuccessCriterion.RESULT_ACHIEVED, result(process));
    assessments.put(SuccessCriterion.FEEDBACK_GIVEN, feedback(process));
    withTallies(process, assessments);
    if (!process.isDialogue()) {
      // "En lyckad dialogprocess": information and consultation are not dialogue, so the
      // criteria do not apply; the evidence still says what the record shows.
      LocalizedText why = CoreTexts.text("evaluation.notDialogue", process.level());
      assessments.replaceAll((criterion, a) -> CriterionAssessment.builder().from(a).result(CriterionResult.NOT_APPLICABLE)
          .evidence(java.util.stream.Stream.concat(java.util.stream.Stream.of(why), a.evidence().stream()).toList()).build());
    }
    return SuccessEvaluation.builder()
        .process(process.id())
        .version(process.version())
        .assessments(assessments)
        .representation(representation)
        .participantAnswers(process.evaluationAnswers())
        .lessons(process.lessons())
        .build();
  }

  /** Adds what the record counts in aggregate to the evidence of criteria 1 and 3. */
  private static void withTallies(ParticipationProcess process, Map<SuccessCriterion, CriterionAssessment> assessments) {
    List<LocalizedText> attended = new ArrayList<>();
    List<LocalizedText> contributions = new ArrayList<>();
    for (se.participation.api.Tally tally : process.tallies()) {
      switch (tally.kind()) {
        case INVITED, ATTENDED -> attended.add(CoreTexts.text("evaluation.tally.people", tally.kind(), tally.count(),
            tally.what(), tally.group().map(g -> (Object) g).orElse("-"), tally.meeting().map(m -> (Object) m).orElse("-")));
        case CONTRIBUTIONS -> contributions.add(CoreTexts.text("evaluation.tally.contributions", tally.count(), tally.what(),
            tally.theme().orElse("-")));
        case VOTES -> contributions.add(CoreTexts.text("evaluation.tally.votes", tally.count(), tally.what(),
            tally.proposal().map(p -> (Object) p).orElse("-")));
      }
    }
    add(assessments, SuccessCriterion.TARGET_GROUPS_REACHED, attended);
    add(assessments, SuccessCriterion.RESULT_ACHIEVED, contributions);
  }

  private static void add(Map<SuccessCriterion, CriterionAssessment> assessments, SuccessCriterion criterion,
      List<LocalizedText> more) {
    if (!more.isEmpty()) {
      CriterionAssessment a = java.util.Objects.requireNonNull(assessments.get(criterion), "every criterion is assessed");
      List<LocalizedText> evidence = new ArrayList<>(a.evidence());
      evidence.addAll(more);
      assessments.put(criterion, CriterionAssessment.builder().from(a).evidence(evidence).build());
    }
  }

  /** Who took part compared with the plan's target groups. */
  public static RepresentationAnalysis representation(ParticipationProcess process) {
    Set<ParticipantId> tookPart = ProcessFacts.tookPart(process);
    Map<TargetGroupId, Integer> came = new HashMap<>();
    for (ParticipantId id : tookPart) {
      Participant participant = process.participants().get(id);
      if (participant != null) {
        for (TargetGroupId group : participant.targetGroups()) {
          came.merge(group, 1, Integer::sum);
        }
      }
    }
    // People the record counts in aggregate for a target group took part as much as registered ones.
    for (se.participation.api.Tally tally : process.tallies()) {
      if (tally.kind() == se.participation.api.TallyKind.ATTENDED && tally.group().isPresent()) {
        came.merge(tally.group().get(), tally.count().value(), Integer::sum);
      }
    }
    RepresentationAnalysis.Builder analysis = RepresentationAnalysis.builder();
    // Per quadrant: planned groups, reached groups, people planned, people who came.
    Map<Quadrant, int[]> quadrants = new EnumMap<>(Quadrant.class);
    for (TargetGroup group : process.plan().targetGroups()) {
      int count = came.getOrDefault(group.id(), 0);
      GroupReach reach =
          new GroupReach(group.id(), group.name(), group.quadrant(), group.plannedParticipants(), count,
              group.mirrorsPopulation());
      analysis.addGroup(reach);
      if (!reach.reached()) {
        analysis.addMissingGroup(group.id());
      }
      if (group.mirrorsPopulation()) {
        continue; // spread over every quadrant in proportions the record does not give
      }
      int[] totals = quadrants.computeIfAbsent(group.quadrant(), q -> new int[4]);
      totals[0]++;
      totals[1] += reach.reached() ? 1 : 0;
      totals[2] += group.plannedParticipants().orElse(0);
      totals[3] += count;
    }
    for (se.participation.api.Sortition sortition : process.sortitions().values()) {
      sortition.panel().ifPresent(panel -> {
        for (se.participation.api.Sortition.Quota quota : panel.quotas()) {
          analysis.addQuota(new se.participation.api.QuotaReach(sortition.id(), quota.category(), quota.feature(),
              quota.min(), quota.max(), sortition.seated(quota.category(), quota.feature())));
        }
      });
    }
    for (Quadrant quadrant : Quadrant.values()) {
      int[] t = quadrants.getOrDefault(quadrant, new int[4]);
      QuadrantReach reach = new QuadrantReach(quadrant, t[0], t[1], t[2], t[3]);
      analysis.addQuadrant(reach);
      if (reach.missing()) {
        analysis.addMissingQuadrant(quadrant);
      }
    }
    return analysis.build();
  }

  /**
   * Criterion 1, "nått de målgrupper som planerats": the plan's target groups against who took
   * part, and, for a panel drawn by lot, its quotas against the panel as it finally sat. With both,
   * the criterion is met when both are, not met when neither is, and partly met otherwise.
   */
  private static CriterionAssessment targetGroups(ParticipationProcess process, RepresentationAnalysis representation) {
    List<LocalizedText> evidence = new ArrayList<>();
    java.util.Optional<CriterionResult> byGroups = groups(representation, evidence);
    java.util.Optional<CriterionResult> byQuotas = panels(process, representation, evidence);
    int groups = representation.groups().size();
    int quotas = representation.quotas().size();
    int achieved = groups - representation.missingGroups().size()
        + (int) representation.quotas().stream().filter(se.participation.api.QuotaReach::met).count();
    CriterionResult result;
    if (byGroups.isEmpty() && byQuotas.isEmpty()) {
      evidence.add(0, CoreTexts.text("evaluation.groups.nonePlanned"));
      result = CriterionResult.NOT_MET;
    } else if (byGroups.isEmpty() || byQuotas.isEmpty()) {
      result = byGroups.isPresent() ? byGroups.get() : byQuotas.get();
    } else if (byGroups.get() == byQuotas.get()) {
      result = byGroups.get();
    } else {
      result = CriterionResult.PARTLY_MET;
    }
    return assessment(SuccessCriterion.TARGET_GROUPS_REACHED, result, evidence, achieved, groups + quotas);
  }

  /** The evidence of the target groups, and their result when the plan names any. */
  private static java.util.Optional<CriterionResult> groups(RepresentationAnalysis representation,
      List<LocalizedText> evidence) {
    if (representation.groups().isEmpty()) {
      return java.util.Optional.empty();
    }
    boolean allAsPlanned = true;
    for (GroupReach group : representation.groups()) {
      allAsPlanned &= group.reachedAsPlanned();
      OptionalInt planned = group.planned();
      if (group.mirrorsPopulation()) {
        evidence.add(CoreTexts.text("evaluation.group.mirrors", group.name(), planned.isPresent() ? planned.getAsInt() : "?",
            group.came()));
        continue;
      }
      evidence.add(
          planned.isPresent()
              ? CoreTexts.text("evaluation.group.planned", group.name(), group.quadrant(), planned.getAsInt(), group.came())
              : CoreTexts.text("evaluation.group", group.name(), group.quadrant(), group.came()));
    }
    for (QuadrantReach quadrant : representation.quadrants()) {
      if (quadrant.plannedGroups() > 0) {
        evidence.add(
            CoreTexts.text(
                "evaluation.quadrant",
                quadrant.quadrant(),
                quadrant.reachedGroups(),
                quadrant.plannedGroups(),
                quadrant.came()));
      }
    }
    if (!representation.missingGroups().isEmpty()) {
      for (GroupReach group : representation.groups()) {
        if (!group.reached()) {
          evidence.add(CoreTexts.text("evaluation.group.missing", group.name(), group.quadrant()));
        }
      }
      return java.util.Optional.of(CriterionResult.NOT_MET);
    }
    return java.util.Optional.of(allAsPlanned ? CriterionResult.MET : CriterionResult.PARTLY_MET);
  }

  /**
   * The evidence of the sortitions (invited, pool, panel, replacements, who of the panel took
   * part), and the result of their quotas when a drawn panel has any: met when every quota is met
   * by the panel as it finally sat, not met when none is, partly met otherwise.
   */
  private static java.util.Optional<CriterionResult> panels(ParticipationProcess process,
      RepresentationAnalysis representation, List<LocalizedText> evidence) {
    if (process.sortitions().isEmpty()) {
      return java.util.Optional.empty();
    }
    Set<ParticipantId> tookPart = ProcessFacts.tookPart(process);
    for (se.participation.api.Sortition sortition : process.sortitions().values()) {
      Object invited = sortition.invited().map(c -> (Object) c).orElse("?");
      Object volunteers = sortition.pool().map(p -> (Object) p.volunteers()).orElse("?");
      if (sortition.panel().isEmpty()) {
        evidence.add(CoreTexts.text("evaluation.sortition.notDrawn", sortition.id(), invited, volunteers));
        continue;
      }
      se.participation.api.Sortition.Panel panel = sortition.panel().get();
      Object minimum = "-";
      if (panel.minimumProbability().isPresent()) {
        double percent = 100 * panel.minimumProbability().getAsDouble();
        minimum = LocalizedText.of(String.format(LocalizedText.SWEDISH, "%.1f %%", percent),
            String.format(java.util.Locale.ROOT, "%.1f %%", percent));
      }
      evidence.add(CoreTexts.text("evaluation.sortition", sortition.id(), invited, volunteers, panel.seats().size(),
          panel.method().map(m -> (Object) m).orElse("-"), minimum, panel.seed().map(m -> (Object) m).orElse("-")));
      List<se.participation.api.Sortition.Seat> seats = sortition.seats();
      int attended = 0;
      for (se.participation.api.Sortition.Seat seat : seats) {
        attended += tookPart.contains(seat.member()) ? 1 : 0;
      }
      evidence.add(CoreTexts.text("evaluation.sortition.seats", seats.size(),
          sortition.replacements().size() - sortition.vacancies(), sortition.vacancies(), attended));
    }
    List<se.participation.api.QuotaReach> quotas = representation.quotas();
    if (quotas.isEmpty()) {
      return java.util.Optional.empty();
    }
    int met = 0;
    for (se.participation.api.QuotaReach quota : quotas) {
      met += quota.met() ? 1 : 0;
      evidence.add(CoreTexts.text(quota.met() ? "evaluation.sortition.quota" : "evaluation.sortition.quotaMissed",
          quota.sortition(), quota.category(), quota.feature(), quota.seated(), quota.min(), quota.max()));
    }
    return java.util.Optional.of(met == quotas.size() ? CriterionResult.MET
        : met > 0 ? CriterionResult.PARTLY_MET : CriterionResult.NOT_MET);
  }

  private static CriterionAssessment questions(ParticipationProcess process) {
    List<LocalizedText> evidence = new ArrayList<>();
    List<PlannedQuestion> planned = process.plan().questions();
    if (planned.isEmpty()) {
      evidence.add(CoreTexts.text("evaluation.questions.nonePlanned"));
      return assessment(SuccessCriterion.QUESTIONS_ADDRESSED, CriterionResult.NOT_MET, evidence, 0, 0);
    }
    Map<QuestionId, Integer> proposals = new HashMap<>();
    for (Proposal proposal : process.proposals().values()) {
      // A proposal adapted from others continues their lineage: count what residents proposed once.
      if (proposal.lineage().get(0).status() == ProposalStatus.ADAPTED) {
        continue;
      }
      for (QuestionId question : proposal.questions()) {
        proposals.merge(question, 1, Integer::sum);
      }
    }
    Map<QuestionId, Integer> meetings = new HashMap<>();
    for (Meeting meeting : process.meetings().values()) {
      if (meeting.held()) {
        for (QuestionId question : meeting.questionsDiscussed()) {
          meetings.merge(question, 1, Integer::sum);
        }
      }
    }
    int addressed = 0;
    for (PlannedQuestion question : planned) {
      int byProposals = proposals.getOrDefault(question.id(), 0);
      int byMeetings = meetings.getOrDefault(question.id(), 0);
      if (byProposals + byMeetings > 0) {
        addressed++;
      }
      evidence.add(
          CoreTexts.text("evaluation.question", question.text(), byMeetings, byProposals));
    }
    CriterionResult result =
        addressed == planned.size()
            ? CriterionResult.MET
            : addressed > 0 ? CriterionResult.PARTLY_MET : CriterionResult.NOT_MET;
    return assessment(SuccessCriterion.QUESTIONS_ADDRESSED, result, evidence, addressed, planned.size());
  }

  private static CriterionAssessment result(ParticipationProcess process) {
    List<LocalizedText> evidence = new ArrayList<>();
    if (process.plan().expectedResult().isEmpty()) {
      evidence.add(CoreTexts.text("evaluation.result.nonePlanned"));
      return assessment(SuccessCriterion.RESULT_ACHIEVED, CriterionResult.NOT_MET, evidence, 0, 0);
    }
    ExpectedResult expected = process.plan().expectedResult().get();
    // What the dialogue produced, whatever the politicians then decided: proposals of the kinds
    // wanted that were not merged, dropped or replaced by an adapted text during the dialogue.
    int produced = 0;
    int withMeasurement = 0;
    int adopted = 0;
    int declined = 0;
    int handedOver = 0;
    for (Proposal proposal : process.proposals().values()) {
      ProposalStatus status = proposal.status();
      if (!expected.kinds().contains(proposal.kind()) || status == ProposalStatus.MERGED
          || status == ProposalStatus.DROPPED || status == ProposalStatus.SUPERSEDED) {
        continue;
      }
      produced++;
      if (proposal.measurement().isPresent()) {
        withMeasurement++;
      }
      if (status == ProposalStatus.HANDED_OVER) {
        handedOver++;
      } else if (status == ProposalStatus.ADOPTED || status == ProposalStatus.DECIDED) {
        adopted++;
      } else if (status == ProposalStatus.DECLINED || status == ProposalStatus.NOT_ADOPTED) {
        declined++;
      }
    }
    int counted = expected.withMeasurement() ? withMeasurement : produced;
    evidence.add(
        CoreTexts.text(
            expected.withMeasurement() ? "evaluation.result.measured" : "evaluation.result",
            expected.description(),
            expected.minimumProposals(),
            produced,
            withMeasurement,
            expected.kinds()));
    evidence.add(CoreTexts.text("evaluation.result.decided", adopted, declined, produced - adopted - declined - handedOver));
    if (handedOver > 0) {
      evidence.add(CoreTexts.text("evaluation.result.handedOver", handedOver));
    }
    long coDecided = process.proposals().values().stream()
        .filter(p -> p.lineage().stream().anyMatch(s -> !s.coDeciders().isEmpty())).count();
    if (coDecided > 0) {
      evidence.add(CoreTexts.text("evaluation.result.coDecided", coDecided));
    }
    CriterionResult result =
        counted >= expected.minimumProposals()
            ? CriterionResult.MET
            : counted > 0 ? CriterionResult.PARTLY_MET : CriterionResult.NOT_MET;
    return assessment(
        SuccessCriterion.RESULT_ACHIEVED, result, evidence, counted, expected.minimumProposals());
  }

  /**
   * Criterion 4, "har återkopplat till dem som deltog i dialogen": the residents and association
   * representatives who took part and can be reached, and every anonymous or pseudonymous
   * channel a contribution came through, against those that feedback reached. Decision makers
   * are not named by the criterion (their feedback is reported beside it, and checked by
   * ATERKOPPLING-BESLUTSFATTARE); politicians and officials who took part are the city's side of
   * the dialogue, not those owed feedback; a participant who cannot be reached is left out of the
   * measure, as the rule ATERKOPPLING-DELTAGARE leaves them out, and reported.
   */
  private static CriterionAssessment feedback(ParticipationProcess process) {
    List<LocalizedText> evidence = new ArrayList<>();
    Set<ParticipantId> reached = ProcessFacts.reachedByFeedback(process);
    int owed = 0;
    int fedBack = 0;
    int unreachable = 0;
    for (ParticipantId id : ProcessFacts.tookPart(process)) {
      Participant participant = process.participants().get(id);
      if (participant == null || !ProcessFacts.owedFeedback(participant)) {
        continue;
      }
      if (reached.contains(id)) {
        owed++;
        fedBack++;
      } else if (ProcessFacts.reachable(process, participant)) {
        owed++;
      } else {
        unreachable++;
      }
    }
    int percent = owed == 0 ? 0 : (int) Math.round(100.0 * fedBack / owed);
    evidence.add(CoreTexts.text("evaluation.feedback.participants", fedBack, owed, percent));
    if (unreachable > 0) {
      evidence.add(CoreTexts.text("evaluation.feedback.unreachable", unreachable));
    }
    Set<String> channels = ProcessFacts.anonymousChannelsUsed(process);
    if (!channels.isEmpty()) {
      Set<String> served = ProcessFacts.anonymousChannelsServed(process);
      int channelsServed = (int) channels.stream().filter(served::contains).count();
      owed += channels.size();
      fedBack += channelsServed;
      evidence.add(CoreTexts.text("evaluation.feedback.channels", channelsServed, channels.size()));
    }
    evidence.add(CoreTexts.text(ProcessFacts.decisionMakersFedBack(process)
        ? "evaluation.feedback.decisionMakers" : "evaluation.feedback.noDecisionMakers"));
    CriterionResult result;
    if (owed > 0 && fedBack == owed) {
      result = CriterionResult.MET;
    } else if (fedBack > 0) {
      result = CriterionResult.PARTLY_MET;
    } else {
      result = CriterionResult.NOT_MET;
    }
    return assessment(SuccessCriterion.FEEDBACK_GIVEN, result, evidence, fedBack, owed);
  }

  private static CriterionAssessment assessment(
      SuccessCriterion criterion,
      CriterionResult result,
      List<LocalizedText> evidence,
      int achieved,
      int outOf) {
    return CriterionAssessment.builder()
        .criterion(criterion)
        .result(result)
        .evidence(evidence)
        .achieved(achieved)
        .outOf(outOf)
        .build();
  }
}
