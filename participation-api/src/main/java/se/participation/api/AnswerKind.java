// Copyright 2026 The Participation SDK authors
// SPDX-License-Identifier: Apache-2.0
package se.participation.api;

import se.participation.api.internal.ApiTexts;
import se.participation.api.text.Labelled;
import se.participation.api.text.LocalizedText;

/** The kind of answer a checklist question takes. */
public enum AnswerKind implements Labelled {
  /** Yes or no ("Ja / Nej"). */
  YES_NO,
  /** Free text. */
  TEXT,
  /** A list of questions, each with how its answers will be used. */
  QUESTIONS,
  /** One of the dialogue levels. */
  LEVEL,
  /** Start and end dates for each part of the process. */
  DATE_RANGES,
  /** People or roles. */
  PEOPLE,
  /** Target groups placed in the representation model. */
  GROUPS,
  /** Yes or no, with a description. */
  YES_NO_TEXT,
  /** Internal or external, with who. */
  INTERNAL_EXTERNAL;

  @Override
  public LocalizedText label() {
    return ApiTexts.label(this);
  }
}
