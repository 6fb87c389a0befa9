// Copyright 2026 The Participation SDK authors
// SPDX-License-Identifier: Apache-2.0
package se.participation.api;

import se.participation.api.internal.ApiTexts;
import se.participation.api.text.Labelled;
import se.participation.api.text.LocalizedText;

/** A stage of the work residents take part in; at MEDSKAPANDE, all of them. */
public enum ResidentInvolvement implements Labelled {
  /** Identifying the problem. */
  PROBLEM_IDENTIFICATION,
  /** Planning the work. */
  PLANNING,
  /** Carrying out activities. */
  CARRYING_OUT,
  /** Evaluating. */
  EVALUATION;

  @Override
  public LocalizedText label() {
    return ApiTexts.label(this);
  }
}
