// Copyright 2026 The Participation SDK authors
// SPDX-License-Identifier: Apache-2.0
package se.participation.api;

import java.util.List;
import java.util.Set;
import org.immutables.value.Value;

/**
 * Who took part compared with the plan's target groups, per group and per quadrant of the
 * representation model, with the groups and quadrants that are missing.
 */
@Value.Immutable
public abstract class RepresentationAnalysis {

  /** Each planned target group, in the plan's order. */
  public abstract List<GroupReach> groups();

  /** Each quadrant, in the model's order. */
  public abstract List<QuadrantReach> quadrants();

  /** Planned groups of which nobody took part. */
  public abstract List<TargetGroupId> missingGroups();

  /** Quadrants with planned groups of which nobody took part. */
  public abstract Set<Quadrant> missingQuadrants();

  /**
   * Each quota of each panel drawn by lot, against the panel as it finally sat: sortitions in the
   * record's order, quotas in the panel's order.
   */
  public abstract List<QuotaReach> quotas();

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link RepresentationAnalysis}. */
  public static final class Builder extends ImmutableRepresentationAnalysis.Builder {}
}
