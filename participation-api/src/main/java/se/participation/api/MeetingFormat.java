// Copyright 2026 The Participation SDK authors
// SPDX-License-Identifier: Apache-2.0
package se.participation.api;

import se.participation.api.internal.ApiTexts;
import se.participation.api.text.Labelled;
import se.participation.api.text.LocalizedText;

/** How a meeting is held. */
public enum MeetingFormat implements Labelled {
  /** Online. */
  DIGITAL,
  /** In person; the handbook advises a detailed schedule. */
  PHYSICAL,
  /** In person and online at once; scheduled in detail like a physical meeting. */
  HYBRID;

  @Override
  public LocalizedText label() {
    return ApiTexts.label(this);
  }
}
