// Copyright 2026 The Participation SDK authors
// SPDX-License-Identifier: Apache-2.0
package se.participation.api.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import se.participation.api.ActorRole;
import se.participation.api.EngagementLevel;
import se.participation.api.Part;
import se.participation.api.ProcessStatus;
import se.participation.api.Severity;
import se.participation.api.command.Reason;
import se.participation.api.internal.ApiTexts;
import se.participation.api.rule.Finding;
import se.participation.api.rule.RuleId;

class TextCompletenessTest {

  /** Every enum of the API that a person reads the name of. */
  static List<Class<? extends Enum<?>>> labelledEnums() {
    List<Class<? extends Enum<?>>> result = new ArrayList<>();
    for (String name :
        List.of(
            "Activity", "ActorRole", "Affectedness", "AnswerKind", "ChecklistQuestion",
            "CriterionResult", "DatePrecision", "DocumentationKind", "EngagementLevel", "Facilitation",
            "FeedbackAudience", "IdentityMode", "MeetingFormat", "Part", "ParticipantRole",
            "ProcessStatus", "ProposalKind", "ProposalStatus", "Quadrant", "ResidentInvolvement",
            "Severity", "SuccessCriterion", "TallyKind")) {
      try {
        @SuppressWarnings("unchecked")
        Class<? extends Enum<?>> type =
            (Class<? extends Enum<?>>) Class.forName("se.participation.api." + name);
        result.add(type);
      } catch (ClassNotFoundException e) {
        throw new AssertionError("enum " + name + " is gone; update this list", e);
      }
    }
    return result;
  }

  @Test
  void everyConstantHasASwedishAndAnEnglishLabel() {
    int checked = 0;
    for (Class<? extends Enum<?>> type : labelledEnums()) {
      assertThat(Labelled.class).isAssignableFrom(type);
      for (Enum<?> constant : type.getEnumConstants()) {
        LocalizedText label = ((Labelled) constant).label();
        assertThat(label.sv()).as("%s.%s sv", type.getSimpleName(), constant).isNotBlank();
        assertThat(label.en()).as("%s.%s en", type.getSimpleName(), constant).isNotBlank();
        checked++;
      }
    }
    assertThat(checked).isGreaterThan(80);
  }

  @Test
  void everyEngagementLevelDescribesBothRolesAndItsPromiseInBothLanguages() {
    for (EngagementLevel level : EngagementLevel.values()) {
      for (LocalizedText text : List.of(level.cityRole(), level.residentRole(), level.promise())) {
        assertThat(text.sv()).isNotBlank();
        assertThat(text.en()).isNotBlank();
        assertThat(text.sv()).isNotEqualTo(text.en());
      }
    }
  }

  @Test
  void everyCatalogKeyHasBothLanguagesAndIsUsed() {
    Set<String> keys = ApiTexts.CATALOG.keys();
    for (String key : keys) {
      LocalizedText text = ApiTexts.CATALOG.text(key);
      assertThat(text.sv()).as(key).isNotBlank();
      assertThat(text.en()).as(key).isNotBlank();
    }
    long enumKeys = keys.stream().filter(k -> !k.startsWith("reason.")).count();
    long constants =
        labelledEnums().stream().mapToLong(t -> t.getEnumConstants().length).sum()
            + 3L * EngagementLevel.values().length;
    assertThat(enumKeys).as("no stray enum keys in the catalog").isEqualTo(constants);
  }

  @Test
  void everyReasonRendersInBothLanguagesWithConstantsInThatLanguage() {
    Finding finding =
        Finding.builder()
            .ruleId(RuleId.of("BESLUT-4"))
            .part(Part.BESLUT)
            .severity(Severity.BLOCKING)
            .message(LocalizedText.of("Ingen tid", "No time"))
            .build();
    List<Reason> reasons =
        List.of(
            new Reason.Conflict(3, 4),
            new Reason.Unauthorized(
                "ApprovePlan", Set.of(ActorRole.PROCESS_OWNER), Set.of(ActorRole.PARTICIPANT)),
            new Reason.NotAllowedNow(
                "HoldMeeting", Part.PLANERING, ProcessStatus.ACTIVE, Set.of(Part.GENOMFORANDE)),
            new Reason.NotAllowedNow(
                "HoldMeeting", Part.UTVARDERING, ProcessStatus.CLOSED, Set.of(Part.GENOMFORANDE)),
            new Reason.InvalidInput("proposal", LocalizedText.of("finns inte", "does not exist")),
            new Reason.Blocked(finding));
    for (Reason reason : reasons) {
      assertThat(reason.message().sv()).isNotBlank().doesNotContain("{");
      assertThat(reason.message().en()).isNotBlank().doesNotContain("{");
    }
    Reason unauthorized = reasons.get(1);
    assertThat(unauthorized.message().sv()).contains("Processägare").contains("Deltagare");
    assertThat(unauthorized.message().en()).contains("Process owner").contains("Participant");
    assertThat(reasons.get(2).message().sv()).contains("Planering").contains("Genomförande");
    assertThat(reasons.get(2).message().en()).contains("Planning").contains("Carrying out");
    assertThat(reasons.get(5).message().en()).isEqualTo("BESLUT-4: No time");
  }

  @Test
  void aCatalogWithAKeyInOnlyOneLanguageDoesNotLoad() {
    assertThatThrownBy(() -> TextCatalog.load("test", "incomplete",
            name -> TextCompletenessTest.class.getResourceAsStream(name),
            List.of(LocalizedText.SWEDISH, LocalizedText.ENGLISH), List.of()))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("keys without en text [only.swedish]")
        .hasMessageContaining("keys without Swedish text [only.english]");
  }

  @Test
  void anUnknownKeyIsNamedInTheError() {
    assertThatThrownBy(() -> ApiTexts.CATALOG.text("no.such.key"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("no.such.key");
  }

  @Test
  void localizedTextRejectsABlankWording() {
    assertThatThrownBy(() -> LocalizedText.of("  ", "x"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("sv must not be blank");
    assertThatThrownBy(() -> LocalizedText.of("x", ""))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("en must not be blank");
  }
}
