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
  NOT_MET;

  @Override
  public LocalizedText label() {
    return ApiTexts.label(this);
  }
}
