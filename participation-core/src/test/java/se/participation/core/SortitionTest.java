// Copyright 2026 The Participation SDK authors
// SPDX-License-Identifier: Apache-2.0
package se.participation.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;
import se.participation.api.Count;
import se.participation.api.CriterionAssessment;
import se.participation.api.CriterionResult;
import se.participation.api.ParticipantId;
import se.participation.api.ParticipationProcess;
import se.participation.api.Plan;
import se.participation.api.QuotaReach;
import se.participation.api.Sortition;
import se.participation.api.SortitionId;
import se.participation.api.SuccessCriterion;
import se.participation.api.command.Command;
import se.participation.api.command.Outcome;
import se.participation.api.command.Reason;
import se.participation.api.event.Event;
import se.participation.api.event.EventContext;

/** The selection of a panel by lot as the process records it, and how the first criterion uses it. */
class SortitionTest {
  private static final SortitionId LOT = SortitionId.of("klimatpanelen");
  private static final ParticipantId A = ParticipantId.of("a");
  private static final ParticipantId B = ParticipantId.of("b");
  private static final ParticipantId C = ParticipantId.of("c");
  private static final ParticipantId R = ParticipantId.of("reserv-1");

  private static Sortition.Seat seat(ParticipantId member, String gender, String age) {
    return new Sortition.Seat(member, Map.of("kön", gender, "ålder", age));
  }

  private static Sortition.Panel panel() {
    return new Sortition.Panel(
        List.of(new Sortition.Quota("kön", "kvinna", 1, 2), new Sortition.Quota("kön", "man", 1, 2),
            new Sortition.Quota("ålder", "16-29", 1, 3)),
        List.of(seat(A, "kvinna", "16-29"), seat(B, "man", "30-64"), seat(C, "kvinna", "65+")),
        Optional.of("LEXIMIN"), Optional.of("Lotto 2026-11-28: 3 11 17 24 29 33 35"), OptionalDouble.of(0.026), 2);
  }

  /** Planned, with invitations in two waves, the pool and the panel recorded. */
  private static Scenario drawn() {
    Scenario s = new Scenario().planned();
    s.run(Scenario.FACILITATOR, c -> new Command.RecordInvitations(c, LOT, Count.exactly(5000), Optional.of("folkbokförda 16+")));
    s.run(Scenario.FACILITATOR, c -> new Command.RecordInvitations(c, LOT, Count.about(2000, "ca 2 000"), Optional.empty()));
    s.run(Scenario.FACILITATOR, c -> new Command.RecordPool(c, LOT, new Sortition.Pool(Count.exactly(412),
        Map.of("kön", Map.of("kvinna", 230, "man", 182)))));
    s.run(Scenario.OWNER, c -> new Command.RecordPanelDraw(c, LOT, panel()));
    return s;
  }

  private static CriterionAssessment firstCriterion(ParticipationProcess process) {
    return SuccessEvaluator.evaluate(process).assessment(SuccessCriterion.TARGET_GROUPS_REACHED);
  }

  @Test
  void theRecordKeepsInvitationsPoolPanelAndReplacementsAndThePanelAsItFinallySat() {
    Scenario s = drawn();
    s.run(Scenario.FACILITATOR, c -> new Command.ReplacePanelMember(c, LOT, B, Optional.of(seat(R, "man", "16-29")), "avböjde"));
    s.run(Scenario.FACILITATOR, c -> new Command.ReplacePanelMember(c, LOT, C, Optional.empty(), "flyttade"));

    Sortition sortition = s.process().sortitions().get(LOT);
    assertThat(sortition.invitations()).hasSize(2);
    assertThat(sortition.invited()).hasValueSatisfying(c -> {
      assertThat(c.value()).isEqualTo(7000);
      assertThat(c.approximate()).isTrue();
    });
    assertThat(sortition.pool().orElseThrow().volunteers().value()).isEqualTo(412);
    assertThat(sortition.panel().orElseThrow().seats()).extracting(Sortition.Seat::member).containsExactly(A, B, C);
    assertThat(sortition.seats()).extracting(Sortition.Seat::member).containsExactly(A, R);
    assertThat(sortition.vacancies()).isEqualTo(1);
    assertThat(sortition.seated("kön", "kvinna")).isEqualTo(1);
    assertThat(sortition.seated("ålder", "16-29")).isEqualTo(2);

    // The process is the fold of its events, whoever replays them.
    assertThat(ProcessEngine.withHandbookRulesOnly().replay(s.history())).isEqualTo(s.process());
    assertThat(s.history()).filteredOn(e -> e instanceof Event.PanelMemberReplaced).hasSize(2);
  }

  @Test
  void aPanelThatMeetsItsQuotasMeetsTheFirstCriterionWhenThePlanNamesNoTargetGroups() {
    Scenario s = drawn();
    ParticipationProcess noGroups = ParticipationProcess.builder().from(s.process())
        .plan(Plan.builder().from(s.process().plan()).targetGroups(List.of()).build()).build();

    CriterionAssessment assessment = firstCriterion(noGroups);

    assertThat(assessment.result()).isEqualTo(CriterionResult.MET);
    assertThat(assessment.achieved()).isEqualTo(3);
    assertThat(assessment.outOf()).isEqualTo(3);
    assertThat(assessment.evidence()).extracting(t -> t.en()).contains(
        "Sortition klimatpanelen: ca 7000 invited, 412 volunteered, 3 drawn (method LEXIMIN, smallest chance of selection"
            + " 2.6 %, seed Lotto 2026-11-28: 3 11 17 24 29 33 35).",
        "Sortition klimatpanelen, kön = kvinna: 2 seats, quota 1-2: met.");
    assertThat(assessment.evidence()).extracting(t -> t.sv()).contains(
        "Lottningen klimatpanelen: ca 7000 inbjudna, 412 anmälda, 3 lottade (metod LEXIMIN, minsta chans att bli vald"
            + " 2,6 %, frö Lotto 2026-11-28: 3 11 17 24 29 33 35).");
    assertThat(SuccessEvaluator.evaluate(noGroups).representation().quotas()).containsExactly(
        new QuotaReach(LOT, "kön", "kvinna", 1, 2, 2), new QuotaReach(LOT, "kön", "man", 1, 2, 1),
        new QuotaReach(LOT, "ålder", "16-29", 1, 3, 1));
  }

  @Test
  void replacementsThatBreakAQuotaLeaveTheCriterionPartlyMetAndSayWhich() {
    Scenario s = drawn();
    // The only man leaves; a woman takes his seat: "man" now has no seat, below its quota 1-2;
    // "kvinna" has 3, above its 2.
    s.run(Scenario.FACILITATOR, c -> new Command.ReplacePanelMember(c, LOT, B, Optional.of(seat(R, "kvinna", "16-29")), "sjuk"));
    ParticipationProcess noGroups = ParticipationProcess.builder().from(s.process())
        .plan(Plan.builder().from(s.process().plan()).targetGroups(List.of()).build()).build();

    CriterionAssessment assessment = firstCriterion(noGroups);

    assertThat(assessment.result()).isEqualTo(CriterionResult.PARTLY_MET);
    assertThat(assessment.achieved()).isEqualTo(1);
    assertThat(assessment.evidence()).extracting(t -> t.en()).contains(
        "Sortition klimatpanelen, kön = man: 0 seats, quota 1-2: not met.",
        "Sortition klimatpanelen, kön = kvinna: 3 seats, quota 1-2: not met.",
        "The panel as it finally sat: 3 seats, 1 replaced by reserves, 0 left empty; 0 of the members took part in a"
            + " meeting of the record.");
  }

  @Test
  void thePanelAsItFinallySatCountsReservesEmptySeatsAndMembersWhoTookPartAndNoQuotaMetIsNotMet() {
    // Carried out: p1, p2 and p3 took part in the meeting. The panel seats p1, p2, a and b; a
    // gives her seat to p3, b leaves it empty.
    Scenario s = new Scenario().carriedOut();
    s.run(Scenario.OWNER, c -> new Command.RecordPanelDraw(c, LOT, new Sortition.Panel(
        List.of(new Sortition.Quota("ålder", "16-29", 2, 2)),
        List.of(seat(Scenario.P1, "kvinna", "16-29"), seat(Scenario.P2, "man", "30-64"), seat(A, "kvinna", "65+"),
            seat(B, "man", "16-29")),
        Optional.of("LEGACY"), Optional.empty(), OptionalDouble.empty(), 1)));
    s.run(Scenario.FACILITATOR, c -> new Command.ReplacePanelMember(c, LOT, A,
        Optional.of(seat(Scenario.P3, "kvinna", "65+")), "avböjde"));
    s.run(Scenario.FACILITATOR, c -> new Command.ReplacePanelMember(c, LOT, B, Optional.empty(), "flyttade"));
    ParticipationProcess noGroups = ParticipationProcess.builder().from(s.process())
        .plan(Plan.builder().from(s.process().plan()).targetGroups(List.of()).build()).build();

    CriterionAssessment assessment = firstCriterion(noGroups);

    assertThat(assessment.result()).isEqualTo(CriterionResult.NOT_MET);
    assertThat(assessment.achieved()).isZero();
    assertThat(assessment.outOf()).isEqualTo(1);
    assertThat(assessment.evidence()).extracting(t -> t.en()).contains(
        "The panel as it finally sat: 3 seats, 1 replaced by reserves, 1 left empty; 3 of the members took part in a"
            + " meeting of the record.",
        "Sortition klimatpanelen, ålder = 16-29: 1 seats, quota 2-2: not met.");
    assertThat(assessment.evidence()).extracting(t -> t.sv()).contains(
        "Panelen som den till slut satt: 3 platser, 1 ersatta av reserver, 1 tomma; 3 av ledamöterna deltog i ett möte i"
            + " underlaget.");
  }

  @Test
  void targetGroupsAndQuotasTogetherAreMetOnlyWhenBothAre() {
    // The scenario's target groups are reached once the meeting is held; its quotas are met.
    Scenario s = drawn();
    assertThat(firstCriterion(s.process()).result()).as("groups not yet reached, quotas met")
        .isEqualTo(CriterionResult.PARTLY_MET);
    assertThat(firstCriterion(s.process()).outOf()).isEqualTo(2 + 3);
  }

  @Test
  void aSortitionWithoutAPanelIsReportedButDoesNotDecideTheCriterion() {
    Scenario s = new Scenario().planned();
    s.run(Scenario.FACILITATOR, c -> new Command.RecordInvitations(c, LOT, Count.exactly(900), Optional.empty()));
    ParticipationProcess noGroups = ParticipationProcess.builder().from(s.process())
        .plan(Plan.builder().from(s.process().plan()).targetGroups(List.of()).build()).build();

    CriterionAssessment assessment = firstCriterion(noGroups);

    assertThat(assessment.result()).isEqualTo(CriterionResult.NOT_MET);
    assertThat(assessment.evidence()).extracting(t -> t.en()).containsExactly(
        "The plan has no target groups, so it cannot show that we reached those we wanted.",
        "Sortition klimatpanelen: 900 invited, ? volunteered; no panel drawn in the record.");
  }

  @Test
  void aSecondDrawAndImpossibleReplacementsAreRefusedWithEveryReasonAndNothingChanges() {
    Scenario s = drawn();
    ParticipationProcess before = s.process();

    Outcome again = s.decide(Scenario.OWNER, c -> new Command.RecordPanelDraw(c, LOT, new Sortition.Panel(
        List.of(new Sortition.Quota("kön", "kvinna", 5, 5)), List.of(seat(R, "kvinna", "16-29")), Optional.empty(),
        Optional.empty(), OptionalDouble.empty(), 0)));
    assertThat(again).isInstanceOf(Outcome.Rejected.class);
    assertThat(((Outcome.Rejected) again).reasons()).extracting(r -> ((Reason.InvalidInput) r).field())
        .containsExactly("sortition", "panel.quotas");

    Outcome wrong = s.decide(Scenario.FACILITATOR, c -> new Command.ReplacePanelMember(c, LOT, R,
        Optional.of(seat(A, "kvinna", "16-29")), "avböjde"));
    assertThat(((Outcome.Rejected) wrong).reasons()).extracting(r -> ((Reason.InvalidInput) r).field())
        .containsExactly("left", "replacement.member");
    assertThat(((Reason.InvalidInput) ((Outcome.Rejected) wrong).reasons().get(0)).problem().en())
        .isEqualTo("reserv-1 does not sit on the panel of the sortition klimatpanelen.");

    Outcome unknown = s.decide(Scenario.FACILITATOR, c -> new Command.ReplacePanelMember(c, SortitionId.of("annan"), A,
        Optional.empty(), "avböjde"));
    assertThat(((Reason.InvalidInput) ((Outcome.Rejected) unknown).reasons().get(0)).problem().sv())
        .isEqualTo("lottningen annan har ingen lottad panel.");

    Outcome smallPool = s.decide(Scenario.FACILITATOR, c -> new Command.RecordPool(c, LOT, Sortition.Pool.of(Count.exactly(2))));
    assertThat(((Outcome.Rejected) smallPool).reasons()).extracting(r -> ((Reason.InvalidInput) r).field())
        .containsExactly("pool.volunteers");
    assertThat(s.process()).isSameAs(before);
  }

  @Test
  void aSortitionIsRecordedInPlaneringAndGenomforandeOnly() {
    Scenario s = new Scenario().fedBack();
    Outcome late = s.decide(Scenario.FACILITATOR, c -> new Command.RecordInvitations(c, LOT, Count.exactly(10), Optional.empty()));
    assertThat(late).isInstanceOf(Outcome.Rejected.class);
    assertThat(((Outcome.Rejected) late).reasons()).hasOnlyElementsOfType(Reason.NotAllowedNow.class);
  }

  @Test
  void aHistoryThatReplacesAMemberOfAPanelNeverDrawnIsImpossible() {
    Scenario s = new Scenario().planned();
    List<Event> history = new ArrayList<>(s.history());
    Event last = history.get(history.size() - 1);
    EventContext next = new EventContext(last.context().process(), last.context().version() + 1, last.context().actor(),
        last.context().at().plusSeconds(60));
    history.add(new Event.PanelMemberReplaced(next, LOT, A, Optional.empty(), "avböjde"));

    assertThatThrownBy(() -> ProcessEngine.withHandbookRulesOnly().replay(history))
        .isInstanceOfSatisfying(ImpossibleHistoryException.class, e -> assertThat(e.position()).isEqualTo(history.size() - 1));
  }

  @Test
  void erasingAMemberKeepsHerSeatAndFeaturesUnderHerOpaqueIdSoTheQuotasStillAddUp() {
    Scenario s = drawn();
    s.run(Scenario.FACILITATOR, c -> new Command.RegisterParticipant(c,
        Scenario.named(A, se.participation.api.ParticipantRole.RESIDENT, "unga"), Optional.of(Scenario.contact(A))));
    var before = SuccessEvaluator.evaluate(s.process()).representation().quotas();
    s.run(Scenario.OWNER, c -> new Command.EraseParticipantData(c, A));

    assertThat(s.process().contacts()).doesNotContainKey(A);
    assertThat(s.process().sortitions().get(LOT).seats()).extracting(Sortition.Seat::member).contains(A);
    assertThat(SuccessEvaluator.evaluate(s.process()).representation().quotas()).isEqualTo(before);
  }

  @Test
  void valuesRefuseWhatNoRecordCanMean() {
    assertThatThrownBy(() -> new Sortition.Quota("kön", "kvinna", 3, 2)).hasMessageContaining("max must be at least min 3");
    assertThatThrownBy(() -> new Sortition.Panel(List.of(), List.of(seat(A, "kvinna", "x"), seat(A, "man", "y")),
        Optional.empty(), Optional.empty(), OptionalDouble.empty(), 0)).hasMessageContaining("must not seat a member twice");
    assertThatThrownBy(() -> new Sortition.Panel(List.of(), List.of(seat(A, "kvinna", "x")),
        Optional.empty(), Optional.empty(), OptionalDouble.of(1.5), 0)).hasMessageContaining("minimumProbability");
    assertThatThrownBy(() -> new Sortition.Pool(Count.exactly(10), Map.of("kön", Map.of("kvinna", 8, "man", 5))))
        .hasMessageContaining("must not count more volunteers than the pool's 10");
    assertThatThrownBy(() -> new Sortition.Seat(A, Map.of("kön", "kvinna\u202e")))
        .hasMessageContaining("control or formatting");
    assertThatThrownBy(() -> new Sortition.Replacement(java.time.Instant.EPOCH, A, Optional.of(seat(A, "kvinna", "x")), "r"))
        .hasMessageContaining("someone other than the member who left");
  }
}
