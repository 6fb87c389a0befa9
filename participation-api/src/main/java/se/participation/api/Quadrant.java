// Copyright 2026 The Participation SDK authors
// SPDX-License-Identifier: Apache-2.0
package se.participation.api;

import se.participation.api.internal.ApiTexts;
import se.participation.api.text.Labelled;
import se.participation.api.text.LocalizedText;

/**
 * A quadrant of the handbook's representation model ("Representationsmodellen"): activity in
 * public debate × affectedness by the question.
 */
public enum Quadrant implements Labelled {
  /** Active in debate and much affected. */
  HIGH_ACTIVITY_HIGH_AFFECTEDNESS(Activity.HIGH, Affectedness.HIGH),
  /** Active in debate, little affected. */
  HIGH_ACTIVITY_LOW_AFFECTEDNESS(Activity.HIGH, Affectedness.LOW),
  /**
   * Much affected but rarely heard: the group the handbook says to put extra effort into ("lägga
   * extra krut på").
   */
  LOW_ACTIVITY_HIGH_AFFECTEDNESS(Activity.LOW, Affectedness.HIGH),
  /** Rarely heard and little affected. */
  LOW_ACTIVITY_LOW_AFFECTEDNESS(Activity.LOW, Affectedness.LOW);

  private final Activity activity;
  private final Affectedness affectedness;

  Quadrant(Activity activity, Affectedness affectedness) {
    this.activity = activity;
    this.affectedness = affectedness;
  }

  /**
   * The quadrant for a group's activity and affectedness.
   *
   * @throws NullPointerException when an argument is null
   */
  public static Quadrant of(Activity activity, Affectedness affectedness) {
    java.util.Objects.requireNonNull(activity, "activity");
    java.util.Objects.requireNonNull(affectedness, "affectedness");
    for (Quadrant quadrant : values()) {
      if (quadrant.activity == activity && quadrant.affectedness == affectedness) {
        return quadrant;
      }
    }
    throw new AssertionError("every combination has a quadrant");
  }

  /** The quadrant the handbook gives priority: highly affected, low activity. */
  public static Quadrant priority() {
    return LOW_ACTIVITY_HIGH_AFFECTEDNESS;
  }

  /** Whether this is the priority quadrant. */
  public boolean isPriority() {
    return this == priority();
  }

  /** The activity axis of this quadrant. */
  public Activity activity() {
    return activity;
  }

  /** The affectedness axis of this quadrant. */
  public Affectedness affectedness() {
    return affectedness;
  }

  @Override
  public LocalizedText label() {
    return ApiTexts.label(this);
  }
}
