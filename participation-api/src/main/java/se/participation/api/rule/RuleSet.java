// Copyright 2026 The Participation SDK authors
// SPDX-License-Identifier: Apache-2.0
package se.participation.api.rule;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import se.participation.api.Part;
import se.participation.api.internal.Checks;

/**
 * A named, versioned, ordered set of rules with distinct ids. Immutable: {@link #with}, {@link
 * #replacing} and {@link #without} return new sets.
 */
public final class RuleSet {
  private final String name;
  private final String version;
  private final Map<RuleId, Rule> rules;
  /** Each rule's part, asked once when the rule joined the set, so a rule cannot fail it later. */
  private final Map<RuleId, Part> parts;

  private RuleSet(String name, String version, Map<RuleId, Rule> rules) {
    this.name = Checks.notBlank("name", Objects.requireNonNull(name, "name"));
    this.version = Checks.notBlank("version", Objects.requireNonNull(version, "version"));
    this.rules = Collections.unmodifiableMap(rules);
    Map<RuleId, Part> byRule = new LinkedHashMap<>();
    rules.forEach((id, rule) -> byRule.put(id, describe(rule, "part", rule::part)));
    this.parts = Collections.unmodifiableMap(byRule);
  }

  /**
   * Asks a rule for a property once, when it joins a set: a rule that cannot say its id, part or
   * severity is refused there, with its class named, and never fails a decision later.
   */
  private static <T> T describe(Rule rule, String what, java.util.function.Supplier<T> property) {
    T value;
    try {
      value = property.get();
    } catch (RuntimeException | LinkageError | StackOverflowError | AssertionError e) {
      throw new IllegalArgumentException("rule " + rule.getClass().getName() + " cannot say its " + what + ": "
          + e.getClass().getName(), e);
    }
    if (value == null) {
      throw new IllegalArgumentException("rule " + rule.getClass().getName() + " returns no " + what);
    }
    return value;
  }

  private static RuleId id(Rule rule) {
    describe(rule, "severity", rule::severity);
    return describe(rule, "id", rule::id);
  }

  /**
   * A rule set of the given rules, in order.
   *
   * @throws IllegalArgumentException naming the id when two rules share one, or naming the rule's
   *     class when a rule cannot say its id, part or severity
   */
  public static RuleSet of(String name, String version, List<? extends Rule> rules) {
    Map<RuleId, Rule> byId = new LinkedHashMap<>();
    for (Rule rule : rules) {
      Objects.requireNonNull(rule, "rule");
      RuleId id = id(rule);
      if (byId.putIfAbsent(id, rule) != null) {
        throw new IllegalArgumentException("rules must have distinct ids, " + id + " repeats");
      }
    }
    return new RuleSet(name, version, byId);
  }

  /** The set's name, e.g. {@code "handbook"}. */
  public String name() {
    return name;
  }

  /** The set's version. */
  public String version() {
    return version;
  }

  /** Every rule, in order. */
  public List<Rule> rules() {
    return List.copyOf(rules.values());
  }

  /** The rules of one part, in order. */
  public List<Rule> rulesOf(Part part) {
    List<Rule> result = new ArrayList<>();
    rules.forEach((id, rule) -> {
      if (parts.get(id) == part) {
        result.add(rule);
      }
    });
    return result;
  }

  /** The rule with an id, if the set has it. */
  public Optional<Rule> rule(RuleId id) {
    return Optional.ofNullable(rules.get(id));
  }

  /** Whether the set has a rule with the id. */
  public boolean contains(RuleId id) {
    return rules.containsKey(id);
  }

  /**
   * This set with a rule added at the end.
   *
   * @throws IllegalArgumentException when the set already has a rule with its id (use {@link
   *     #replacing}), or when the rule cannot say its id, part or severity
   */
  public RuleSet with(Rule rule) {
    RuleId id = id(Objects.requireNonNull(rule, "rule"));
    if (rules.containsKey(id)) {
      throw new IllegalArgumentException(
          "rule " + id + " is already in rule set " + name + "; use replacing(rule)");
    }
    Map<RuleId, Rule> copy = new LinkedHashMap<>(rules);
    copy.put(id, rule);
    return new RuleSet(name, version, copy);
  }

  /**
   * This set with the rule of the same id replaced, in its place.
   *
   * @throws IllegalArgumentException when the set has no rule with its id, or when the rule cannot
   *     say its id, part or severity
   */
  public RuleSet replacing(Rule rule) {
    RuleId id = id(Objects.requireNonNull(rule, "rule"));
    if (!rules.containsKey(id)) {
      throw new IllegalArgumentException(
          "rule " + id + " is not in rule set " + name + "; use with(rule)");
    }
    Map<RuleId, Rule> copy = new LinkedHashMap<>(rules);
    copy.put(id, rule);
    return new RuleSet(name, version, copy);
  }

  /** This set with the rule added, or replacing the one with the same id. */
  public RuleSet withOrReplacing(Rule rule) {
    return contains(id(Objects.requireNonNull(rule, "rule"))) ? replacing(rule) : with(rule);
  }

  /**
   * This set without the rule of an id.
   *
   * @throws IllegalArgumentException when the set has no rule with the id
   */
  public RuleSet without(RuleId id) {
    if (!rules.containsKey(id)) {
      throw new IllegalArgumentException("rule " + id + " is not in rule set " + name);
    }
    Map<RuleId, Rule> copy = new LinkedHashMap<>(rules);
    copy.remove(id);
    return new RuleSet(name, version, copy);
  }

  /** This set under another name and version, e.g. after an integrator's changes. */
  public RuleSet named(String newName, String newVersion) {
    return new RuleSet(newName, newVersion, new LinkedHashMap<>(rules));
  }

  @Override
  public String toString() {
    return name + " " + version + " " + rules.keySet();
  }
}
