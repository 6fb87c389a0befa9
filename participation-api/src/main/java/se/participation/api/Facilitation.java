// Copyright 2026 The Participation SDK authors
// SPDX-License-Identifier: Apache-2.0
package se.participation.api;

import se.participation.api.internal.ApiTexts;
import se.participation.api.text.Labelled;
import se.participation.api.text.LocalizedText;

/** Who facilitates the dialogue. */
public enum Facilitation implements Labelled {
  /** A person from the city. */
  INTERNAL,
  /** A person from outside the city. */
  EXTERNAL;

  @Override
  public LocalizedText label() {
    return ApiTexts.label(this);
  }
}
