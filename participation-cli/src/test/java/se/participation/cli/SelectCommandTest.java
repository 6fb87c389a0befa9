// Copyright 2026 The Participation SDK authors
// SPDX-License-Identifier: Apache-2.0
package se.participation.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code participation select} on the example pool and on quotas that cannot be met. */
class SelectCommandTest {
  private static final Path EXAMPLES = Path.of("..", "examples", "selection");
  private static final String CATEGORIES = EXAMPLES.resolve("categories.csv").toString();
  private static final String RESPONDENTS = EXAMPLES.resolve("respondents.csv").toString();
  private static final String SEED = "Lotto 2026-11-28: 3 9 14 22 27 30 35";

  @TempDir Path dir;

  @Test
  void theExamplePoolGetsALotteryAndAPanelDrawnFromThePublishedSeed() {
    CommandTest.Run sv = CommandTest.run("select", "--categories", CATEGORIES, "--respondents", RESPONDENTS,
        "--panel-size", "12", "--seed", SEED);
    assertThat(sv.status()).as(sv.err()).isZero();
    assertThat(sv.out()).contains("Lotteri enligt LEXIMIN: 120 frivilliga, 12 platser")
        .contains("Minsta chans: ").contains("Gini-koefficient")
        .contains("LEXIMIN-nivåer, var och en bevisad av sin duala gräns")
        .contains("Panelen dragen med fröet \"" + SEED + "\"")
        .contains("anmalan-");
    CommandTest.Run again = CommandTest.run("select", "--categories", CATEGORIES, "--respondents", RESPONDENTS,
        "--panel-size", "12", "--seed", SEED);
    assertThat(panelLine(again.out())).isEqualTo(panelLine(sv.out()));
    CommandTest.Run en = CommandTest.run("select", "--categories", CATEGORIES, "--respondents", RESPONDENTS,
        "--panel-size", "12", "--lang", "en");
    assertThat(en.out()).contains("LEXIMIN lottery: 120 volunteers, 12 seats").contains("Smallest chance: ")
        .contains("Give --seed with a published seed");
  }

  @Test
  void theJsonOutputHoldsEveryChanceTheCertificateAndTheDraw() throws IOException {
    CommandTest.Run run = CommandTest.run("select", "--categories", CATEGORIES, "--respondents", RESPONDENTS,
        "--panel-size", "12", "--seed", SEED, "--format", "json");
    assertThat(run.status()).as(run.err()).isZero();
    JsonNode root = Reports.JSON.readTree(run.out());
    assertThat(root.get("method").asText()).isEqualTo("LEXIMIN");
    assertThat(root.get("probabilities")).hasSize(120);
    double sum = 0;
    for (JsonNode p : root.get("probabilities")) {
      assertThat(p.asDouble()).isBetween(0.0, 1.0);
      sum += p.asDouble();
    }
    assertThat(sum).isCloseTo(12, org.assertj.core.api.Assertions.within(1e-6));
    assertThat(root.get("minimum").asDouble()).isPositive();
    assertThat(root.get("levels")).isNotEmpty();
    assertThat(root.get("draw").get("panel")).hasSize(12);
    assertThat(root.get("draw").get("seed").asText()).isEqualTo(SEED);
  }

  @Test
  void legacyIsTheComparisonAndIsLessFair() throws IOException {
    CommandTest.Run leximin = CommandTest.run("select", "--categories", CATEGORIES, "--respondents", RESPONDENTS,
        "--panel-size", "12", "--format", "json");
    CommandTest.Run legacy = CommandTest.run("select", "--categories", CATEGORIES, "--respondents", RESPONDENTS,
        "--panel-size", "12", "--format", "json", "--method", "legacy", "--runs", "2000");
    assertThat(legacy.status()).as(legacy.err()).isZero();
    double fair = Reports.JSON.readTree(leximin.out()).get("minimum").asDouble();
    JsonNode greedy = Reports.JSON.readTree(legacy.out());
    assertThat(greedy.get("method").asText()).isEqualTo("LEGACY");
    assertThat(greedy.get("levels")).isEmpty();
    assertThat(greedy.get("minimum").asDouble()).isLessThanOrEqualTo(fair + 0.02);
  }

  @Test
  void quotasThatCannotBeMetExitOneWithWhyAndTheSmallestRelaxation() throws IOException {
    Path categories = Files.writeString(dir.resolve("categories.csv"),
        Files.readString(Path.of(CATEGORIES)).replace("kön,kvinna,5,7", "kön,kvinna,8,9"));
    CommandTest.Run run = CommandTest.run("select", "--categories", categories.toString(), "--respondents",
        RESPONDENTS, "--panel-size", "12", "--lang", "en");
    assertThat(run.status()).isEqualTo(SelectCommand.INFEASIBLE);
    assertThat(run.out()).contains("The quotas cannot be met:")
        .contains("the minimums of category \"kön\" add up to 13 seats, more than the panel's 12")
        .contains("The smallest relaxation that makes them feasible (total change: 1):");
  }

  @Test
  void unreadableInputExitsTwoNamingTheFileLineAndField() throws IOException {
    Path respondents = Files.writeString(dir.resolve("respondents.csv"), "id,kön,ålder,område,utbildning\n"
        + "a,kvinna,30-49,norr,gymnasium\nb,kvinna,30-49,mars,gymnasium\n");
    CommandTest.Run run = CommandTest.run("select", "--categories", CATEGORIES, "--respondents",
        respondents.toString(), "--panel-size", "1");
    assertThat(run.status()).isEqualTo(ParticipationCommand.UNREADABLE);
    assertThat(run.err()).contains("respondents.csv:3:").contains("område").contains("\"mars\"");
    CommandTest.Run method = CommandTest.run("select", "--categories", CATEGORIES, "--respondents", RESPONDENTS,
        "--panel-size", "12", "--method", "greedy", "--lang", "en");
    assertThat(method.status()).isEqualTo(ParticipationCommand.UNREADABLE);
    assertThat(method.err()).contains("--method must be leximin or legacy, was \"greedy\"");
  }

  private static String panelLine(String out) {
    String[] lines = out.split("\n");
    for (int i = 0; i < lines.length - 1; i++) {
      if (lines[i].startsWith("Panelen dragen")) {
        return lines[i + 1];
      }
    }
    throw new AssertionError("no panel in " + out);
  }
}
