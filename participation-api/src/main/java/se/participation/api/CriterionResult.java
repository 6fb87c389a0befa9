// Copyright 2026 The Participation SDK authors
// SPDX-License-Identifier: Apache-2.0
package se.participation.api;

import se.participation.api.internal.ApiTexts;
import se.participation.api.text.Labelled;
import se.participation.api.text.LocalizedText;

/** Whether a success criterion was met. */
public enum CriterionResult implements Labelled {
  /** Met in full. */
  MET,
  /** Met in part. */
  PARTLY_MET,
  /** Not met. */
  NOT_MET,
  /**
   * Does not apply: the four criteria are the handbook's for "en lyckad dialogprocess", and an
   * information or consultation is not dialogue. The evidence still says what the record shows.
   */
  NOT_APPLICABLE;

  @Override
  public LocalizedText label() {
    return ApiTexts.label(this);
  }
}
