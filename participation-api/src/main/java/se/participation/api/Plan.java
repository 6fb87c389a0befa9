// Copyright 2026 The Participation SDK authors
// SPDX-License-Identifier: Apache-2.0
package se.participation.api;

import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import org.immutables.value.Value;
import se.participation.api.internal.Checks;

/**
 * The plan of a dialogue: the answers to the checklist's planning questions and the plans for
 * documentation, feedback and evaluation. Every element is optional while the plan is a draft;
 * the handbook's rules in the core say which must be present before the dialogue is held.
 *
 * <p>Build one with {@link #builder()}, or change one with {@code
 * Plan.builder().from(plan).method("…").build()}.
 */
@Value.Immutable
public abstract class Plan {

  /** Why we want to hold a dialogue (PLANERING-1). */
  public abstract Optional<String> purpose();

  /** The questions we want answered and how the answers will be used (PLANERING-2). */
  public abstract List<PlannedQuestion> questions();

  /** The question as phrased to residents (PLANERING-3). */
  public abstract Optional<String> phrasedQuestion();

  /** The degree of participation residents can expect (PLANERING-4). */
  public abstract Optional<EngagementLevel> promisedLevel();

  /** The dates of each part (PLANERING-5). */
  @Value.Default
  public Timeline timeline() {
    return Timeline.empty();
  }

  /** How the dialogue is carried out (PLANERING-6). */
  public abstract Optional<String> method();

  /** Who is responsible for the dialogue (PLANERING-7). */
  public abstract List<String> responsible();

  /** Other administrations concerned and coordination (PLANERING-8). */
  public abstract Optional<Coordination> coordination();

  /** The groups to reach, placed in the representation model (PLANERING-9). */
  public abstract List<TargetGroup> targetGroups();

  /**
   * Why no target group is in the priority quadrant (highly affected, low activity), when none
   * is; the handbook asks for extra effort on that group.
   */
  public abstract Optional<String> priorityQuadrantAbsence();

  /** Whether and how politicians take part (PLANERING-10). */
  public abstract Optional<PoliticianInvolvement> politicians();

  /** Internal or external facilitator (PLANERING-11). */
  public abstract Optional<Facilitator> facilitator();

  /** Internal and external communication (PLANERING-12). */
  public abstract Optional<CommunicationPlan> communication();

  /** How matters that do not concern the dialogue are handled (PLANERING-13). */
  public abstract Optional<String> offTopicHandling();

  /** Risks and potential conflicts (PLANERING-14). */
  public abstract Optional<String> risks();

  /** How what comes out of the dialogue is documented (GENOMFORANDE-1). */
  public abstract Optional<String> documentation();

  /** How the result of the dialogue is compiled (ATERKOPPLING-1). */
  public abstract Optional<String> compilation();

  /** How and when the result reaches participants and decision makers (ATERKOPPLING-2). */
  public abstract Optional<FeedbackPlan> feedback();

  /** How the process is evaluated (UTVARDERING-1 to 3). */
  public abstract Optional<EvaluationPlan> evaluation();

  /** The result the dialogue should give (success criterion 3). */
  public abstract Optional<ExpectedResult> expectedResult();

  /** How many occasions are planned; DELAKTIGHET works over more than one. */
  public abstract OptionalInt plannedOccasions();

  /** The stages residents take part in; at MEDSKAPANDE, all of them. */
  public abstract Set<ResidentInvolvement> residentInvolvement();

  /** The target group with an identifier, if planned. */
  public final Optional<TargetGroup> targetGroup(TargetGroupId id) {
    return targetGroups().stream().filter(g -> g.id().equals(id)).findFirst();
  }

  /** The planned question with an identifier, if planned. */
  public final Optional<PlannedQuestion> question(QuestionId id) {
    return questions().stream().filter(q -> q.id().equals(id)).findFirst();
  }

  /**
   * Whether the plan answers a checklist question. The decision questions are not the plan's to
   * answer and always give {@code false}. This is presence, not quality: an element answers its
   * question when it is there and says something; a text that is only punctuation or a
   * placeholder ("vet ej", "okänt", "saknas", "tbd", "-", "?") does not answer it. Whether the
   * answer is a good one is for a person to judge; mark what the record lacks with {@code
   * MarkUndocumented} rather than with a placeholder.
   */
  public final boolean answers(ChecklistQuestion question) {
    return switch (question) {
      case BESLUT_1, BESLUT_2, BESLUT_3, BESLUT_4, BESLUT_5 -> false;
      case PLANERING_1 -> said(purpose());
      case PLANERING_2 ->
          !questions().isEmpty() && questions().stream().allMatch(q -> q.intendedUse().isPresent());
      case PLANERING_3 -> said(phrasedQuestion());
      case PLANERING_4 -> promisedLevel().isPresent();
      case PLANERING_5 ->
          List.of(Part.BESLUT, Part.GENOMFORANDE, Part.ATERKOPPLING, Part.UTVARDERING).stream()
              .allMatch(p -> timeline().period(p).isPresent());
      case PLANERING_6 -> said(method());
      case PLANERING_7 -> responsible().stream().anyMatch(r -> !Checks.placeholder(r));
      case PLANERING_8 -> coordination().isPresent();
      case PLANERING_9 -> !targetGroups().isEmpty();
      case PLANERING_10 -> politicians().isPresent();
      case PLANERING_11 -> facilitator().isPresent();
      case PLANERING_12 -> communication().isPresent();
      case PLANERING_13 -> said(offTopicHandling());
      case PLANERING_14 -> said(risks());
      case GENOMFORANDE_1 -> said(documentation());
      case ATERKOPPLING_1 -> said(compilation());
      case ATERKOPPLING_2 -> feedback().isPresent();
      case UTVARDERING_1 -> evaluation().isPresent();
      case UTVARDERING_2 -> evaluation().isPresent();
      case UTVARDERING_3 -> evaluation().flatMap(EvaluationPlan::sharing).isPresent();
    };
  }

  private static boolean said(Optional<String> text) {
    return text.filter(t -> !Checks.placeholder(t)).isPresent();
  }

  @Value.Check
  void check() {
    purpose().ifPresent(v -> Checks.notBlank("purpose", v));
    phrasedQuestion().ifPresent(v -> Checks.notBlank("phrasedQuestion", v));
    method().ifPresent(v -> Checks.notBlank("method", v));
    priorityQuadrantAbsence().ifPresent(v -> Checks.notBlank("priorityQuadrantAbsence", v));
    offTopicHandling().ifPresent(v -> Checks.notBlank("offTopicHandling", v));
    risks().ifPresent(v -> Checks.notBlank("risks", v));
    documentation().ifPresent(v -> Checks.notBlank("documentation", v));
    compilation().ifPresent(v -> Checks.notBlank("compilation", v));
    for (int i = 0; i < responsible().size(); i++) {
      Checks.notBlank("responsible[" + i + "]", responsible().get(i));
    }
    plannedOccasions().ifPresent(n -> Checks.atLeast("plannedOccasions", 1, n));
    unique("questions", questions().stream().map(PlannedQuestion::id).toList());
    unique("targetGroups", targetGroups().stream().map(TargetGroup::id).toList());
  }

  private static void unique(String field, List<?> ids) {
    Set<Object> seen = new java.util.HashSet<>();
    for (Object id : ids) {
      Checks.check(seen.add(id), field, "must not repeat an identifier", id);
    }
  }

  /** A plan with nothing answered yet. */
  public static Plan empty() {
    return Empty.PLAN;
  }

  /** The empty plan, made once (on first use, after the class is initialised). */
  private static final class Empty {
    static final Plan PLAN = builder().build();
  }

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Plan}. */
  public static final class Builder extends ImmutablePlan.Builder {}
}
