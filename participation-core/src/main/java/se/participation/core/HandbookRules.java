// Copyright 2026 The Participation SDK authors
// SPDX-License-Identifier: Apache-2.0
package se.participation.core;

import java.util.ServiceLoader;
import se.participation.api.rule.Rule;
import se.participation.api.rule.RuleProvider;
import se.participation.api.rule.RuleSet;
import se.participation.core.internal.HandbookRuleCatalog;

/**
 * The handbook's rule set and its composition with rules integrators contribute.
 *
 * <p>In code, compose with {@link RuleSet#with}, {@link RuleSet#replacing} and {@link
 * RuleSet#without}. Through {@link ServiceLoader}, implement {@link RuleProvider} and declare it
 * ({@code provides se.participation.api.rule.RuleProvider with …} or {@code
 * META-INF/services/se.participation.api.rule.RuleProvider}); {@link #withContributedRules()}
 * adds its rules, or replaces handbook rules of the same id.
 */
public final class HandbookRules {
  private HandbookRules() {}

  /**
   * The handbook's rules, each at the severity the handbook's own words give it (the default
   * profile): every rule of {@code docs/handbook-rules.md}. Only what the handbook says "ska" about
   * blocks; what it calls "viktigt" warns; what its checklist offers as "ett stöd" advises.
   */
  public static RuleSet ruleSet() {
    return HandbookRuleCatalog.ruleSet();
  }

  /**
   * The strict profile ({@code helsingborg-handbok-2016-strict}): the same rules as gates, every
   * planning question, feedback and evaluation rule blocking, and the library's own
   * {@code PLANERING-TIDPLAN-ORDNING} added; for a municipality that wants its guide to refuse
   * what the handbook only recommends. Compose it like the default, e.g. {@code
   * HandbookRules.strict().with(myRule)}.
   */
  public static RuleSet strict() {
    return HandbookRuleCatalog.strictRuleSet();
  }

  /** The handbook's rules with every rule contributed through {@link ServiceLoader}. */
  public static RuleSet withContributedRules() {
    return withContributedRules(ServiceLoader.load(RuleProvider.class));
  }

  /**
   * The handbook's rules with the rules of the given providers added or replacing.
   *
   * @throws NullPointerException when {@code providers} is or gives null
   */
  public static RuleSet withContributedRules(Iterable<? extends RuleProvider> providers) {
    return withContributedRules(ruleSet(), providers);
  }

  /**
   * A rule set, e.g. {@link #strict()}, with every rule contributed through {@link ServiceLoader}.
   *
   * @throws NullPointerException when {@code base} is null
   */
  public static RuleSet withContributedRules(RuleSet base) {
    return withContributedRules(base, ServiceLoader.load(RuleProvider.class));
  }

  /**
   * A rule set with the rules of the given providers added or replacing.
   *
   * @throws NullPointerException when an argument is or gives null
   */
  public static RuleSet withContributedRules(RuleSet base, Iterable<? extends RuleProvider> providers) {
    RuleSet rules = java.util.Objects.requireNonNull(base, "base");
    boolean changed = false;
    for (RuleProvider provider : providers) {
      for (Rule rule : provider.rules()) {
        rules = rules.withOrReplacing(rule);
        changed = true;
      }
    }
    return changed ? rules.named(rules.name() + "+contributed", rules.version()) : rules;
  }
}
