// Copyright 2026 The Participation SDK authors
// SPDX-License-Identifier: Apache-2.0
package se.participation.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.nio.file.Files;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import se.participation.core.ProcessEngine;
import se.participation.json.internal.Parser;
import se.participation.testkit.Pilot;

/**
 * Input that cannot hurt (issue "Trust", §5): every error names file, line and column; YAML is
 * never misread silently; sizes are bounded with a clear error.
 */
class HostileInputTest {
  private static final ProcessEngine ENGINE = ProcessEngine.withHandbookRulesOnly();

  private static String pilot() throws IOException {
    return Files.readString(ExamplesTest.EXAMPLES.resolve("pilot.yaml"));
  }

  private static InputException error(String text) {
    InputException error = catchThrowableOfType(() -> Judgement.of(Input.of(text, "upload.yaml"), ENGINE), InputException.class);
    assertThat(error).as("an input error").isNotNull();
    assertThat(error.line()).as("a line").isPresent();
    assertThat(error.message(Locale.ENGLISH)).startsWith("upload.yaml:" + error.line().orElseThrow() + ":");
    return error;
  }

  @Test
  void aBlankTitleIsAnErrorAtTheProcessInTheReadersLanguage() throws IOException {
    String text = pilot().replaceFirst("  title: [^\\n]+", "  title: \" \"");
    InputException error = error(text);
    assertThat(error.line()).contains(6);
    assertThat(error.message(Locale.forLanguageTag("sv"))).contains("upload.yaml:6:", "process", "ogiltigt värde", "title");
  }

  @Test
  void aYamlAliasIsRefusedNotReadAsItsName() throws IOException {
    String text = pilot().replaceFirst("  title: ([^\\n]+)", "  title: &t $1").replaceFirst("  question: [^\\n]+", "  question: *t");
    InputException error = error(text);
    assertThat(error.message(Locale.ENGLISH)).contains("YAML aliases (*t)");
    InputException undefined = error(pilot().replaceFirst("  question: [^\\n]+", "  question: *nowhere"));
    assertThat(undefined.message(Locale.ENGLISH)).containsAnyOf("nowhere", "alias");
  }

  @Test
  void aSecondDocumentInTheFileIsRefused() throws IOException {
    InputException error = error(pilot() + "\n---\nschemaVersion: 1\n");
    assertThat(error.message(Locale.ENGLISH)).contains("more than one document");
  }

  @Test
  void aNumberOutOfRangeIsRefusedNotWrappedAround() throws IOException {
    InputException error = error(pilot().replaceFirst("schemaVersion: 1", "schemaVersion: 4294967297"));
    assertThat(error.message(Locale.ENGLISH)).contains("4294967297 is outside the allowed range");
  }

  @Test
  void aBinaryValueIsRefusedAtItsLine() throws IOException {
    InputException error = error(pilot().replaceFirst("  title: [^\\n]+", "  title: !!binary aGVq"));
    assertThat(error.message(Locale.ENGLISH)).contains("binary values");
  }

  @Test
  void aHugeTextValueIsRefusedQuicklyWithTheLimitNamed() throws IOException {
    String huge = "x".repeat(Parser.MAX_STRING + 1);
    InputException error = error(pilot().replaceFirst("  title: [^\\n]+", "  title: " + huge));
    assertThat(error.message(Locale.ENGLISH)).contains("text of at most " + Parser.MAX_STRING);
  }

  @Test
  void deepNestingIsRefusedWithTheLimitNamed() throws IOException {
    String deep = "[".repeat(Parser.MAX_NESTING + 10) + "]".repeat(Parser.MAX_NESTING + 10);
    InputException error = error(pilot() + "\nlessonsExtra: " + deep + "\n");
    assertThat(error.message(Locale.ENGLISH)).containsAnyOf("levels of nesting", "nesting");
  }

  @Test
  void aMissingFieldDoesNotSuggestAFieldThatIsThere() throws IOException {
    String text = pilot().replaceFirst("\\n    external: [^\\n]+", "");
    InputException error = error(text);
    assertThat(error.message(Locale.ENGLISH)).contains("external").doesNotContain("did you mean");
  }

  @Test
  void aByteOrderMarkIsAcceptedInAHistoryAsInADocument() {
    String history = "\uFEFF" + EventHistories.write(Pilot.history());
    assertThat(Judgement.of(Input.of(history, "pilot.jsonl"), ENGINE).process()).isEqualTo(ENGINE.replay(Pilot.history()));
  }

  @Test
  void placeholdersInInputAreNotFilledIn() throws IOException {
    InputException error = error(pilot().replaceFirst("  intendedLevel: [A-Z]+", "  intendedLevel: \"X{1}{0}\""));
    assertThat(error.message(Locale.ENGLISH)).contains("X{1}{0}");
  }

  @Test
  void aSyntaxErrorDescribesTheProblemWithoutTheParsersClassNames() {
    // Found by ReaderFuzzTest: SnakeYAML names its event classes in the message.
    InputException error = error("schemaVersion: 1\nanswers:\n- {question: BESLUT-1, at: 2024-05-02}at: 2024-05-03}\n");
    assertThat(error.line()).contains(3);
    for (Locale language : java.util.List.of(Locale.ENGLISH, Locale.forLanguageTag("sv"))) {
      assertThat(error.message(language)).doesNotContain("org.yaml", "snakeyaml", "Event(", "anchor=");
    }
    assertThat(error.message(Locale.forLanguageTag("sv"))).contains("inte giltig YAML");
  }
}
