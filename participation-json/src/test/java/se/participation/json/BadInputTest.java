// Copyright 2026 The Participation SDK authors
// SPDX-License-Identifier: Apache-2.0
package se.participation.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import java.util.Locale;
import se.participation.api.text.LocalizedText;
import se.participation.core.ProcessEngine;

/** Bad input gets one clear error with file, line, column, field and what was expected. */
class BadInputTest {
  private static final ProcessEngine ENGINE = ProcessEngine.withHandbookRulesOnly();

  private static final String START = """
      schemaVersion: 1
      process:
        id: test
        title: Test
        question: Frågan
        intendedLevel: RESONEMANG
        owner: anna
        started: 2024-01-01
      """;

  private static InputException error(String yaml) {
    return catchThrowableOfType(InputException.class, () -> Judgement.of(Input.of(yaml, "plan.yaml"), ENGINE));
  }

  @Test
  void aMissingFileIsNamed() {
    InputException e = catchThrowableOfType(InputException.class,
        () -> Judgement.of(Input.of(Path.of("no-such-file.yaml")), ENGINE));
    assertThat(e.kind()).isEqualTo(InputException.Kind.UNREADABLE);
    assertThat(e.message(LocalizedText.ENGLISH)).isEqualTo("no-such-file.yaml: the file does not exist.");
    assertThat(e.message(LocalizedText.SWEDISH)).isEqualTo("no-such-file.yaml: filen finns inte.");
  }

  @Test
  void textThatIsNotYamlGivesLineAndColumn() {
    InputException e = error("schemaVersion: 1\nprocess: [unclosed\n  id: x\n");
    assertThat(e.kind()).isEqualTo(InputException.Kind.SYNTAX);
    assertThat(e.line()).isPresent();
    assertThat(e.message(LocalizedText.ENGLISH)).startsWith("plan.yaml:").contains("not valid YAML");
    assertThat(e.message(LocalizedText.SWEDISH)).contains("inte giltig YAML");
  }

  @Test
  void anUnknownFieldIsNamedWithASuggestion() {
    InputException e = error(START + "plan:\n  purpose: Syfte\n  methd: Möten\n");
    assertThat(e.kind()).isEqualTo(InputException.Kind.UNKNOWN_FIELD);
    assertThat(e.message(LocalizedText.ENGLISH)).isEqualTo("plan.yaml:11:3: plan.methd: unknown field \"methd\"; did you mean \"method\"?");
    assertThat(e.message(LocalizedText.SWEDISH)).isEqualTo("plan.yaml:11:3: plan.methd: okänt fält \"methd\"; menade du \"method\"?");
  }

  @Test
  void aWrongTypeSaysWhatWasExpected() {
    InputException e = error(START + "plan:\n  responsible: Anna\n");
    assertThat(e.kind()).isEqualTo(InputException.Kind.WRONG_TYPE);
    assertThat(e.message(LocalizedText.ENGLISH)).isEqualTo("plan.yaml:10:16: plan.responsible: expected list, found text.");
  }

  @Test
  void anUnknownConstantListsTheAllowedOnes() {
    InputException e = error(START.replace("RESONEMANG", "DIALOG"));
    assertThat(e.kind()).isEqualTo(InputException.Kind.UNKNOWN_CONSTANT);
    assertThat(e.message(LocalizedText.ENGLISH)).isEqualTo("plan.yaml:6:18: process.intendedLevel: \"DIALOG\" does not exist;"
        + " allowed values: INFORMATION, KONSULTATION, RESONEMANG, DELAKTIGHET, MEDSKAPANDE.");
  }

  @Test
  void anUnknownConstantInAListIsNamedWhereItStands() {
    InputException e = error(START + "plan:\n  residentInvolvement: [PLANNING, VOTING]\n");
    assertThat(e.message(LocalizedText.ENGLISH)).isEqualTo("plan.yaml:10:35: plan.residentInvolvement[1]: \"VOTING\" does not exist;"
        + " allowed values: PROBLEM_IDENTIFICATION, PLANNING, CARRYING_OUT, EVALUATION.");
  }

  @Test
  void datesInTheWrongOrderAreRejectedWhereTheyStand() {
    InputException e = error(START + "plan:\n  timeline:\n    BESLUT:\n      start: 2024-02-01\n      end: 2024-01-01\n");
    assertThat(e.kind()).isEqualTo(InputException.Kind.INVALID_VALUE);
    assertThat(e.message(LocalizedText.ENGLISH)).isEqualTo("plan.yaml:12:7: plan.timeline.BESLUT: invalid value: end must not be"
        + " before start, was start 2024-02-01, end 2024-01-01");
  }

  @Test
  void aMissingFieldIsNamed() {
    InputException e = error(START.replace("  title: Test\n", ""));
    assertThat(e.kind()).isEqualTo(InputException.Kind.MISSING_FIELD);
    assertThat(e.message(LocalizedText.ENGLISH)).isEqualTo("plan.yaml:3:3: process.title: the field \"title\" is missing.");
  }

  @Test
  void anUnsupportedSchemaVersionIsNamed() {
    InputException e = error(START.replace("schemaVersion: 1", "schemaVersion: 7"));
    assertThat(e.kind()).isEqualTo(InputException.Kind.UNSUPPORTED_VERSION);
    assertThat(e.message(LocalizedText.ENGLISH)).contains("schemaVersion 7 is not supported; this version reads 1.");
  }

  @Test
  void aDocumentThatContradictsItselfNamesTheElement() {
    InputException e = error(START + """
        answers:
        - {question: BESLUT-1, answer: yes, by: anna, at: 2024-01-02}
        - {question: BESLUT-2, answer: yes, by: anna, at: 2024-01-02}
        - {question: BESLUT-3, answer: yes, by: anna, at: 2024-01-02}
        - {question: BESLUT-4, answer: yes, by: anna, at: 2024-01-02}
        - {question: BESLUT-5, answer: yes, by: anna, at: 2024-01-02}
        decision: {choice: DIALOGUE, at: 2024-01-03}
        participants:
        - {id: p1, role: RESIDENT, targetGroups: [unga]}
        """);
    assertThat(e.kind()).isEqualTo(InputException.Kind.INVALID_VALUE);
    assertThat(e.message(LocalizedText.ENGLISH)).startsWith("plan.yaml:17:3: participants[0]: the document contradicts itself:"
        + " RegisterParticipant was refused: participant.targetGroups: the target group unga is not in the plan.");
  }

  @Test
  void aBrokenEventLineIsNamedByItsLine() {
    String history = "{\"type\":\"ProcessStarted\",\"process\":\"p\",\"version\":1,\"actor\":\"a\",\"at\":\"2024-01-01T00:00:00Z\","
        + "\"title\":\"T\",\"question\":\"Q\",\"intendedLevel\":\"RESONEMANG\"}\n"
        + "{\"type\":\"ProcesClosed\",\"process\":\"p\",\"version\":2,\"actor\":\"a\",\"at\":\"2024-01-01T00:00:00Z\"}\n";
    InputException e = catchThrowableOfType(InputException.class, () -> EventHistories.read(history, "h.jsonl"));
    assertThat(e.message(LocalizedText.ENGLISH)).startsWith("h.jsonl:2: type: \"ProcesClosed\" does not exist; allowed values: ");
  }
}
