// Copyright 2026 The Participation SDK authors
// SPDX-License-Identifier: Apache-2.0
package se.participation.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import se.participation.api.Part;
import se.participation.api.ParticipationProcess;
import se.participation.api.Severity;
import se.participation.api.command.Command;
import se.participation.api.command.Outcome;
import se.participation.api.rule.Finding;
import se.participation.api.rule.Rule;
import se.participation.api.rule.RuleId;
import se.participation.api.rule.RuleSet;
import se.participation.api.text.LocalizedText;

/**
 * An integrator's rule that breaks in any way is contained as a finding naming it, and what it
 * saw (its exception's message, personal data included) reaches neither the finding nor the log.
 */
class BrokenRuleTest {
  private static final String SECRET = "sms till 070-123 45 67";

  private static Rule rule(String id, Function<ParticipationProcess, List<Finding>> body) {
    return rule(id, Severity.BLOCKING, body);
  }

  /** A Planering rule of an integrator, whose check is {@code body}. */
  static Rule rule(String id, Severity severity, Function<ParticipationProcess, List<Finding>> body) {
    return new Rule() {
      @Override
      public RuleId id() {
        return RuleId.of(id);
      }

      @Override
      public Part part() {
        return Part.PLANERING;
      }

      @Override
      public Severity severity() {
        return severity;
      }

      @Override
      public LocalizedText description() {
        return LocalizedText.of("Trasig", "Broken");
      }

      @Override
      public String source() {
        return "kommunen";
      }

      @Override
      public List<Finding> evaluate(ParticipationProcess process) {
        return body.apply(process);
      }
    };
  }

  @SuppressWarnings("unchecked")
  private static <E extends Throwable> void sneak(Throwable e) throws E {
    throw (E) e;
  }

  /** Recurses until the stack overflows (the bound is never reached). */
  private static int depth(int n) {
    return n == Integer.MAX_VALUE ? n : depth(n + 1) + 1;
  }

  private static Function<ParticipationProcess, List<Finding>> failure(String kind) {
    return p -> {
      switch (kind) {
        case "assertion" -> throw new AssertionError(SECRET);
        case "stackOverflow" -> depth(0);
        case "checked" -> BrokenRuleTest.<RuntimeException>sneak(new IOException(SECRET));
        case "linkage" -> throw new NoClassDefFoundError(SECRET);
        case "null" -> {
          return null;
        }
        default -> throw new IllegalStateException(SECRET);
      }
      return List.of();
    };
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"assertion", "stackOverflow", "checked", "linkage", "null", "runtime"})
  void aRuleThatFailsInAnyWayBecomesAFindingNamingItAndCarryingNoneOfWhatItSaw(String kind) throws IOException {
    RuleSet rules = HandbookRules.ruleSet().with(rule("KOMMUN-TRASIG", failure(kind)));
    Scenario scenario = new Scenario(ProcessEngine.of(rules)).planned();

    Outcome outcome = scenario.decide(Scenario.OWNER, Command.ApprovePlan::new);

    assertThat(outcome).isInstanceOf(Outcome.Rejected.class);
    Finding broken = ((Outcome.Rejected) outcome).blockingFindings().stream()
        .filter(f -> f.ruleId().value().equals("KOMMUN-TRASIG")).findFirst().orElseThrow();
    assertThat(broken.part()).isEqualTo(Part.PLANERING);
    assertThat(broken.message().en()).startsWith("The rule KOMMUN-TRASIG could not be evaluated: it failed with ");
    assertThat(broken.message().sv() + broken.message().en() + broken.advice().orElseThrow().en()).doesNotContain(SECRET);
    Path log = Path.of("target", "test-engine.log");
    if (Files.exists(log)) {
      String logged = Files.readString(log, StandardCharsets.UTF_8);
      assertThat(logged).contains("Rule KOMMUN-TRASIG failed").doesNotContain(SECRET);
    }
  }

  @Test
  void theLogOfAFailedRuleNamesItAndTheExceptionTypeOnly() throws IOException {
    Path log = Path.of("target", "test-engine.log");
    RuleSet rules = HandbookRules.ruleSet().with(rule("KOMMUN-LOGG", failure("runtime")));
    new Scenario(ProcessEngine.of(rules)).planned().decide(Scenario.OWNER, Command.ApprovePlan::new);
    assertThat(log).exists();
    String logged = Files.readString(log, StandardCharsets.UTF_8);
    assertThat(logged).contains("Rule KOMMUN-LOGG failed on process test-1 with java.lang.IllegalStateException")
        .doesNotContain(SECRET).doesNotContain("\tat ");
  }

  @Test
  void aRuleThatCannotSayItsIdPartOrSeverityIsRefusedWhenTheSetIsBuiltNotWhenDeciding() {
    Rule noPart = new DelegatingRule(rule("KOMMUN-DEL", p -> List.of())) {
      @Override
      public Part part() {
        throw new UnsupportedOperationException(SECRET);
      }
    };
    Rule noId = new DelegatingRule(rule("KOMMUN-ID", p -> List.of())) {
      @Override
      public RuleId id() {
        throw new IllegalStateException(SECRET);
      }
    };
    for (Rule bad : List.of(noPart, noId)) {
      assertThatThrownBy(() -> HandbookRules.ruleSet().with(bad))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("cannot say its")
          .hasMessageNotContaining(SECRET);
      assertThatThrownBy(() -> RuleSet.of("x", "1", List.of(bad))).isInstanceOf(IllegalArgumentException.class);
    }
  }

  @Test
  void aRuleWhosePartFailsOnlyLaterIsStillJudgedInThePartItGaveFirst() {
    int[] calls = {0};
    Rule fickle = new DelegatingRule(rule("KOMMUN-NYCK", p -> {
      throw new IllegalStateException(SECRET);
    })) {
      @Override
      public Part part() {
        if (calls[0]++ > 0) {
          throw new IllegalStateException(SECRET);
        }
        return Part.PLANERING;
      }
    };
    RuleSet rules = HandbookRules.ruleSet().with(fickle);
    Scenario scenario = new Scenario(ProcessEngine.of(rules)).planned();
    Outcome outcome = scenario.decide(Scenario.OWNER, Command.ApprovePlan::new);
    assertThat(((Outcome.Rejected) outcome).blockingFindings()).extracting(f -> f.ruleId().value() + " " + f.part())
        .contains("KOMMUN-NYCK PLANERING");
  }

  @Test
  void runningOutOfMemoryIsNotHidden() {
    RuleSet rules = HandbookRules.ruleSet().with(rule("KOMMUN-MINNE", p -> {
      throw new OutOfMemoryError("simulated");
    }));
    Scenario scenario = new Scenario(ProcessEngine.of(rules)).planned();
    assertThatThrownBy(() -> scenario.decide(Scenario.OWNER, Command.ApprovePlan::new)).isInstanceOf(OutOfMemoryError.class);
  }

  /** A rule that does what another does, to override one method. */
  private static class DelegatingRule implements Rule {
    private final Rule delegate;

    DelegatingRule(Rule delegate) {
      this.delegate = delegate;
    }

    @Override
    public RuleId id() {
      return delegate.id();
    }

    @Override
    public Part part() {
      return delegate.part();
    }

    @Override
    public Severity severity() {
      return delegate.severity();
    }

    @Override
    public LocalizedText description() {
      return delegate.description();
    }

    @Override
    public String source() {
      return delegate.source();
    }

    @Override
    public List<Finding> evaluate(ParticipationProcess process) {
      return delegate.evaluate(process);
    }
  }
}
