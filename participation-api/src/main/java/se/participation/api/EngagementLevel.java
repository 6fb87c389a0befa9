// Copyright 2026 The Participation SDK authors
// SPDX-License-Identifier: Apache-2.0
package se.participation.api;

import se.participation.api.internal.ApiTexts;
import se.participation.api.text.Labelled;
import se.participation.api.text.LocalizedText;

/**
 * How far residents are engaged: the handbook's model of information, consultation and three forms
 * of dialogue, declared in order of increasing influence (handbook, "Hur ska vi arbeta med
 * invånardialog i Helsingborg?").
 *
 * <p>Only {@link #RESONEMANG}, {@link #DELAKTIGHET} and {@link #MEDSKAPANDE} are dialogue;
 * {@link #INFORMATION} and {@link #KONSULTATION} are not, and the rules and statistics for
 * dialogue do not count them.
 */
public enum EngagementLevel implements Labelled {
  /** One-way communication; not dialogue, but the base of every level. */
  INFORMATION(false),
  /** The city asks for views, preferences, complaints or ideas; not dialogue. */
  KONSULTATION(false),
  /** A conversation on a bounded question, on one or more occasions; dialogue. */
  RESONEMANG(true),
  /** Over a longer horizon a group of residents develops solutions to a problem the city named. */
  DELAKTIGHET(true),
  /** Residents take part from problem identification to evaluation; may include co-decision. */
  MEDSKAPANDE(true);

  private final boolean dialogue;

  EngagementLevel(boolean dialogue) {
    this.dialogue = dialogue;
  }

  /** Whether the handbook counts this level as dialogue ("invånardialog"). */
  public boolean isDialogue() {
    return dialogue;
  }

  /** Whether residents have more influence at this level than at {@code other}. */
  public boolean hasMoreInfluenceThan(EngagementLevel other) {
    return compareTo(other) > 0;
  }

  /**
   * The city's role at this level ("vi" in the handbook's model), in the handbook's words (its
   * model and the text on each level), shortened, with nothing added.
   */
  public LocalizedText cityRole() {
    return ApiTexts.attribute(this, "city");
  }

  /**
   * The resident's role at this level ("du" in the handbook's model), in the handbook's words,
   * shortened, with nothing added.
   */
  public LocalizedText residentRole() {
    return ApiTexts.attribute(this, "resident");
  }

  /**
   * What participants can expect at this level, including the feedback they are owed: the
   * library's wording, not the handbook's (the handbook describes the levels but phrases no
   * promise to participants), for an invitation or a plan's "Vad kan invånarna förvänta sig av
   * dialogen". A user interface that quotes it should not attribute it to the handbook.
   */
  public LocalizedText promise() {
    return ApiTexts.attribute(this, "promise");
  }

  @Override
  public LocalizedText label() {
    return ApiTexts.label(this);
  }
}
