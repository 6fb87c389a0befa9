// Copyright 2026 The Participation SDK authors
// SPDX-License-Identifier: Apache-2.0
package se.participation.api;

import se.participation.api.internal.ApiTexts;
import se.participation.api.text.Labelled;
import se.participation.api.text.LocalizedText;

/** A role that entitles an actor to issue some commands. */
public enum ActorRole implements Labelled {
  /** Owns the process: decides, plans, moves it between parts and closes it. */
  PROCESS_OWNER,
  /** Leads meetings, registers participants and records what comes out. */
  FACILITATOR,
  /** The administration ("förvaltningen"): adapts proposals to the city's rules. */
  ADMINISTRATION,
  /**
   * A deciding body that decides on the dialogue's proposals: the committee ("nämnden") in the
   * pilot, and equally a municipal company's board ("styrelse"), a management group
   * ("ledningsgrupp") or a government agency; the actor's id names the body. It may propose
   * decided proposals to the council, or send proposals back for rework.
   */
  COMMITTEE,
  /**
   * The body that decides last, where there is one: the city council ("kommunfullmäktige") in the
   * pilot, or a region's council or an agency's board; adopts proposals or not.
   */
  COUNCIL,
  /** A participant: submits proposals and evaluates the dialogue. */
  PARTICIPANT;

  @Override
  public LocalizedText label() {
    return ApiTexts.label(this);
  }
}
