// Copyright 2026 The Participation SDK authors
// SPDX-License-Identifier: Apache-2.0
package se.participation.core;

import se.participation.api.ParticipationProcess;
import se.participation.api.RepresentationAnalysis;
import se.participation.api.SuccessEvaluation;
import se.participation.core.internal.Evaluator;

/**
 * Computes whether a process succeeded, by the handbook's four marks of a successful dialogue
 * process ("En lyckad dialogprocess kännetecknas av att vi …"), from the process's own record.
 *
 * <ol>
 *   <li>Target groups reached: per planned group and per quadrant, how many were planned and how
 *       many took part. Not met when a planned group is entirely missing; partly met when every
 *       group came but some fewer than planned.
 *   <li>Questions addressed: each planned question discussed at a held meeting or answered by a
 *       proposal.
 *   <li>Result achieved: proposals of the expected kind still standing (with a measurement
 *       proposal when the plan asks for one), against the planned minimum.
 *   <li>Feedback given: the share of those who took part whom feedback reached, and whether the
 *       decision makers received it.
 * </ol>
 *
 * <p>Each result comes with its evidence in Swedish and English. Time is linear in the record.
 */
public final class SuccessEvaluator {
  private SuccessEvaluator() {}

  /** The four criteria, the representation analysis, the answers and the lessons. */
  public static SuccessEvaluation evaluate(ParticipationProcess process) {
    return Evaluator.evaluate(process);
  }

  /** Who took part compared with the plan's target groups, and which groups are missing. */
  public static RepresentationAnalysis representation(ParticipationProcess process) {
    return Evaluator.representation(process);
  }
}
