// Copyright 2026 The Participation SDK authors
// SPDX-License-Identifier: Apache-2.0
package se.participation.api;

import se.participation.api.internal.ApiTexts;
import se.participation.api.text.Labelled;
import se.participation.api.text.LocalizedText;

/** How active a group is in public debate: the vertical axis of the representation model. */
public enum Activity implements Labelled {
  /** Often heard in public debate. */
  HIGH,
  /** Rarely heard in public debate. */
  LOW;

  @Override
  public LocalizedText label() {
    return ApiTexts.label(this);
  }
}
