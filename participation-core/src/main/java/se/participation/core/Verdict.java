// Copyright 2026 The Participation SDK authors
// SPDX-License-Identifier: Apache-2.0
package se.participation.core;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import se.participation.api.Part;
import se.participation.api.ParticipationProcess;
import se.participation.api.SuccessEvaluation;
import se.participation.api.rule.Finding;
import se.participation.api.text.LocalizedText;

/**
 * The judgement of a record, complete or not: every part the record reached, judged on what the
 * record held when the process left it (or holds now, for the part it is in), whether or not a
 * live engine would have let it move on; the documentation gaps; and the four success criteria
 * with their evidence. Made by {@link ProcessEngine#judge}.
 *
 * @param process the process the record describes
 * @param findings the findings of each judged part, in the order of the parts
 * @param gaps what the record does not document, e.g. when the plan was approved
 * @param evaluation the four success criteria and the representation analysis
 */
public record Verdict(
    ParticipationProcess process, Map<Part, List<Finding>> findings, List<Gap> gaps, SuccessEvaluation evaluation) {

  /**
   * Copies the collections.
   *
   * @throws NullPointerException when a component is or holds null
   */
  public Verdict {
    Objects.requireNonNull(process, "process");
    Map<Part, List<Finding>> copy = new EnumMap<>(Part.class);
    Objects.requireNonNull(findings, "findings").forEach((part, list) -> copy.put(part, List.copyOf(list)));
    findings = Collections.unmodifiableMap(copy);
    gaps = List.copyOf(gaps);
    Objects.requireNonNull(evaluation, "evaluation");
  }

  /**
   * Something a record does not document, which the judgement had to do without.
   *
   * @param part the part it belongs to
   * @param element what is missing, e.g. {@code planApproved}
   * @param text what it means, in every language
   */
  public record Gap(Part part, String element, LocalizedText text) {
    /**
     * Checks every part is present.
     *
     * @throws NullPointerException when a component is null
     */
    public Gap {
      Objects.requireNonNull(part, "part");
      Objects.requireNonNull(element, "element");
      Objects.requireNonNull(text, "text");
    }
  }

  /** The parts the record reached and that were judged, in order. */
  public Set<Part> judgedParts() {
    return findings.keySet();
  }

  /**
   * The findings of one part; empty for a part the record did not reach.
   *
   * @throws NullPointerException when {@code part} is null
   */
  public List<Finding> findings(Part part) {
    return findings.getOrDefault(Objects.requireNonNull(part, "part"), List.of());
  }

  /** Every finding of every judged part, in the order of the parts. */
  public List<Finding> allFindings() {
    List<Finding> all = new ArrayList<>();
    findings.values().forEach(all::addAll);
    return List.copyOf(all);
  }

  /** The blocking findings of every judged part: what a live engine would have refused. */
  public List<Finding> blocking() {
    return allFindings().stream().filter(Finding::isBlocking).toList();
  }

  /** Whether some judged part has a blocking finding. */
  public boolean blocked() {
    return !blocking().isEmpty();
  }

  /** This verdict with more documentation gaps. */
  public Verdict withGaps(List<Gap> more) {
    List<Gap> all = new ArrayList<>(gaps);
    all.addAll(Objects.requireNonNull(more, "more"));
    return new Verdict(process, findings, all, evaluation);
  }
}
