// Copyright 2026 The Participation SDK authors
// SPDX-License-Identifier: Apache-2.0
package se.participation.api;

import se.participation.api.internal.ApiTexts;
import se.participation.api.text.Labelled;
import se.participation.api.text.LocalizedText;

/** Who a feedback delivery is for. */
public enum FeedbackAudience implements Labelled {
  /** Those who took part in the dialogue. */
  PARTICIPANTS,
  /** The decision makers. */
  DECISION_MAKERS,
  /** Anonymous contributors, through the channel they used. */
  ANONYMOUS_CHANNEL;

  @Override
  public LocalizedText label() {
    return ApiTexts.label(this);
  }
}
