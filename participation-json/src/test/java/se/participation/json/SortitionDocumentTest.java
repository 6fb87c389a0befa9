// Copyright 2026 The Participation SDK authors
// SPDX-License-Identifier: Apache-2.0
package se.participation.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import se.participation.api.CriterionResult;
import se.participation.api.ParticipantId;
import se.participation.api.Part;
import se.participation.api.Sortition;
import se.participation.api.SortitionId;
import se.participation.api.SuccessCriterion;
import se.participation.api.event.Event;
import se.participation.core.ProcessEngine;

/** A document that records a panel drawn by lot: read, entered in order of time, written and read back. */
class SortitionDocumentTest {
  private static final ProcessEngine ENGINE = ProcessEngine.withHandbookRulesOnly();
  private static final Path FILE = Path.of("..", "examples", "lottad-panel.yaml");
  private static final SortitionId LOT = SortitionId.of("parkpanelen");

  private static String example() throws IOException {
    return Files.readString(FILE);
  }

  @Test
  void theExampleIsEnteredInOrderOfTimeAndItsPanelSitsAsTheReplacementsLeftIt() {
    Judgement judgement = Judgement.of(Input.of(FILE), ENGINE);

    Sortition lot = judgement.process().sortitions().get(LOT);
    assertThat(lot.invited().orElseThrow().value()).isEqualTo(3000);
    assertThat(lot.pool().orElseThrow().counts().get("ålder")).containsEntry("16-29", 11);
    assertThat(lot.panel().orElseThrow().seats()).hasSize(8);
    assertThat(lot.seats()).hasSize(7).extracting(Sortition.Seat::member).contains(ParticipantId.of("reserv-1"))
        .doesNotContain(ParticipantId.of("ledamot-2"), ParticipantId.of("ledamot-4"));
    // The plan was approved before the invitations went out: everything follows it, as dated.
    List<String> kinds = judgement.history().stream().map(e -> e.getClass().getSimpleName())
        .filter(n -> n.startsWith("Invitations") || n.startsWith("Pool") || n.startsWith("Panel") || n.equals("PlanApproved"))
        .toList();
    assertThat(kinds).containsExactly("PlanApproved", "InvitationsSent", "InvitationsSent", "PoolRecorded", "PanelDrawn",
        "PanelMemberReplaced", "PanelMemberReplaced");
    assertThat(judgement.process().part()).isEqualTo(Part.GENOMFORANDE);

    var first = judgement.verdict().evaluation().assessment(SuccessCriterion.TARGET_GROUPS_REACHED);
    assertThat(first.result()).isEqualTo(CriterionResult.PARTLY_MET);
    assertThat(first.evidence()).extracting(t -> t.en())
        .contains("Sortition parkpanelen, ålder = 16-29: 1 seats, quota 2-3: not met.");
  }

  @Test
  void aSortitionDatedBeforeThePlansApprovalIsEnteredInPlanering() throws IOException {
    String early = example().replace("planApproved: 2025-02-03", "planApproved: 2025-03-31");
    Judgement judgement = Judgement.of(Input.of(early, "tidig.yaml"), ENGINE);

    List<Event> history = judgement.history();
    int approved = indexOf(history, Event.PlanApproved.class);
    assertThat(indexOf(history, Event.PanelDrawn.class)).isLessThan(approved);
    assertThat(indexOf(history, Event.PanelMemberReplaced.class)).isLessThan(approved);
    assertThat(judgement.process().sortitions().get(LOT).seats()).hasSize(7);
  }

  private static int indexOf(List<Event> history, Class<? extends Event> type) {
    for (int i = 0; i < history.size(); i++) {
      if (type.isInstance(history.get(i))) {
        return i;
      }
    }
    throw new AssertionError("no " + type.getSimpleName());
  }

  @Test
  void theHistoryAndTheExportedDocumentGiveTheSameSortitionBack() {
    Judgement judgement = Judgement.of(Input.of(FILE), ENGINE);

    List<Event> read = EventHistories.read(EventHistories.write(judgement.history()), "historik.json");
    assertThat(read).isEqualTo(judgement.history());
    assertThat(ENGINE.replay(read)).isEqualTo(judgement.process());

    ProcessDocument exported = ProcessDocuments.export(judgement.history(), ENGINE);
    for (Format format : Format.values()) {
      ProcessDocument again = ProcessDocuments.read(ProcessDocuments.write(exported, format), "export");
      assertThat(again.sortitions()).isEqualTo(exported.sortitions());
      assertThat(Judgement.of(again, ENGINE).process().sortitions()).isEqualTo(judgement.process().sortitions());
    }
  }

  @Test
  void theSortitionTheStateAndTheEvaluationWithItsQuotasAreWrittenAndReadBackEqual() {
    Judgement judgement = Judgement.of(Input.of(FILE), ENGINE);
    Sortition lot = judgement.process().sortitions().get(LOT);
    var evaluation = judgement.verdict().evaluation();
    assertThat(evaluation.representation().quotas()).hasSize(6);
    for (Format format : Format.values()) {
      assertThat(Values.read(Values.write(lot, format), Sortition.class, "lot")).isEqualTo(lot);
      assertThat(Values.read(Values.write(judgement.process(), format), se.participation.api.ParticipationProcess.class, "p"))
          .isEqualTo(judgement.process());
      assertThat(Values.read(Values.write(evaluation, format), se.participation.api.SuccessEvaluation.class, "e"))
          .isEqualTo(evaluation);
    }
  }

  @Test
  void aQuotaWithCrossedBoundsIsAnErrorAtItsLineInBothLanguages() throws IOException {
    String text = example().replace("{category: kön, feature: man, min: 3, max: 5}", "{category: kön, feature: man, min: 5, max: 3}");
    assertThatThrownBy(() -> ProcessDocuments.read(text, "panel.yaml")).isInstanceOfSatisfying(InputException.class, e -> {
      assertThat(e.file()).isEqualTo("panel.yaml");
      assertThat(e.line()).hasValue(lineOf(text, "feature: man, min: 5"));
      assertThat(e.message(Locale.ENGLISH)).contains("sortitions[0].panel.quotas[1]").contains("max must be at least min 5");
      assertThat(e.message(Locale.forLanguageTag("sv"))).contains("sortitions[0].panel.quotas[1]");
    });
  }

  @Test
  void aMisspeltFieldOfASeatIsNamedWithTheFieldItMeant() throws IOException {
    String text = example().replace("- {member: ledamot-8, features:", "- {membr: ledamot-8, features:");
    assertThatThrownBy(() -> ProcessDocuments.read(text, "panel.yaml")).isInstanceOfSatisfying(InputException.class, e -> {
      assertThat(e.line()).hasValue(lineOf(text, "membr: ledamot-8"));
      assertThat(e.message(Locale.ENGLISH)).contains("sortitions[0].panel.seats[7]").contains("member");
    });
  }

  @Test
  void aReplacementOfSomeoneNotOnThePanelIsAnErrorAtTheSortition() throws IOException {
    String text = example().replace("left: ledamot-2,", "left: ledamot-99,");
    assertThatThrownBy(() -> Judgement.of(Input.of(text, "panel.yaml"), ENGINE))
        .isInstanceOfSatisfying(InputException.class, e -> {
          assertThat(e.line()).hasValue(lineOf(text, "- id: parkpanelen"));
          assertThat(e.message(Locale.ENGLISH)).contains("ledamot-99 does not sit on the panel of the sortition parkpanelen");
          assertThat(e.message(Locale.forLanguageTag("sv"))).contains("ledamot-99 sitter inte i panelen i lottningen parkpanelen");
        });
  }

  @Test
  void aProbabilityOutsideZeroToOneIsRefusedWhereItIsWritten() throws IOException {
    String text = example().replace("minimumProbability: 0.0833", "minimumProbability: 8.33");
    assertThatThrownBy(() -> ProcessDocuments.read(text, "panel.yaml")).isInstanceOfSatisfying(InputException.class, e -> {
      assertThat(e.line()).hasValue(lineOf(text, "minimumProbability: 8.33"));
      assertThat(e.message(Locale.ENGLISH)).contains("sortitions[0].panel.minimumProbability");
    });
  }

  private static int lineOf(String text, String fragment) {
    String[] lines = text.split("\n", -1);
    for (int i = 0; i < lines.length; i++) {
      if (lines[i].contains(fragment)) {
        return i + 1;
      }
    }
    throw new AssertionError("no line with " + fragment);
  }
}
