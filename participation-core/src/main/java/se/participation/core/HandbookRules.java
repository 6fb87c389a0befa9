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

  /** The handbook's rules: every rule of {@code docs/handbook-rules.md}. */
  public static RuleSet ruleSet() {
    return HandbookRuleCatalog.ruleSet();
  }

  /** The handbook's rules with every rule contributed through {@link ServiceLoader}. */
  public static RuleSet withContributedRules() {
    return withContributedRules(ServiceLoader.load(RuleProvider.class));
  }

  /** The handbook's rules with the rules of the given providers added or replacing. */
  public static RuleSet withContributedRules(Iterable<? extends RuleProvider> providers) {
    RuleSet rules = ruleSet();
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
