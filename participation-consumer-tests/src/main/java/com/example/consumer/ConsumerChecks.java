// Copyright 2026 The Participation SDK authors
// SPDX-License-Identifier: Apache-2.0
package com.example.consumer;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import se.participation.api.Actor;
import se.participation.api.ActorRole;
import se.participation.api.ChecklistQuestion;
import se.participation.api.CriterionAssessment;
import se.participation.api.EngagementLevel;
import se.participation.api.MeetingId;
import se.participation.api.Part;
import se.participation.api.ParticipationProcess;
import se.participation.api.ProcessId;
import se.participation.api.SuccessCriterion;
import se.participation.api.SuccessEvaluation;
import se.participation.api.command.Command;
import se.participation.api.command.CommandContext;
import se.participation.api.command.CommandRefusedException;
import se.participation.api.command.Outcome;
import se.participation.api.command.Reason;
import se.participation.api.rule.Finding;
import se.participation.api.text.LocalizedText;
import se.participation.api.text.TextCatalog;
import se.participation.core.Descriptions;
import se.participation.core.ProcessEngine;
import se.participation.core.SuccessEvaluator;
import se.participation.json.Input;
import se.participation.json.InputException;
import se.participation.json.Judgement;
import se.participation.json.ProcessDocuments;

/**
 * Everything an embedder meets, run in the consumer's own JVM: a refusal with every kind of
 * reason, findings, the evaluation, a json input error, a ServiceLoader rule, a contributed
 * language and the embedder's ObjectMapper. Each check prints {@code ok <name>: <detail>}; the
 * first that fails prints {@code FAILED <name>: <why>} and the program exits with status 1.
 */
public final class ConsumerChecks {
  private static final Locale FINNISH = FinnishTexts.FINNISH;
  private static final ProcessId ID = ProcessId.of("KS 2025/1234");
  private static final Actor OWNER = Actor.of("anna", ActorRole.PROCESS_OWNER);
  private static final Actor RESIDENT = Actor.of("invanare-1", ActorRole.PARTICIPANT);
  private static final Instant NOW = Instant.parse("2025-03-01T09:00:00Z");

  private final ProcessEngine engine = ProcessEngine.withContributedRules();
  private final List<String> report = new ArrayList<>();

  private ConsumerChecks() {}

  /**
   * Runs every check.
   *
   * @return one {@code ok …} line a check
   * @throws AssertionError naming the first check that failed
   */
  public static List<String> run() {
    ConsumerChecks checks = new ConsumerChecks();
    checks.check("path", checks::path);
    checks.check("refusal", checks::refusalWithEveryKindOfReason);
    checks.check("findings", checks::findings);
    checks.check("evaluation", checks::evaluation);
    checks.check("input error", checks::inputError);
    checks.check("service loader rule", checks::serviceLoaderRule);
    checks.check("contributed language", checks::contributedLanguage);
    checks.check("object mapper", checks::objectMapper);
    checks.check("readme", checks::readme);
    checks.check("report", checks::report);
    checks.check("store", checks::store);
    checks.check("embedded store", checks::embeddedStore);
    checks.check("selection", checks::selection);
    return List.copyOf(checks.report);
  }

  /** Runs every check and prints the report; exits with status 1 when a check fails. */
  public static void main(String[] args) {
    try {
      run().forEach(System.out::println);
    } catch (AssertionError e) {
      System.out.println("FAILED " + e.getMessage());
      System.exit(1);
    }
  }

  private void check(String name, Supplier<String> check) {
    String detail;
    try {
      detail = check.get();
    } catch (RuntimeException | ExceptionInInitializerError | NoClassDefFoundError e) {
      AssertionError failure = new AssertionError(name + ": " + e, e);
      throw failure;
    }
    report.add("ok " + name + ": " + detail);
  }

  private static void expect(boolean condition, String what) {
    if (!condition) {
      throw new AssertionError(what);
    }
  }

  private String path() {
    Module module = ConsumerChecks.class.getModule();
    return module.isNamed()
        ? "module path, " + module.getName() + " reads " + ProcessEngine.class.getModule().getName()
        : "class path";
  }

  private ParticipationProcess started() {
    return engine.start(new Command.StartProcess(CommandContext.of(ID, 0, OWNER, NOW),
        "Ny skolstruktur", "Hur ska skolorna i norra delen organiseras?", EngagementLevel.RESONEMANG))
        .orElseThrow();
  }

  private ParticipationProcess answered(boolean time) {
    ParticipationProcess process = started();
    for (ChecklistQuestion question : ChecklistQuestion.decisionQuestions()) {
      process = engine.handle(process, new Command.AnswerDecisionQuestion(
          CommandContext.of(ID, process.version(), OWNER, NOW), question,
          time || question != ChecklistQuestion.BESLUT_4, Optional.empty())).orElseThrow();
    }
    return process;
  }

  private String refusalWithEveryKindOfReason() {
    ParticipationProcess process = answered(false);
    // A resident holds a meeting in Beslut, on a stale version: unauthorized, conflict, not now.
    Outcome meeting = engine.decide(process, new Command.HoldMeeting(
        CommandContext.of(ID, process.version() - 1, RESIDENT, NOW), MeetingId.of("mote-1"),
        Set.of(), Set.of(), List.of()));
    // A new process started at version 3: invalid input. Going ahead after a no: blocked.
    Outcome start = engine.decide(null, new Command.StartProcess(CommandContext.of(ProcessId.of("SN 2020/00123"), 3, OWNER, NOW),
        "T", "Q", EngagementLevel.RESONEMANG));
    ProcessEngine.Step proceed = engine.handle(process, new Command.ProceedWithDialogue(
        CommandContext.of(ID, process.version(), OWNER, NOW)));
    List<Reason> reasons = new ArrayList<>();
    meeting.refusal().ifPresent(r -> reasons.addAll(r.reasons()));
    start.refusal().ifPresent(r -> reasons.addAll(r.reasons()));
    proceed.outcome().refusal().ifPresent(r -> reasons.addAll(r.reasons()));
    Set<Class<?>> kinds = new java.util.HashSet<>();
    for (Reason reason : reasons) {
      kinds.add(reason.getClass());
      for (Locale language : List.of(LocalizedText.SWEDISH, LocalizedText.ENGLISH, FINNISH)) {
        expect(!reason.message().in(language).isBlank(), "a reason renders in " + language);
      }
    }
    expect(kinds.equals(Set.of(Reason.Conflict.class, Reason.Unauthorized.class, Reason.NotAllowedNow.class,
        Reason.InvalidInput.class, Reason.Blocked.class)), "every kind of reason, got " + kinds);
    expect(proceed.process().equals(process), "a refusal changes nothing");
    String blocked = proceed.outcome().refusal().orElseThrow().reasons().get(0).message().en();
    expect(blocked.startsWith("BESLUT-4: The question is answered no"), "the rule id once: " + blocked);
    try {
      proceed.orElseThrow();
      throw new AssertionError("orElseThrow on a refusal must throw");
    } catch (CommandRefusedException e) {
      expect("ProceedWithDialogue was refused: Blocked(BESLUT-4)".equals(e.getMessage()), String.valueOf(e.getMessage()));
    }
    return reasons.size() + " reasons of 5 kinds, e.g. \"" + reasons.get(0).message().in(FINNISH) + "\"";
  }

  private String findings() {
    List<Finding> findings = engine.findings(answered(false));
    expect(!findings.isEmpty(), "a process answered no has findings");
    String line = Descriptions.of(findings.get(0)).in(LocalizedText.SWEDISH);
    expect(line.startsWith("[Blockerande] BESLUT-4: "), line);
    return findings.size() + " finding(s), e.g. " + line;
  }

  private Judgement pilot() {
    try (InputStream in = ConsumerChecks.class.getResourceAsStream("pilot.yaml")) {
      expect(in != null, "the pilot document is a resource of this module");
      return Judgement.of(Input.of(java.util.Objects.requireNonNull(in), "pilot.yaml"), engine);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private String store() {
    se.participation.store.ProcessService service =
        new se.participation.store.ProcessService(engine, new se.participation.store.InMemoryEventStore());
    expect(service.handle(new Command.StartProcess(CommandContext.of(ID, 0, OWNER, NOW),
        "Ny skolstruktur", "Hur ska skolorna i norra delen organiseras?", EngagementLevel.RESONEMANG)).isAccepted(), "started");
    Outcome stale = service.handle(new Command.StartProcess(CommandContext.of(ID, 0, OWNER, NOW),
        "Igen", "Igen?", EngagementLevel.RESONEMANG));
    expect(stale.refusal().map(Outcome.Rejected::isConflict).orElse(false), "a second start is a conflict");
    return "version " + service.store().version(ID);
  }

  private String embeddedStore() {
    try {
      java.nio.file.Path folder = java.nio.file.Files.createTempDirectory("consumer-store");
      try (se.participation.store.jdbc.JdbcEventStore store =
          se.participation.store.jdbc.JdbcEventStore.embedded(folder.resolve("store"))) {
        se.participation.store.ProcessService service = new se.participation.store.ProcessService(engine, store);
        expect(service.handle(new Command.StartProcess(CommandContext.of(ID, 0, OWNER, NOW),
            "Ny skolstruktur", "Hur ska skolorna organiseras?", EngagementLevel.RESONEMANG)).isAccepted(), "started");
        expect(service.load(ID).map(p -> p.version() == 1).orElse(false), "loaded from the file");
        return "version " + store.version(ID) + " in " + store;
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private String selection() {
    // a council of ten from a pool where one kind of volunteer is rare: LEXIMIN gives everyone 10 %
    List<se.participation.selection.Volunteer> pool = new ArrayList<>();
    pool.add(new se.participation.selection.Volunteer("r0", java.util.Map.of("kön", "kvinna", "ålder", "ung")));
    for (int i = 1; i < 100; i++) {
      pool.add(new se.participation.selection.Volunteer("r" + i,
          java.util.Map.of("kön", i < 50 ? "kvinna" : "man", "ålder", i < 50 ? "äldre" : "ung")));
    }
    List<se.participation.selection.Quota> quotas = List.of(
        new se.participation.selection.Quota("kön", "kvinna", 4, 10), new se.participation.selection.Quota("kön", "man", 4, 10),
        new se.participation.selection.Quota("ålder", "ung", 4, 10), new se.participation.selection.Quota("ålder", "äldre", 4, 10));
    se.participation.selection.SelectionProblem problem = se.participation.selection.SelectionProblem.of(quotas, pool, 10);
    se.participation.selection.SelectionResult result = se.participation.selection.Selection.leximin(problem);
    expect(result instanceof se.participation.selection.Lottery, "a lottery");
    se.participation.selection.Lottery lottery = (se.participation.selection.Lottery) result;
    expect(Math.abs(lottery.minimum() - 0.1) < 1e-9, "everyone 10 %, was " + lottery.minimum());
    se.participation.selection.Draw draw = lottery.draw("Lotto 2026-11-28: 3 9 14 22 27 30 35");
    expect(draw.equals(lottery.draw("Lotto 2026-11-28: 3 9 14 22 27 30 35")), "the draw repeats from its seed");
    return "minimum " + lottery.minimum() + " with " + lottery.work().solver() + ", panel of " + draw.panel().size();
  }

  private String report() {
    String html = se.participation.report.HtmlReport.of(pilot().verdict()).render(LocalizedText.ENGLISH);
    expect(html.startsWith("<!DOCTYPE html>") && html.contains("<html lang=\"en\">"), "an HTML document in English");
    expect(!html.contains("<script"), "no script");
    return html.length() + " characters of HTML";
  }

  private String evaluation() {
    SuccessEvaluation evaluation = SuccessEvaluator.evaluate(pilot().process());
    expect(evaluation.assessments().size() == 4, "four criteria");
    CriterionAssessment reached = evaluation.assessment(SuccessCriterion.TARGET_GROUPS_REACHED);
    String evidence = reached.evidence().isEmpty() ? "-" : reached.evidence().get(0).in(LocalizedText.ENGLISH);
    return "criterion 1 " + reached.result().label().en() + ": " + evidence;
  }

  private String inputError() {
    try {
      ProcessDocuments.read("schemaVersion: 1\nprocess:\n  titel: Skolor\n", "plan.yaml");
      throw new AssertionError("a misspelt field must be refused");
    } catch (InputException e) {
      expect(e.line().isPresent() && e.column().isPresent(), "line and column: " + e.getMessage());
      expect(!e.message(LocalizedText.SWEDISH).equals(e.message(LocalizedText.ENGLISH)), "both languages");
      return e.message(LocalizedText.SWEDISH);
    }
  }

  private String serviceLoaderRule() {
    expect(engine.rules().contains(MunicipalRules.POLITICIAN), "the contributed rule is in the engine");
    expect(!ProcessEngine.withHandbookRulesOnly().rules().contains(MunicipalRules.POLITICIAN),
        "withHandbookRulesOnly leaves it out");
    ParticipationProcess decided = answered(true);
    ParticipationProcess planning = engine.handle(decided, new Command.ProceedWithDialogue(
        CommandContext.of(ID, decided.version(), OWNER, NOW))).orElseThrow();
    expect(planning.part() == Part.PLANERING, "in Planering");
    Outcome approve = engine.decide(planning, new Command.ApprovePlan(CommandContext.of(ID, planning.version(), OWNER, NOW)));
    List<String> rules = approve.refusal().orElseThrow().blockingFindings().stream()
        .map(f -> f.ruleId().value()).toList();
    expect(rules.contains("KOMMUN-POLITIKER"), "the contributed rule blocks: " + rules);
    return "ApprovePlan blocked by " + rules.size() + " rules including KOMMUN-POLITIKER";
  }

  private String contributedLanguage() {
    expect(Part.BESLUT.label().in(FINNISH).equals("Päätös"), "a Finnish label");
    expect(Part.BESLUT.label().in(Locale.forLanguageTag("fi-FI")).equals("Päätös"), "fi-FI falls back to fi");
    expect(ActorRole.COUNCIL.label().in(FINNISH).equals(ActorRole.COUNCIL.label().sv()), "a missing key falls back to Swedish");
    List<TextCatalog> catalogs = TextCatalog.installed();
    List<String> names = catalogs.stream().map(TextCatalog::name).toList();
    expect(names.containsAll(List.of("se.participation.api", "se.participation.core", "se.participation.json")), "installed: " + names);
    expect(TextCatalog.installedLanguages().contains(FINNISH), "Finnish is installed");
    StringBuilder missing = new StringBuilder();
    for (TextCatalog catalog : catalogs) {
      missing.append(catalog.name()).append(' ').append(catalog.missingKeys(FINNISH).size())
          .append('/').append(catalog.keys().size()).append(' ');
    }
    return "Finnish missing " + missing.toString().strip();
  }

  private String objectMapper() {
    try {
      ObjectMapper mapper = new ObjectMapper().findAndRegisterModules();
      ParticipationProcess process = answered(true);
      ParticipationProcess read = mapper.readValue(mapper.writeValueAsString(process), ParticipationProcess.class);
      expect(read.equals(process), "the process survives the embedder's ObjectMapper");
      return "modules " + mapper.getRegisteredModuleIds();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private String readme() {
    ReadmeExample.Result result = ReadmeExample.run(LocalizedText.SWEDISH);
    expect(result.process().part() == Part.PLANERING, "the README example ends in Planering");
    expect(engine.replay(result.store()).equals(result.process()), "the stored events replay to the process");
    return String.join(" | ", result.shown());
  }
}
