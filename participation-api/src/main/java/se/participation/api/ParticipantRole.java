// Copyright 2026 The Participation SDK authors
// SPDX-License-Identifier: Apache-2.0
package se.participation.api;

import se.participation.api.internal.ApiTexts;
import se.participation.api.text.Labelled;
import se.participation.api.text.LocalizedText;

/** The role a participant has in the dialogue. */
public enum ParticipantRole implements Labelled {
  /** A resident ("invånare"): anyone who lives, stays or works in the city or otherwise has contact with it. */
  RESIDENT,
  /** A representative of an association ("föreningsrepresentant"). */
  ASSOCIATION_REPRESENTATIVE,
  /** An elected politician ("förtroendevald"). */
  POLITICIAN,
  /** An official of the city ("tjänsteperson"). */
  OFFICIAL;

  @Override
  public LocalizedText label() {
    return ApiTexts.label(this);
  }
}
