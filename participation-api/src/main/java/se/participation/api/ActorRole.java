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
  /** The committee ("nämnden"): decides on proposals and proposes them to the council. */
  COMMITTEE,
  /** The city council ("kommunfullmäktige"): adopts proposals or not. */
  COUNCIL,
  /** A participant: submits proposals and evaluates the dialogue. */
  PARTICIPANT;

  @Override
  public LocalizedText label() {
    return ApiTexts.label(this);
  }
}
