// Copyright 2026 The Participation SDK authors
// SPDX-License-Identifier: Apache-2.0
package se.participation.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import se.participation.core.ProcessEngine;
import se.participation.testkit.Pilot;

/**
 * {@code examples/pilot.yaml} is the testkit's pilot written as a document, and judging it reaches
 * the same process. Run with {@code -Dparticipation.updateDocs=true} to rewrite it.
 */
class ExamplesTest {
  static final Path EXAMPLES = Path.of("..", "examples");
  private static final ProcessEngine ENGINE = ProcessEngine.withHandbookRulesOnly();

  @Test
  void thePilotDocumentIsThePilotFixtureWrittenDown() throws IOException {
    String expected = ProcessDocuments.write(ProcessDocuments.export(Pilot.history(), ENGINE), Format.YAML);
    Path file = EXAMPLES.resolve("pilot.yaml");
    String header = """
        # The social-services committee's goal-setting pilot (Helsingborg, 2020-2022), written as a
        # process document. Generated from the testkit's Pilot fixture by ExamplesTest; dates beyond
        # month and year, head counts, ids and wordings are illustrative (see the Pilot Javadoc).
        """;
    if (Boolean.getBoolean("participation.updateDocs")) {
      Files.writeString(file, header + expected, StandardCharsets.UTF_8);
    }
    assertThat(Files.readString(file, StandardCharsets.UTF_8)).isEqualTo(header + expected);
  }

  @Test
  void judgingThePilotDocumentReachesTheSameProcessAsTheFixture() {
    SameContent.assertSameContent(Judgement.of(Input.of(EXAMPLES.resolve("pilot.yaml")), ENGINE), Pilot.evaluated());
  }
}
