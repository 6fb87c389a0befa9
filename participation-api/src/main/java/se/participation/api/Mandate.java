// Copyright 2026 The Participation SDK authors
// SPDX-License-Identifier: Apache-2.0
package se.participation.api;

import java.util.Objects;
import java.util.Optional;
import se.participation.api.internal.Checks;

/**
 * The mandate for a dialogue, as Beslut asks the official to find it out: "Därför är det viktigt
 * att som tjänsteperson ta reda på vilket mandat som finns för att genomföra en dialog kring den
 * aktuella frågan." It says who gave the mandate, where the decision is filed and what it lets
 * the dialogue influence, so that "vilket inflytande deltagarna i invånardialogen kan förvänta
 * sig samt vem som har ansvar" can be read from the record.
 *
 * @param decidedBy the body or office that gave the mandate, such as "Socialnämnden",
 *     "kommunstyrelsen" or "förvaltningens ledningsgrupp"
 * @param caseReference the case number of the decision in the city's register (diarienummer),
 *     such as "SN 2021/123", when there is one
 * @param decidedOn when the decision was taken, as precisely as the record gives it ("början av 2020")
 * @param scope what the dialogue may influence, in the decision's words, when the record gives it
 */
public record Mandate(
    String decidedBy, Optional<String> caseReference, Optional<PartialDate> decidedOn, Optional<String> scope) {

  /**
   * Rejects a blank body, case reference or scope.
   *
   * @throws NullPointerException naming the component when one is null
   * @throws IllegalArgumentException naming the component and its value when the value is not allowed
   */
  public Mandate {
    Checks.notBlank("decidedBy", Objects.requireNonNull(decidedBy, "decidedBy"));
    Objects.requireNonNull(caseReference, "caseReference").ifPresent(c -> Checks.notBlank("caseReference", c));
    Objects.requireNonNull(decidedOn, "decidedOn");
    Objects.requireNonNull(scope, "scope").ifPresent(s -> Checks.notBlank("scope", s));
  }

  /**
   * A mandate given by a body, with nothing else known.
   *
   * @param decidedBy the body or office that gave the mandate
   * @return the mandate
   * @throws NullPointerException when {@code decidedBy} is null
   * @throws IllegalArgumentException when {@code decidedBy} is blank
   */
  public static Mandate by(String decidedBy) {
    return new Mandate(decidedBy, Optional.empty(), Optional.empty(), Optional.empty());
  }

  /**
   * This mandate with the case reference of its decision.
   *
   * @param reference the case number, such as "SN 2021/123"
   * @return a mandate with the reference
   * @throws NullPointerException when {@code reference} is null
   * @throws IllegalArgumentException when {@code reference} is blank
   */
  public Mandate withCaseReference(String reference) {
    return new Mandate(decidedBy, Optional.of(Objects.requireNonNull(reference, "reference")), decidedOn, scope);
  }
}
