// Copyright 2026 The Participation SDK authors
// SPDX-License-Identifier: Apache-2.0
package se.participation.json;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import se.participation.core.ProcessEngine;
import se.participation.testkit.generators.Generators;
import se.participation.testkit.property.Property;

/** Everything written is read back equal. */
class RoundTripProperties {
  private static final ProcessEngine ENGINE = ProcessEngine.withHandbookRulesOnly();

  @Test
  void anEventHistoryWrittenAndReadIsEqual() {
    Property.forAll(Generators.commandRuns(ENGINE, 50))
        .named("an event history written and read is equal")
        .check(run -> {
          if (!run.history().isEmpty()) {
            assertThat(EventHistories.read(EventHistories.write(run.history()), "history.jsonl")).isEqualTo(run.history());
          }
        });
  }

  @Test
  void aClosedProcessesHistoryWrittenAndReadIsEqual() {
    Property.forAll(Generators.closedProcesses())
        .named("a closed process's history written and read is equal")
        .tries(50)
        .check(recorded -> assertThat(EventHistories.read(EventHistories.write(recorded.history()), "h.jsonl"))
            .isEqualTo(recorded.history()));
  }

  @Test
  void aDocumentWrittenAndReadIsEqualInJsonAndYaml() {
    Property.forAll(Generators.closedProcesses())
        .named("a document written and read is equal, in JSON and YAML")
        .tries(50)
        .check(recorded -> {
          ProcessDocument document = ProcessDocuments.export(recorded.history(), ENGINE);
          for (Format format : Format.values()) {
            assertThat(ProcessDocuments.read(ProcessDocuments.write(document, format), "document." + format))
                .isEqualTo(document);
          }
        });
  }

  @Test
  void judgingAnExportedDocumentReachesTheSameContent() {
    Property.forAll(Generators.closedProcesses())
        .named("judging an exported document reaches the same content")
        .tries(50)
        .check(recorded -> SameContent.assertSameContent(
            Judgement.of(ProcessDocuments.export(recorded.history(), ENGINE), ENGINE), recorded.process()));
  }
}
