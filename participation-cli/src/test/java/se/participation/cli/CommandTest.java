// Copyright 2026 The Participation SDK authors
// SPDX-License-Identifier: Apache-2.0
package se.participation.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.participation.json.EventHistories;
import se.participation.testkit.Pilot;

/** The real command, run in-process through picocli, on the examples and on broken files. */
class CommandTest {
  private static final Path EXAMPLES = Path.of("..", "examples");

  record Run(int status, String out, String err) {}

  static Run run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int status = ParticipationCommand.run(new PrintWriter(out), new PrintWriter(err), args);
    return new Run(status, out.toString(), err.toString());
  }

  @Test
  void theWalkthroughTellsThePilotPartByPartAndShowsTheMissingYoungPeople() {
    Run sv = run("walkthrough");
    assertThat(sv.status()).isZero();
    assertThat(sv.out()).contains("== Beslut (BESLUT) ==", "== Planering (PLANERING) ==", "== Genomförande (GENOMFORANDE) ==",
        "== Återkoppling (ATERKOPPLING) ==", "== Utvärdering (UTVARDERING) ==")
        .contains("Mötet digitalt-mote-1 hölls med 13 deltagare.")
        .contains("Inlämnat (bruttolista) → Kvar efter nedkokning → Ersatt av förvaltningens bearbetning (namndmal-1)")
        .contains("Vi har haft dialog med de som vi ville ha dialog med: INTE UPPFYLLT")
        .contains("Ingen ur målgruppen Unga (Låg aktivitet, högt berörda (prioriterad)) deltog.");
    Run en = run("walkthrough", "--lang", "en");
    assertThat(en.out()).contains("== Carrying out (GENOMFORANDE) ==")
        .contains("We had dialogue with those we wanted: NOT MET")
        .contains("Nobody of the target group Unga");
  }

  @Test
  void theWalkthroughInJsonIsParseable() throws IOException {
    Run run = run("walkthrough", "--format", "json", "--lang", "en");
    JsonNode root = Reports.JSON.readTree(run.out());
    assertThat(root.get("parts")).hasSize(5);
    assertThat(root.get("evaluation").get(0).get("result").asText()).isEqualTo("NOT_MET");
    assertThat(root.get("missingGroups").get(0).asText()).isEqualTo("unga");
  }

  @Test
  void checkingAPlanWithGapsExitsOneAndSaysWhatToDo() {
    Run sv = run("check", EXAMPLES.resolve("plan-with-gaps.yaml").toString());
    assertThat(sv.status()).isEqualTo(1);
    assertThat(sv.out()).contains("[Blockerande] PLANERING-PRIORITERAD-GRUPP:", "[Varning] ATERKOPPLING-2:",
            "[Varning] PLANERING-SVARNADDA:")
        .contains("→ Lägg till hur och när återkopplingen sker").contains("Nästa steg: åtgärda det blockerande ovan, sedan ApprovePlan.");
    Run en = run("check", EXAMPLES.resolve("plan-with-gaps.yaml").toString(), "--lang", "en");
    assertThat(en.out()).contains("[Warning] ATERKOPPLING-2: The plan has no feedback plan.")
        .contains("Next step: fix what blocks above, then ApprovePlan.");
    Run strict = run("check", EXAMPLES.resolve("plan-with-gaps.yaml").toString(), "--lang", "en", "--profile", "strict");
    assertThat(strict.out()).contains("[Blocking] ATERKOPPLING-2: The plan has no feedback plan.", "[Blocking] PLANERING-SVARNADDA");
    assertThat(run("check", EXAMPLES.resolve("plan-with-gaps.yaml").toString(), "--profile", "lax").status()).isEqualTo(2);
  }

  @Test
  void checkingTheChecklistThatSaysNoExitsOneWithBeslut4() {
    Run run = run("check", EXAMPLES.resolve("checklist-says-no.yaml").toString(), "--lang", "en");
    assertThat(run.status()).isEqualTo(1);
    assertThat(run.out()).contains("  Decision:", "[Blocking] BESLUT-4: The question is answered no")
        .contains("continue as information or consultation").contains("A successful dialogue process:");
  }

  @Test
  void checkingARecordWithoutAPlanApprovalJudgesEveryLaterPartAndPrintsTheCriteria(@TempDir Path dir) throws IOException {
    List<String> lines = Files.readAllLines(EXAMPLES.resolve("pilot.yaml"), StandardCharsets.UTF_8);
    Path record = dir.resolve("record.yaml");
    Files.write(record, lines.stream().filter(l -> !l.startsWith("  risks:") && !l.startsWith("planApproved:")).toList(),
        StandardCharsets.UTF_8);
    Run run = run("check", record.toString(), "--lang", "en");
    assertThat(run.status()).isZero();
    assertThat(run("check", record.toString(), "--profile", "strict").status()).isEqualTo(1);
    assertThat(run.out()).contains("stands in Evaluation (Closed", "[Advice] PLANERING-14",
        "What the record does not say:", "the plan is taken as approved",
        "We fed back to those who took part: MET", "The representation model (planned against reached):",
        "Unga: 0 came");
    Run json = run("check", record.toString(), "--format", "json");
    JsonNode root = Reports.JSON.readTree(json.out());
    assertThat(root.get("parts")).hasSize(5);
    assertThat(root.get("gaps").get(0).get("element").asText()).isEqualTo("planApproved");
    assertThat(root.get("evaluation")).hasSize(4);
    assertThat(root.get("representation").get("missingGroups").get(0).asText()).isEqualTo("unga");
  }

  @Test
  void checkingACompletePlanOrThePilotExitsZero() {
    assertThat(run("check", EXAMPLES.resolve("medskapande-plan.yaml").toString()).status()).isZero();
    Run pilot = run("check", EXAMPLES.resolve("pilot.yaml").toString(), "--lang", "en");
    assertThat(pilot.status()).isZero();
    assertThat(pilot.out()).contains("stands in Evaluation (Closed").contains("the process is Closed; nothing more to do.");
  }

  @Test
  void anUnknownLanguageExitsTwoAndListsTheInstalledOnes() {
    Run run = run("check", EXAMPLES.resolve("pilot.yaml").toString(), "--lang", "fi");
    assertThat(run.status()).isEqualTo(2);
    assertThat(run.err()).contains("--lang must be one of [sv, en", "was \"fi\"");
    assertThat(run("check", EXAMPLES.resolve("pilot.yaml").toString(), "--lang", "en-GB").status()).isZero();
    assertThat(run("--version").out()).startsWith("participation ");
  }

  @Test
  void checkingAnEventHistoryJudgesIt(@TempDir Path dir) throws IOException {
    Path history = dir.resolve("pilot.jsonl");
    Files.writeString(history, EventHistories.write(Pilot.history()), StandardCharsets.UTF_8);
    Run run = run("check", history.toString(), "--format", "json");
    assertThat(run.status()).isZero();
    JsonNode root = Reports.JSON.readTree(run.out());
    assertThat(root.get("process").get("status").asText()).isEqualTo("CLOSED");
    assertThat(root.get("blocked").asBoolean()).isFalse();
  }

  @Test
  void checkInJsonListsFindingsWithTheirFields() throws IOException {
    Run run = run("check", EXAMPLES.resolve("plan-with-gaps.yaml").toString(), "--format", "json", "--lang", "en");
    JsonNode root = Reports.JSON.readTree(run.out());
    assertThat(root.get("blocked").asBoolean()).isTrue();
    JsonNode first = root.get("findings").get(0);
    assertThat(first.has("ruleId") && first.has("part") && first.has("severity") && first.has("message")).isTrue();
  }

  @Test
  void unreadableInputExitsTwoWithOneClearErrorInTheChosenLanguage(@TempDir Path dir) throws IOException {
    Run missing = run("check", dir.resolve("nope.yaml").toString());
    assertThat(missing.status()).isEqualTo(2);
    assertThat(missing.err().strip()).endsWith("nope.yaml: filen finns inte.").doesNotContain("Exception");
    Path broken = dir.resolve("broken.yaml");
    Files.writeString(broken, "schemaVersion: 1\nprocess:\n  id: x\n  titel: Fel\n", StandardCharsets.UTF_8);
    Run en = run("check", broken.toString(), "--lang", "en");
    assertThat(en.status()).isEqualTo(2);
    assertThat(en.err().strip()).isEqualTo(broken + ":4:3: process.titel: unknown field \"titel\"; did you mean \"title\"?");
    Run sv = run("check", broken.toString());
    assertThat(sv.err().strip()).isEqualTo(broken + ":4:3: process.titel: okänt fält \"titel\"; menade du \"title\"?");
    Run debug = run("check", broken.toString(), "--debug");
    assertThat(debug.err()).contains("at se.participation");
  }

  @Test
  void rulesListsTheActiveRuleSet() throws IOException {
    Run text = run("rules", "--lang", "en");
    assertThat(text.status()).isZero();
    assertThat(text.out()).contains("Rule set helsingborg-handbok-2016 version 1.2.0: 46 rules.").contains("BESLUT-4");
    JsonNode json = Reports.JSON.readTree(run("rules", "--format", "json").out());
    assertThat(json.get("rules")).hasSize(46);
    assertThat(json.get("rules").get(0).get("word").asText()).isEqualTo("ska ni inte");
    assertThat(run("rules", "--profile", "strict", "--lang", "en").out())
        .contains("Rule set helsingborg-handbok-2016-strict version 1.2.0: 47 rules.", "PLANERING-TIDPLAN-ORDNING");
  }

  @Test
  void badOptionsExitTwo() {
    assertThat(run("check").status()).isEqualTo(2);
    assertThat(run("rules", "--lang", "fi").status()).isEqualTo(2);
    assertThat(run("rules", "--format", "xml").status()).isEqualTo(2);
    assertThat(run("frobnicate").status()).isEqualTo(2);
  }

  @Test
  void aReportIsWrittenToTheFileNamedOrToStandardOutput(@TempDir Path directory) throws IOException {
    Path html = directory.resolve("pilot.html");
    Run written = run("report", EXAMPLES.resolve("pilot.yaml").toString(), "-o", html.toString());
    assertThat(written.status()).isZero();
    assertThat(written.out()).contains("Rapporten om Invånarmedverkan i socialnämndens mål är skriven till " + html);
    assertThat(Files.readString(html)).startsWith("<!DOCTYPE html>").contains("<html lang=\"sv\">", "Representation");
    Run printed = run("report", EXAMPLES.resolve("pilot.yaml").toString(), "--lang", "en");
    assertThat(printed.status()).isZero();
    assertThat(printed.out()).startsWith("<!DOCTYPE html>").contains("<html lang=\"en\">", "The proposals&#39; path");
    Run unwritable = run("report", EXAMPLES.resolve("pilot.yaml").toString(), "-o",
        directory.resolve("no-such-folder").resolve("pilot.html").toString(), "--lang", "en");
    assertThat(unwritable.status()).isEqualTo(2);
    assertThat(unwritable.err()).contains("the report cannot be written to").contains("no-such-folder");
    Run missing = run("report", directory.resolve("nowhere.yaml").toString());
    assertThat(missing.status()).isEqualTo(2);
    assertThat(missing.err()).contains("nowhere.yaml");
  }
}
