// Copyright 2026 The Participation SDK authors
// SPDX-License-Identifier: Apache-2.0
package se.participation.api;

import se.participation.api.internal.ApiTexts;
import se.participation.api.text.Labelled;
import se.participation.api.text.LocalizedText;

/** The handbook's four marks of a successful dialogue process ("En lyckad dialogprocess"). */
public enum SuccessCriterion implements Labelled {
  /** We had dialogue with those we wanted. */
  TARGET_GROUPS_REACHED,
  /** We had dialogue on the question or questions we wanted. */
  QUESTIONS_ADDRESSED,
  /** We got the input or result we wanted. */
  RESULT_ACHIEVED,
  /** We fed back to those who took part. */
  FEEDBACK_GIVEN;

  @Override
  public LocalizedText label() {
    return ApiTexts.label(this);
  }
}
