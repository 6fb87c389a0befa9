// Copyright 2026 The Participation SDK authors
// SPDX-License-Identifier: Apache-2.0
package se.participation.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.Locale;
import se.participation.api.event.Event;
import se.participation.core.ProcessEngine;

/**
 * Coverage-guided fuzzing of the two readers an upload reaches (issue "Trust", §6): a document
 * (YAML or JSON) and an event history (JSON Lines). Whatever the bytes, reading and judging either
 * gives a judgement or refuses with an {@link InputException} that names the input and, in both
 * languages, renders without failing; nothing else escapes.
 *
 * <p>In the normal build Jazzer runs each method once for every file in its inputs directory
 * ({@code src/test/resources/se/participation/json/ReaderFuzzTestInputs/<method>/}): the seeds
 * and every input a fuzzing run found failing, kept as regression tests. {@code docs/testing.md}
 * says how to fuzz ({@code JAZZER_FUZZ=1}).
 */
class ReaderFuzzTest {
  private static final ProcessEngine ENGINE = ProcessEngine.withHandbookRulesOnly();
  private static final String NAME = "upload.yaml";

  @FuzzTest(maxDuration = "2m")
  void aDocumentIsJudgedOrRefusedWithALocatedError(byte[] bytes) {
    try {
      Judgement judgement = Judgement.of(Input.of(new ByteArrayInputStream(bytes), NAME), ENGINE);
      assertJudged(judgement);
      ProcessDocument document = ProcessDocuments.read(Input.of(new ByteArrayInputStream(bytes), NAME));
      for (Format format : Format.values()) {
        String written = ProcessDocuments.write(document, format);
        assertThat(ProcessDocuments.read(written, NAME)).as("written as %s and read again", format).isEqualTo(document);
      }
    } catch (InputException refused) {
      assertLocated(refused);
    }
  }

  @FuzzTest(maxDuration = "2m")
  void aHistoryIsReplayedOrRefusedWithALocatedError(byte[] bytes) {
    List<Event> events;
    try {
      events = EventHistories.read(Input.of(new ByteArrayInputStream(bytes), NAME));
    } catch (InputException refused) {
      assertLocated(refused);
      return;
    }
    assertThat(EventHistories.read(EventHistories.write(events), NAME)).as("written and read again").isEqualTo(events);
    try {
      assertJudged(Judgement.of(Input.of(new ByteArrayInputStream(bytes), NAME), ENGINE));
    } catch (InputException refused) {
      assertLocated(refused);
    }
  }

  private static void assertJudged(Judgement judgement) {
    assertThat(judgement.findings()).containsAll(judgement.blockers());
    assertThat(judgement.blocked()).isEqualTo(!judgement.blockers().isEmpty());
  }

  private static void assertLocated(InputException refused) {
    assertThat(refused.file()).isEqualTo(NAME);
    for (Locale language : List.of(Locale.ENGLISH, Locale.forLanguageTag("sv"))) {
      String message = refused.message(language);
      assertThat(message).startsWith(NAME);
      assertThat(message).doesNotContain("com.fasterxml", "org.yaml", "Exception");
    }
  }
}
