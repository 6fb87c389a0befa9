// Copyright 2026 The Participation SDK authors
// SPDX-License-Identifier: Apache-2.0
package se.participation.api;

import se.participation.api.internal.ApiTexts;
import se.participation.api.text.Labelled;
import se.participation.api.text.LocalizedText;

/** How much a rule's finding matters. */
public enum Severity implements Labelled {
  /** Stops the move to the next part until it is resolved. */
  BLOCKING,
  /** Should be resolved; does not stop the process. */
  WARNING,
  /** Good practice from the handbook; for consideration. */
  ADVICE;

  @Override
  public LocalizedText label() {
    return ApiTexts.label(this);
  }
}
