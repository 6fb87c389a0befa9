// Copyright 2026 The Participation SDK authors
// SPDX-License-Identifier: Apache-2.0
package se.participation.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.participation.json.EventHistories;
import se.participation.testkit.Pilot;

/** {@code import}, {@code export}, {@code check --process} and {@code walkthrough --store} on embedded stores. */
class StoreCommandsTest {
  private static final String PILOT = Pilot.ID.value();

  @Test
  void theWalkthroughWritesThePilotToAStoreAndExportGivesItsHistoryBack(@TempDir Path dir) throws Exception {
    String store = dir.resolve("walk").toString();
    CommandTest.Run walked = CommandTest.run("walkthrough", "--store", store, "--lang", "en");
    assertThat(walked.status()).isZero();
    assertThat(walked.out()).contains("The pilot's events are in " + store + ": 67 written, version 67.");
    Path exported = dir.resolve("pilot.jsonl");
    CommandTest.Run export = CommandTest.run("export", PILOT, "--store", store + ".mv.db", "-o", exported.toString(),
        "--lang", "en");
    assertThat(export.status()).isZero();
    assertThat(EventHistories.read(exported)).isEqualTo(se.participation.json.Judgement.of(
        se.participation.json.Input.of(WalkthroughCommand.pilotDocument(), "pilot.yaml"),
        se.participation.core.ProcessEngine.withHandbookRulesOnly()).history());
    assertThat(CommandTest.run("walkthrough", "--store", store, "--lang", "en").out()).contains(": 0 written, version 67.");
  }

  @Test
  void importIsIdempotentAndARecordThatDiffersIsRefusedWithNothingWritten(@TempDir Path dir) throws Exception {
    Path history = dir.resolve("pilot.jsonl");
    Files.writeString(history, EventHistories.write(Pilot.history()));
    Path start = dir.resolve("start.jsonl");
    Files.writeString(start, EventHistories.write(Pilot.history().subList(0, 10)));
    String store = dir.resolve("store.mv.db").toString();
    assertThat(CommandTest.run("import", start.toString(), "--store", store, "--lang", "en").out())
        .contains("10 events of process " + PILOT + " written to " + store + "; the process is at version 10 there.");
    assertThat(CommandTest.run("import", history.toString(), "--store", store, "--lang", "en").out())
        .contains((Pilot.history().size() - 10) + " events of process " + PILOT);
    assertThat(CommandTest.run("import", history.toString(), "--store", store, "--lang", "en").out())
        .contains("0 events of process " + PILOT);
    CommandTest.Run shorter = CommandTest.run("import", start.toString(), "--store", store, "--lang", "sv");
    assertThat(shorter.status()).isEqualTo(2);
    assertThat(shorter.err()).contains("har en annan historik för process " + PILOT + " (" + Pilot.history().size() + " händelser)")
        .contains("ingenting skrevs");
    CommandTest.Run yaml = CommandTest.run("export", PILOT, "--store", store, "--as", "yaml");
    assertThat(yaml.out()).startsWith("schemaVersion: 1").contains("id: " + PILOT);
  }

  @Test
  void checkJudgesAStoredProcessAsItJudgesTheSameHistoryInAFile(@TempDir Path dir) throws Exception {
    Path history = dir.resolve("pilot.jsonl");
    Files.writeString(history, EventHistories.write(Pilot.history()));
    String store = dir.resolve("store.mv.db").toString();
    CommandTest.run("import", history.toString(), "--store", store);
    CommandTest.Run fromFile = CommandTest.run("check", history.toString(), "--format", "json");
    CommandTest.Run fromStore = CommandTest.run("check", "--process", PILOT, "--store", store, "--format", "json");
    assertThat(fromStore.status()).isEqualTo(fromFile.status());
    assertThat(fromStore.out().replace(store + ": " + PILOT, "FILE"))
        .isEqualTo(fromFile.out().replace(history.toString(), "FILE"));
  }

  @Test
  void aProcessTheStoreDoesNotHoldOrNoInputAtAllIsExitTwoWithAMessage(@TempDir Path dir) throws Exception {
    String store = dir.resolve("store").toString();
    CommandTest.run("walkthrough", "--store", store);
    CommandTest.Run unknown = CommandTest.run("export", "okand", "--store", store + ".mv.db", "--lang", "en");
    assertThat(unknown.status()).isEqualTo(2);
    assertThat(unknown.err()).contains("holds no process okand: check the id");
    CommandTest.Run nothing = CommandTest.run("check", "--lang", "en");
    assertThat(nothing.status()).isEqualTo(2);
    assertThat(nothing.err()).contains("Name a FILE to check, or a --process in a --store.");
    CommandTest.Run badKind = CommandTest.run("export", PILOT, "--store", store + ".mv.db", "--as", "xml", "--lang", "en");
    assertThat(badKind.err()).contains("--as must be history, yaml or json, was \"xml\"");
  }

  @Test
  void aStoreThatCannotBeReachedIsExitTwoWithTheReasonInTheUsersLanguage() {
    CommandTest.Run run = CommandTest.run("check", "--process", PILOT, "--store",
        "jdbc:postgresql://127.0.0.1:1/none?user=u&password=hemligt&connectTimeout=2", "--lang", "sv");
    assertThat(run.status()).isEqualTo(2);
    assertThat(run.err()).contains("Lagrets databas kunde inte ansluta (SQLSTATE").doesNotContain("hemligt");
  }
}
