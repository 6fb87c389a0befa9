// Copyright 2026 The Participation SDK authors
// SPDX-License-Identifier: Apache-2.0
package se.participation.api;

import se.participation.api.internal.ApiTexts;
import se.participation.api.text.Labelled;
import se.participation.api.text.LocalizedText;

/** What a tally counts. */
public enum TallyKind implements Labelled {
  /** People invited, e.g. a citizens' panel's 7,000 invitations. */
  INVITED,
  /** People who attended, e.g. "161 deltog". */
  ATTENDED,
  /** Contributions: comments, statements, proposals, e.g. "34 yttranden". */
  CONTRIBUTIONS,
  /**
   * Votes cast for one proposal in a ranking or budget vote, e.g. "1 204 röster"; the tally names
   * the proposal, and the proposals' order by votes is the ranking.
   */
  VOTES;

  @Override
  public LocalizedText label() {
    return ApiTexts.label(this);
  }
}
