// Copyright 2026 The Participation SDK authors
// SPDX-License-Identifier: Apache-2.0
package se.participation.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import se.participation.api.text.LocalizedText;
import se.participation.selection.Draw;
import se.participation.selection.Infeasible;
import se.participation.selection.Level;
import se.participation.selection.Lottery;
import se.participation.selection.Profile;
import se.participation.selection.Relaxation;
import se.participation.selection.Selection;
import se.participation.selection.SelectionCsv;
import se.participation.selection.SelectionProblem;
import se.participation.selection.SelectionResult;

/**
 * {@code participation select}: the lottery of a citizens' panel from the common CSV files, its
 * chances, and the panel drawn with a published seed.
 */
@Command(name = "select", mixinStandardHelpOptions = true,
    description = {"Selects a panel by lot from a pool of volunteers, meeting quotas per feature, with the fairest",
        "lottery (LEXIMIN: the smallest chance as high as it can be, then the next) or LEGACY for comparison.",
        "Prints every volunteer's chance, the smallest chance, the Gini coefficient and, with --seed, the panel.",
        "Exit 0: a lottery; 1: the quotas cannot be met (why, and the smallest relaxation); 2: unreadable input."})
final class SelectCommand extends Subcommand {
  /** Exit status: the quotas cannot be met. */
  static final int INFEASIBLE = 1;

  @Option(names = "--categories", required = true, paramLabel = "FILE",
      description = "the quotas: category,feature,min,max (comma or semicolon separated, UTF-8)")
  Path categories = Path.of("");

  @Option(names = "--respondents", required = true, paramLabel = "FILE",
      description = "the pool: one column per category, optionally id; other columns are not read")
  Path respondents = Path.of("");

  @Option(names = "--panel-size", required = true, paramLabel = "K", description = "the number of seats")
  int panelSize;

  @Option(names = "--seed", paramLabel = "SEED",
      description = "a published seed to draw the panel with, e.g. the numbers of a public lottery draw")
  @Nullable String seed;

  @Option(names = "--method", defaultValue = "leximin", description = "leximin (default) or legacy")
  String method = "leximin";

  @Option(names = "--runs", defaultValue = "10000",
      description = "LEGACY only: the draws its chances are estimated from (default: 10000)")
  int runs = 10_000;

  @Option(names = "--time-limit", defaultValue = "1800", paramLabel = "SECONDS",
      description = "LEXIMIN only: stop after this many seconds (default: 1800)")
  long timeLimit = 1800;

  @Override
  public Integer call() {
    Locale language = common.language();
    boolean json = common.json();
    if (!method.equals("leximin") && !method.equals("legacy")) {
      throw new IllegalArgumentException(CliTexts.text(language, "select.badMethod", method));
    }
    String drawSeed = seed;
    if (drawSeed != null && drawSeed.isBlank()) {
      throw new IllegalArgumentException(CliTexts.text(language, "select.blankSeed"));
    }
    if (runs < 1) {
      throw new IllegalArgumentException(CliTexts.text(language, "select.badRuns", runs));
    }
    if (timeLimit < 1) {
      throw new IllegalArgumentException(CliTexts.text(language, "select.badTimeLimit", timeLimit));
    }
    SelectionProblem problem = SelectionCsv.read(categories, respondents, panelSize);
    SelectionResult result = method.equals("leximin")
        ? Selection.leximin(problem, java.time.Duration.ofSeconds(timeLimit))
        : Selection.legacy(problem, runs, drawSeed == null ? "participation select" : drawSeed);
    PrintWriter out = out();
    if (result instanceof Lottery lottery) {
      Draw draw = drawSeed == null ? null : lottery.draw(drawSeed);
      if (json) {
        Reports.printJson(out, json(lottery, draw));
      } else {
        print(out, lottery, draw, language);
      }
      return ParticipationCommand.OK;
    }
    Infeasible why = (Infeasible) result;
    if (json) {
      Reports.printJson(out, json(why, language));
    } else {
      print(out, why, language);
    }
    return INFEASIBLE;
  }

  private static String percent(double probability, Locale language) {
    return String.format(language, "%.2f %%", probability * 100);
  }

  private static String features(Profile profile) {
    List<String> parts = new ArrayList<>();
    profile.features().forEach((category, feature) -> parts.add(category + "=" + feature));
    return String.join(", ", parts);
  }

  private static void print(PrintWriter out, Lottery lottery, @Nullable Draw draw, Locale language) {
    SelectionProblem problem = lottery.problem();
    out.println(CliTexts.text(language, "select.header", lottery.method(), problem.volunteers().size(),
        problem.panelSize(), problem.profiles().size()));
    out.println(CliTexts.text(language, "select.minimum", percent(lottery.minimum(), language),
        percent(lottery.gini(), language)));
    if (!lottery.levels().isEmpty()) {
      double gap = 0;
      for (Level level : lottery.levels()) {
        gap = Math.max(gap, Math.abs(level.bound() - level.value()));
      }
      out.println(CliTexts.text(language, "select.certificate", lottery.levels().size(),
          String.format(Locale.ROOT, "%.1e", gap)));
    } else {
      out.println(CliTexts.text(language, "select.estimated", lottery.work().panelsGenerated()));
    }
    out.println(CliTexts.text(language, "select.profiles"));
    List<Profile> profiles = new ArrayList<>(problem.profiles());
    profiles.sort((a, b) -> Double.compare(lottery.profileProbability(a.index()), lottery.profileProbability(b.index())));
    for (Profile profile : profiles) {
      out.println("  " + CliTexts.text(language, "select.profile", features(profile), profile.size(),
          percent(lottery.profileProbability(profile.index()), language)));
    }
    out.println(CliTexts.text(language, "select.work", lottery.work().solver(),
        String.format(Locale.ROOT, "%.2f s", lottery.work().elapsed().toNanos() / 1e9),
        lottery.work().panelsGenerated(), lottery.work().pricingSolves(), lottery.work().linearSolves()));
    if (draw == null) {
      out.println(CliTexts.text(language, "select.noSeed"));
      return;
    }
    out.println(CliTexts.text(language, "select.drawn", draw.seed(), draw.composition() + 1,
        lottery.compositions().size()));
    out.println("  " + CliTexts.text(language, "select.list", draw.panel()));
    out.println(CliTexts.text(language, "select.reserves"));
    out.println("  " + CliTexts.text(language, "select.list", draw.reserves()));
  }

  private static void print(PrintWriter out, Infeasible why, Locale language) {
    out.println(CliTexts.text(language, "select.infeasible"));
    for (LocalizedText reason : why.reasons()) {
      out.println("  - " + reason.in(language));
    }
    if (!why.relaxations().isEmpty()) {
      out.println(CliTexts.text(language, "select.relaxation",
          why.relaxations().stream().mapToInt(Relaxation::seats).sum()));
      for (Relaxation r : why.relaxations()) {
        out.println("  " + CliTexts.text(language, "select.relaxed", r.from().category(), r.from().feature(),
            r.from().min(), r.from().max(), r.to().min(), r.to().max()));
      }
    }
  }

  private static ObjectNode json(Lottery lottery, @Nullable Draw draw) {
    SelectionProblem problem = lottery.problem();
    ObjectNode root = Reports.JSON.createObjectNode();
    root.put("method", lottery.method().name());
    root.put("volunteers", problem.volunteers().size());
    root.put("panelSize", problem.panelSize());
    root.put("minimum", lottery.minimum());
    root.put("gini", lottery.gini());
    ObjectNode probabilities = root.putObject("probabilities");
    for (Map.Entry<String, Double> entry : lottery.probabilities().entrySet()) {
      probabilities.put(entry.getKey(), entry.getValue());
    }
    ArrayNode profiles = root.putArray("profiles");
    for (Profile profile : problem.profiles()) {
      ObjectNode node = profiles.addObject();
      ObjectNode features = node.putObject("features");
      profile.features().forEach(features::put);
      node.put("volunteers", profile.size()).put("probability", lottery.profileProbability(profile.index()));
    }
    ArrayNode compositions = root.putArray("compositions");
    lottery.compositions().forEach(c -> {
      ObjectNode node = compositions.addObject().put("probability", c.probability());
      ArrayNode seats = node.putArray("seats");
      for (int s : c.seats()) {
        seats.add(s);
      }
    });
    ArrayNode levels = root.putArray("levels");
    for (Level level : lottery.levels()) {
      ObjectNode node = levels.addObject().put("value", level.value()).put("bound", level.bound())
          .put("panelBound", level.panelBound());
      ArrayNode fixed = node.putArray("fixedProfiles");
      level.fixed().forEach(fixed::add);
      ObjectNode weights = node.putObject("weights");
      level.weights().forEach((profile, weight) -> weights.put(String.valueOf(profile), weight));
    }
    root.putObject("work").put("solver", lottery.work().solver())
        .put("panelsGenerated", lottery.work().panelsGenerated())
        .put("pricingSolves", lottery.work().pricingSolves())
        .put("linearSolves", lottery.work().linearSolves())
        .put("seconds", lottery.work().elapsed().toNanos() / 1e9);
    if (draw != null) {
      ObjectNode node = root.putObject("draw").put("seed", draw.seed()).put("composition", draw.composition());
      ArrayNode panel = node.putArray("panel");
      draw.panel().forEach(panel::add);
      ArrayNode reserves = node.putArray("reserves");
      draw.reserves().forEach(reserves::add);
    }
    return root;
  }

  private static ObjectNode json(Infeasible why, Locale language) {
    ObjectNode root = Reports.JSON.createObjectNode();
    root.put("feasible", false);
    ArrayNode reasons = root.putArray("reasons");
    why.reasons().forEach(reason -> reasons.add(reason.in(language)));
    ArrayNode relaxations = root.putArray("relaxations");
    for (Relaxation r : why.relaxations()) {
      relaxations.addObject().put("category", r.from().category()).put("feature", r.from().feature())
          .put("fromMin", r.from().min()).put("fromMax", r.from().max())
          .put("toMin", r.to().min()).put("toMax", r.to().max());
    }
    return root;
  }
}
