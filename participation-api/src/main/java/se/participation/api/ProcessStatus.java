// Copyright 2026 The Participation SDK authors
// SPDX-License-Identifier: Apache-2.0
package se.participation.api;

import se.participation.api.internal.ApiTexts;
import se.participation.api.text.Labelled;
import se.participation.api.text.LocalizedText;

/** Whether a process is running or has ended. */
public enum ProcessStatus implements Labelled {
  /** Running. */
  ACTIVE,
  /** Withdrawn before it was completed; final. */
  WITHDRAWN,
  /** Completed and closed after evaluation; final. */
  CLOSED;

  /** Whether the process has ended and accepts no more commands. */
  public boolean isEnded() {
    return this != ACTIVE;
  }

  @Override
  public LocalizedText label() {
    return ApiTexts.label(this);
  }
}
