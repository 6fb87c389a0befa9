// Copyright 2026 The Participation SDK authors
// SPDX-License-Identifier: Apache-2.0
package se.participation.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The small answers values give, which rules, reports and embedders build on. */
class ValueBehaviourTest {
  static Stream<Function<String, Comparable<?>>> identifiers() {
    return Stream.of(ProcessId::of, ProposalId::of, QuestionId::of, ParticipantId::of, GroupId::of, MeetingId::of,
        OffTopicId::of, FeedbackId::of, ActorId::of, TargetGroupId::of);
  }

  @ParameterizedTest
  @MethodSource("identifiers")
  @SuppressWarnings({"unchecked", "rawtypes"})
  void identifiersPrintAsTheirValueAndSortByIt(Function<String, Comparable<?>> of) {
    List<Comparable> ids = new ArrayList<>(List.of(of.apply("b-2"), of.apply("a-1"), of.apply("b-10")));
    ids.sort(null);
    assertThat(ids).extracting(Object::toString).containsExactly("a-1", "b-10", "b-2");
    assertThat(((Comparable) of.apply("a")).compareTo(of.apply("a"))).isZero();
    assertThat(((Comparable) of.apply("a")).compareTo(of.apply("b"))).isNegative();
  }

  @Test
  void aGroupIsReachedWhenAnyoneCameAndAsPlannedWhenAsManyCameAsPlanned() {
    GroupReach none = new GroupReach(TargetGroupId.of("unga"), "Unga", Quadrant.LOW_ACTIVITY_HIGH_AFFECTEDNESS, OptionalInt.of(5), 0);
    GroupReach some = new GroupReach(TargetGroupId.of("unga"), "Unga", Quadrant.LOW_ACTIVITY_HIGH_AFFECTEDNESS, OptionalInt.of(5), 4);
    GroupReach all = new GroupReach(TargetGroupId.of("unga"), "Unga", Quadrant.LOW_ACTIVITY_HIGH_AFFECTEDNESS, OptionalInt.of(5), 5);
    GroupReach unplanned = new GroupReach(TargetGroupId.of("unga"), "Unga", Quadrant.LOW_ACTIVITY_HIGH_AFFECTEDNESS, OptionalInt.empty(), 1);
    GroupReach unplannedNone = new GroupReach(TargetGroupId.of("unga"), "Unga", Quadrant.LOW_ACTIVITY_HIGH_AFFECTEDNESS, OptionalInt.empty(), 0);
    assertThat(List.of(none, some, all, unplanned, unplannedNone)).extracting(GroupReach::reached)
        .containsExactly(false, true, true, true, false);
    assertThat(List.of(none, some, all, unplanned, unplannedNone)).extracting(GroupReach::reachedAsPlanned)
        .containsExactly(false, false, true, true, false);
    assertThat(none.mirrorsPopulation()).isFalse();
    assertThatThrownBy(() -> new GroupReach(TargetGroupId.of("unga"), "Unga", Quadrant.LOW_ACTIVITY_HIGH_AFFECTEDNESS, OptionalInt.empty(), -1))
        .hasMessageContaining("came must not be negative");
  }

  @Test
  void aQuadrantIsMissingWhenGroupsWerePlannedInItAndNobodyCame() {
    Quadrant q = Quadrant.LOW_ACTIVITY_HIGH_AFFECTEDNESS;
    assertThat(new QuadrantReach(q, 2, 0, 10, 0).missing()).isTrue();
    assertThat(new QuadrantReach(q, 2, 1, 10, 1).missing()).isFalse();
    assertThat(new QuadrantReach(q, 0, 0, 0, 0).missing()).isFalse();
  }

  private static SuccessEvaluation evaluation(CriterionResult feedback) {
    Map<SuccessCriterion, CriterionAssessment> assessments = new EnumMap<>(SuccessCriterion.class);
    for (SuccessCriterion criterion : SuccessCriterion.values()) {
      assessments.put(criterion, CriterionAssessment.builder().criterion(criterion)
          .result(criterion == SuccessCriterion.FEEDBACK_GIVEN ? feedback : CriterionResult.MET).achieved(1).outOf(1).build());
    }
    return SuccessEvaluation.builder().process(ProcessId.of("p")).version(9).assessments(assessments)
        .representation(RepresentationAnalysis.builder().build()).build();
  }

  @Test
  void aProcessSucceededOnlyWhenEveryCriterionIsMet() {
    assertThat(evaluation(CriterionResult.MET).successful()).isTrue();
    for (CriterionResult other : CriterionResult.values()) {
      if (other != CriterionResult.MET) {
        assertThat(evaluation(other).successful()).as("feedback %s", other).isFalse();
      }
    }
    assertThat(evaluation(CriterionResult.MET).assessment(SuccessCriterion.FEEDBACK_GIVEN).result()).isEqualTo(CriterionResult.MET);
    assertThatThrownBy(() -> SuccessEvaluation.builder().process(ProcessId.of("p")).version(1)
        .representation(RepresentationAnalysis.builder().build()).build())
        .hasMessageContaining("must hold every criterion");
  }

  @Test
  void anActorHoldsARoleAmongThoseWanted() {
    Actor facilitator = Actor.of("fia", ActorRole.FACILITATOR, ActorRole.ADMINISTRATION);
    assertThat(facilitator.holdsAnyOf(EnumSet.of(ActorRole.COMMITTEE, ActorRole.ADMINISTRATION))).isTrue();
    assertThat(facilitator.holdsAnyOf(EnumSet.of(ActorRole.COMMITTEE))).isFalse();
    assertThat(facilitator.holdsAnyOf(Set.of())).isFalse();
  }

  @Test
  void aDateRangeContainsItsFirstAndLastDay() {
    DateRange spring = DateRange.of(LocalDate.of(2020, 3, 1), LocalDate.of(2020, 5, 31));
    assertThat(spring.contains(LocalDate.of(2020, 3, 1))).isTrue();
    assertThat(spring.contains(LocalDate.of(2020, 5, 31))).isTrue();
    assertThat(spring.contains(LocalDate.of(2020, 2, 29))).isFalse();
    assertThat(spring.contains(LocalDate.of(2020, 6, 1))).isFalse();
    assertThat(spring.exact()).isTrue();
  }

  @Test
  void partsComeInTheHandbooksOrder() {
    assertThat(Part.BESLUT.isBefore(Part.PLANERING)).isTrue();
    assertThat(Part.PLANERING.isBefore(Part.PLANERING)).isFalse();
    assertThat(Part.UTVARDERING.isBefore(Part.BESLUT)).isFalse();
  }

  @Test
  void discardedProposalsAreThoseSetAsideAndNoOthers() {
    assertThat(EnumSet.allOf(ProposalStatus.class).stream().filter(ProposalStatus::isDiscarded))
        .containsExactlyInAnyOrder(ProposalStatus.MERGED, ProposalStatus.DROPPED, ProposalStatus.DECLINED, ProposalStatus.NOT_ADOPTED);
  }

  @Test
  void anExpectedResultHoldsItsKindsAndDefaultsToOneProposalWithoutMeasurement() {
    ExpectedResult goals = ExpectedResult.builder().description("Mål").kind(ProposalKind.GOAL).build();
    assertThat(goals.kinds()).containsExactly(ProposalKind.GOAL);
    assertThat(goals.minimumProposals()).isEqualTo(1);
    assertThat(goals.withMeasurement()).isFalse();
    ExpectedResult more = ExpectedResult.builder().from(goals).addAdditionalKinds(ProposalKind.values()).minimumProposals(3)
        .withMeasurement(true).build();
    assertThat(more.kinds()).containsExactlyInAnyOrder(ProposalKind.values());
    assertThat(more.minimumProposals()).isEqualTo(3);
    assertThat(more.withMeasurement()).isTrue();
    assertThatThrownBy(() -> ExpectedResult.builder().from(goals).minimumProposals(0).build())
        .hasMessageContaining("minimumProposals must be at least 1");
  }

  @Test
  void anOffTopicMatterIsRoutedOnceItNamesWhere() {
    OffTopicMatter matter = OffTopicMatter.builder().id(OffTopicId.of("o1")).text("Trasig gatlampa").build();
    assertThat(matter.isRouted()).isFalse();
    assertThat(OffTopicMatter.builder().from(matter).routedTo("Stadsbyggnad").build().isRouted()).isTrue();
  }

  @Test
  void aCountPrintsAsTheRecordWordsIt() {
    assertThat(Count.exactly(12)).hasToString("12");
    assertThat(Count.about(60, "ett sextiotal")).hasToString("ett sextiotal");
    assertThat(new Count(60, true, java.util.Optional.empty())).hasToString("ca 60");
  }
}
