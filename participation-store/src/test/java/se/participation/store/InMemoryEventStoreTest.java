// Copyright 2026 The Participation SDK authors
// SPDX-License-Identifier: Apache-2.0
package se.participation.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import se.participation.api.ProcessId;
import se.participation.api.event.Event;
import se.participation.testkit.Pilot;

/** What every store promises, on the in-memory one: streams, versions, global order, whole appends. */
class InMemoryEventStoreTest {
  private static final List<Event> PILOT = Pilot.history();
  private static final ProcessId PILOT_ID = Pilot.ID;

  @Test
  void streamsAreKeptApartAndEveryEventGetsTheNextGlobalPosition() {
    InMemoryEventStore store = new InMemoryEventStore();
    List<Event> other = Pilot.history(ProcessId.of("annan-process"));
    assertThat(store.append(PILOT_ID, 0, PILOT.subList(0, 3))).isEqualTo(new AppendResult.Appended(3, 3));
    assertThat(store.append(ProcessId.of("annan-process"), 0, other.subList(0, 2))).isEqualTo(new AppendResult.Appended(2, 5));
    assertThat(store.append(PILOT_ID, 3, PILOT.subList(3, 4))).isEqualTo(new AppendResult.Appended(4, 6));
    assertThat(store.load(PILOT_ID)).containsExactlyElementsOf(PILOT.subList(0, 4));
    assertThat(store.version(ProcessId.of("annan-process"))).isEqualTo(2);
    assertThat(store.version(ProcessId.of("ingen"))).isZero();
    assertThat(store.load(ProcessId.of("ingen"))).isEmpty();
    List<StoredEvent> all = store.readAll(0, 100);
    assertThat(all).extracting(StoredEvent::position).containsExactly(1L, 2L, 3L, 4L, 5L, 6L);
    assertThat(all.get(3).event()).isEqualTo(other.get(0));
    assertThat(store.readAll(4, 1)).singleElement().extracting(StoredEvent::position).isEqualTo(5L);
    assertThat(store.readAll(6, 10)).isEmpty();
    assertThat(store.readAll(60, 10)).isEmpty();
    assertThat(store).hasToString("InMemoryEventStore[2 processes, 6 events]");
  }

  @Test
  void anAppendAtAnotherVersionWritesNothingAndSaysWhereTheStreamIs() {
    InMemoryEventStore store = new InMemoryEventStore();
    store.append(PILOT_ID, 0, PILOT.subList(0, 2));
    assertThat(store.append(PILOT_ID, 0, PILOT.subList(0, 2))).isEqualTo(new AppendResult.Conflict(0, 2));
    assertThat(store.load(PILOT_ID)).hasSize(2);
    assertThat(store.readAll(0, 10)).hasSize(2);
  }

  @Test
  void eventsThatDoNotContinueTheStreamAreRefusedNamingTheFirstWrongOne() {
    InMemoryEventStore store = new InMemoryEventStore();
    assertThatThrownBy(() -> store.append(PILOT_ID, 0, List.of())).hasMessageContaining("events must not be empty");
    assertThatThrownBy(() -> store.append(PILOT_ID, 0, PILOT.subList(1, 2)))
        .hasMessageContaining("events[0] has version 2, expected 1");
    assertThatThrownBy(() -> store.append(ProcessId.of("annan"), 0, PILOT.subList(0, 1)))
        .hasMessageContaining("events[0] belongs to process " + PILOT_ID + ", not annan");
    assertThatThrownBy(() -> store.append(PILOT_ID, -1, PILOT.subList(0, 1)))
        .hasMessageContaining("expectedVersion must not be negative");
    assertThatThrownBy(() -> store.readAll(-1, 1)).hasMessageContaining("afterPosition must not be negative");
    assertThatThrownBy(() -> store.readAll(0, 0)).hasMessageContaining("limit must be at least 1");
    assertThatThrownBy(() -> new StoredEvent(0, PILOT.get(0))).hasMessageContaining("position must be at least 1");
    assertThat(store.readAll(0, 10)).as("nothing half-written").isEmpty();
  }

  @Test
  void appendingAnErasureForgetsTheParticipantsPersonalDataInTheStreamAndTheGlobalOrder() {
    se.participation.core.ProcessEngine engine = se.participation.core.ProcessEngine.withHandbookRulesOnly();
    InMemoryEventStore store = new InMemoryEventStore();
    List<Event> history = Pilot.history();
    store.append(Pilot.ID, 0, history);
    se.participation.api.ParticipationProcess evaluated = engine.replay(history);
    var entry = evaluated.contacts().entrySet().iterator().next();
    String email = entry.getValue().email().orElseThrow();
    assertThat(store.load(Pilot.ID).toString()).contains(email);
    ProcessService service = new ProcessService(engine, store);
    var erased = service.handle(new se.participation.api.command.Command.EraseParticipantData(
        se.participation.api.command.CommandContext.of(Pilot.ID, history.size(), Pilot.OWNER,
            evaluated.updatedAt().plusSeconds(60)), entry.getKey()));
    assertThat(erased.isAccepted()).isTrue();
    List<Event> whole = new java.util.ArrayList<>(history);
    whole.addAll(erased.events());
    assertThat(store.load(Pilot.ID)).isEqualTo(engine.redact(whole, entry.getKey()));
    assertThat(store.load(Pilot.ID).toString()).doesNotContain(email);
    assertThat(store.readAll(0, Integer.MAX_VALUE)).extracting(StoredEvent::event).isEqualTo(store.load(Pilot.ID));
    assertThat(engine.replay(store.load(Pilot.ID))).isEqualTo(engine.apply(evaluated, erased.events()));
  }
}
