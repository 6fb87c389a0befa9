// Copyright 2026 The Participation SDK authors
// SPDX-License-Identifier: Apache-2.0
package se.participation.api;

import se.participation.api.internal.ApiTexts;
import se.participation.api.text.Labelled;
import se.participation.api.text.LocalizedText;

/** How much a group is affected by the question: the horizontal axis of the representation model. */
public enum Affectedness implements Labelled {
  /** Much affected by the question. */
  HIGH,
  /** Little affected by the question. */
  LOW;

  @Override
  public LocalizedText label() {
    return ApiTexts.label(this);
  }
}
