// Copyright 2026 The Participation SDK authors
// SPDX-License-Identifier: Apache-2.0
package se.participation.api;

import se.participation.api.internal.ApiTexts;
import se.participation.api.text.Labelled;
import se.participation.api.text.LocalizedText;

/** A step in a proposal's lineage, from the gross list to adoption. */
public enum ProposalStatus implements Labelled {
  /** On the gross list ("bruttolista"). */
  SUBMITTED,
  /** Kept when the list was reduced. */
  SHORTLISTED,
  /** Merged into another proposal; final. */
  MERGED,
  /** Dropped, with a reason; final. */
  DROPPED,
  /** Replaced by the administration's adapted text; final for this proposal, traced to the new one. */
  SUPERSEDED,
  /** A new text written by the administration from one or more originals. */
  ADAPTED,
  /** Approved by the committee; final unless proposed to the council. */
  DECIDED,
  /** Not approved by the committee; final. */
  DECLINED,
  /** Proposed by the committee to the city council. */
  PROPOSED_TO_COUNCIL,
  /**
   * Sent back for rework by a deciding body ("återremitterat"); open again: the administration
   * adapts it anew, or the body decides on it later.
   */
  SENT_BACK,
  /** Adopted by the city council; final. */
  ADOPTED,
  /** Not adopted by the city council; final. */
  NOT_ADOPTED,
  /**
   * Handed over as input to another body's work (a report, an inquiry, a plan); final here: the
   * dialogue produced it, and its fate is that body's.
   */
  HANDED_OVER;

  /** Whether a proposal in this status has reached the end of its lineage. */
  public boolean isFinal() {
    return switch (this) {
      case MERGED, DROPPED, SUPERSEDED, DECIDED, DECLINED, ADOPTED, NOT_ADOPTED, HANDED_OVER -> true;
      case SUBMITTED, SHORTLISTED, ADAPTED, PROPOSED_TO_COUNCIL, SENT_BACK -> false;
    };
  }

  /** Whether a proposal in this status is out of the running (merged, dropped, declined, not adopted). */
  public boolean isDiscarded() {
    return this == MERGED || this == DROPPED || this == DECLINED || this == NOT_ADOPTED;
  }

  @Override
  public LocalizedText label() {
    return ApiTexts.label(this);
  }
}
