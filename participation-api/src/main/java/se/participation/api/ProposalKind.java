// Copyright 2026 The Participation SDK authors
// SPDX-License-Identifier: Apache-2.0
package se.participation.api;

import se.participation.api.internal.ApiTexts;
import se.participation.api.text.Labelled;
import se.participation.api.text.LocalizedText;

/** What a proposal proposes. */
public enum ProposalKind implements Labelled {
  /** A goal ("mål"), as in the social-services committee's pilot. */
  GOAL,
  /** An activity that works towards a goal. */
  ACTIVITY,
  /** Any other kind of proposal. */
  OTHER;

  @Override
  public LocalizedText label() {
    return ApiTexts.label(this);
  }
}
