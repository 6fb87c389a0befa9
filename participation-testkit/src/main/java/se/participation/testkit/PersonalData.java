// Copyright 2026 The Participation SDK authors
// SPDX-License-Identifier: Apache-2.0
package se.participation.testkit;

import java.util.LinkedHashSet;
import java.util.Objects;
import java.util.Set;
import se.participation.api.ContactDetails;
import se.participation.api.Participant;
import se.participation.api.ParticipationProcess;

/** What erasure must remove, for tests of erasure in engines and stores. */
public final class PersonalData {
  private PersonalData() {}

  /**
   * The strings that identify a participant and must be gone after her erasure: her contact
   * details, her pseudonym, and a feedback channel she alone uses (a shared one is the group's).
   *
   * @param process the process before the erasure
   * @param participant the participant, as registered in it
   * @throws NullPointerException when an argument is null
   */
  public static Set<String> of(ParticipationProcess process, Participant participant) {
    Objects.requireNonNull(process, "process");
    Objects.requireNonNull(participant, "participant");
    Set<String> strings = new LinkedHashSet<>();
    ContactDetails contact = process.contacts().get(participant.id());
    if (contact != null) {
      contact.name().ifPresent(strings::add);
      contact.email().ifPresent(strings::add);
      contact.phone().ifPresent(strings::add);
      contact.postalAddress().ifPresent(strings::add);
    }
    participant.pseudonym().ifPresent(strings::add);
    participant.feedbackChannel().filter(c -> process.participants().values().stream()
        .noneMatch(o -> !o.id().equals(participant.id()) && o.feedbackChannel().filter(c::equals).isPresent()))
        .ifPresent(strings::add);
    return Set.copyOf(strings);
  }
}
