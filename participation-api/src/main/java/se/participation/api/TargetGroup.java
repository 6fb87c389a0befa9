// Copyright 2026 The Participation SDK authors
// SPDX-License-Identifier: Apache-2.0
package se.participation.api;

import java.util.List;
import java.util.OptionalInt;
import org.immutables.value.Value;
import se.participation.api.internal.Checks;

/**
 * A group the dialogue must reach, placed in the representation model (checklist PLANERING-9:
 * "Vilka grupper behöver vi nå? Vilka tror vi är svåra att nå? Hur når vi dem?").
 */
@Value.Immutable
public abstract class TargetGroup {

  /** The group's identifier. */
  public abstract TargetGroupId id();

  /** The group's name, e.g. "Unga 16–25 år". */
  public abstract String name();

  /** How active the group is in public debate. */
  public abstract Activity activity();

  /** How much the group is affected by the question. */
  public abstract Affectedness affectedness();

  /** Whether the planners believe the group is hard to reach. */
  @Value.Default
  public boolean hardToReach() {
    return false;
  }

  /** What will be done to reach the group (outreach measures); needed when hard to reach. */
  public abstract List<String> outreach();

  /**
   * Whether the group mirrors the population, as a citizens' panel drawn "to reflect the
   * population" does: its members fall in every quadrant of the representation model, and the
   * record does not say how many in each. Its {@link #activity()} and {@link #affectedness()} then
   * describe the group as a whole. A mirroring group never stands for the priority quadrant: the
   * handbook asks for "extra krut" there, which a proportional share is not.
   */
  @Value.Default
  public boolean mirrorsPopulation() {
    return false;
  }

  /** How many people of the group the plan hopes will take part, if stated. */
  public abstract OptionalInt plannedParticipants();

  /** The group's quadrant in the representation model. */
  public final Quadrant quadrant() {
    return Quadrant.of(activity(), affectedness());
  }

  @Value.Check
  void check() {
    Checks.notBlank("name", name());
    for (int i = 0; i < outreach().size(); i++) {
      Checks.notBlank("outreach[" + i + "]", outreach().get(i));
    }
    plannedParticipants().ifPresent(n -> Checks.atLeast("plannedParticipants", 1, n));
  }

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link TargetGroup}. */
  public static final class Builder extends ImmutableTargetGroup.Builder {}
}
