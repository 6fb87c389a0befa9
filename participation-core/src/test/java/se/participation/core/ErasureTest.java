// Copyright 2026 The Participation SDK authors
// SPDX-License-Identifier: Apache-2.0
package se.participation.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import se.participation.api.Actor;
import se.participation.api.ActorRole;
import se.participation.api.Authorship;
import se.participation.api.Consent;
import se.participation.api.FeedbackAudience;
import se.participation.api.IdentityMode;
import se.participation.api.Participant;
import se.participation.api.ParticipantId;
import se.participation.api.ParticipantRole;
import se.participation.api.ParticipationProcess;
import se.participation.api.ProposalDraft;
import se.participation.api.ProposalId;
import se.participation.api.ProposalKind;
import se.participation.api.TargetGroupId;
import se.participation.api.command.Command;
import se.participation.api.event.Event;

/**
 * Erasure replaces a participant's personal data wherever it sits: her pseudonym in the texts
 * that name her, a channel she alone uses, and her actor id where she acted herself; a channel
 * others share stays (issue "Trust", §2).
 */
class ErasureTest {
  private static final ParticipantId SKOGSMUS = ParticipantId.of("deltagare-7");
  private static final ParticipantId GRANNE = ParticipantId.of("deltagare-8");
  private static final String OWN = "sms till 070-123 45 67";
  private static final String SHARED = "anslagstavlan";

  private static Participant pseudonymous(ParticipantId id, String pseudonym, String channel) {
    return Participant.builder().id(id).role(ParticipantRole.RESIDENT).identity(IdentityMode.PSEUDONYMOUS)
        .pseudonym(pseudonym).feedbackChannel(channel).addTargetGroup(TargetGroupId.of("unga"))
        .consent(new Consent(java.time.Instant.parse("2021-02-01T10:00:00Z"), "Återkoppling")).build();
  }

  private static Scenario withHerContributions() {
    Scenario scenario = new Scenario().carriedOut();
    scenario.run(Scenario.FACILITATOR, c -> new Command.RegisterParticipant(c, pseudonymous(SKOGSMUS, "Skogsmusen", OWN),
        Optional.empty()));
    scenario.run(Scenario.FACILITATOR, c -> new Command.RegisterParticipant(c, pseudonymous(GRANNE, "Grannen", SHARED),
        Optional.empty()));
    scenario.run(Scenario.FACILITATOR, c -> new Command.RegisterParticipant(c,
        pseudonymous(ParticipantId.of("deltagare-9"), "Tredje", SHARED), Optional.empty()));
    scenario.run(Actor.of(SKOGSMUS.value(), ActorRole.PARTICIPANT), c -> new Command.SubmitProposal(c,
        ProposalDraft.builder().id(ProposalId.of("hennes")).text("Öppet på kvällen").kind(ProposalKind.GOAL)
            .authorship(Authorship.pseudonymous("Skogsmusen", Set.of(SKOGSMUS), Optional.of(OWN))).build()));
    scenario.run(Actor.of(SKOGSMUS.value(), ActorRole.PARTICIPANT),
        c -> new Command.ProposeMeasurement(c, ProposalId.of("hennes"), "Antal kvällsbesök"));
    scenario.run(Scenario.OWNER, Command.AdvancePart::new);
    scenario.run(Scenario.FACILITATOR, c -> new Command.DeliverFeedback(c,
        scenario.delivery("sms", FeedbackAudience.ANONYMOUS_CHANNEL, OWN).build()));
    scenario.run(Scenario.FACILITATOR, c -> new Command.DeliverFeedback(c,
        scenario.delivery("tavla", FeedbackAudience.ANONYMOUS_CHANNEL, SHARED).build()));
    return scenario;
  }

  @Test
  void herPseudonymOwnChannelAndActorIdAreReplacedEverywhereAndASharedChannelStays() {
    Scenario scenario = withHerContributions();
    ParticipationProcess before = scenario.process();
    scenario.run(Scenario.OWNER, c -> new Command.EraseParticipantData(c, SKOGSMUS));
    ParticipationProcess erased = scenario.process();

    Participant her = erased.participant(SKOGSMUS).orElseThrow();
    assertThat(her.erased()).isTrue();
    assertThat(her.pseudonym()).isEmpty();
    assertThat(her.consent()).isEmpty();
    assertThat(her.feedbackChannel()).contains("raderad kanal deltagare-7");
    var proposal = erased.proposal(ProposalId.of("hennes")).orElseThrow();
    assertThat(proposal.authorship().pseudonym()).contains("raderad pseudonym deltagare-7");
    assertThat(proposal.authorship().channel()).contains("raderad kanal deltagare-7");
    // She entered it herself under her pseudonym: the record never held her actor id for it.
    assertThat(proposal.lineage().get(0).actor().value()).isEqualTo("pseudonym");
    assertThat(erased.feedback()).extracting(d -> d.channel()).containsExactly("raderad kanal deltagare-7", SHARED);
    assertThat(erased.toString()).doesNotContain(OWN, "Skogsmusen");
    // The neighbour keeps her pseudonym and her shared channel.
    assertThat(erased.participant(GRANNE).orElseThrow().pseudonym()).contains("Grannen");
    assertThat(erased.participant(GRANNE).orElseThrow().feedbackChannel()).contains(SHARED);
    // What the evaluation counted is unchanged: the channel still matches its delivery.
    assertThat(SuccessEvaluator.evaluate(erased).assessments().get(se.participation.api.SuccessCriterion.FEEDBACK_GIVEN)
        .achieved()).isEqualTo(SuccessEvaluator.evaluate(before).assessments()
        .get(se.participation.api.SuccessCriterion.FEEDBACK_GIVEN).achieved());

    List<Event> redacted = scenario.engine.redact(scenario.history(), SKOGSMUS);
    assertThat(redacted.toString()).doesNotContain(OWN, "Skogsmusen", "actor=deltagare-7");
    assertThat(scenario.history().toString()).contains(OWN, "Skogsmusen");
    assertThat(scenario.engine.replay(redacted)).isEqualTo(erased);
    // What stores keep apart from their log: every event redaction changed, and only such kinds.
    List<Event> history = scenario.history();
    int changed = 0;
    for (int i = 0; i < history.size(); i++) {
      if (!redacted.get(i).equals(history.get(i))) {
        changed++;
        assertThat(scenario.engine.mayHoldPersonalData(history.get(i))).as("%s", history.get(i)).isTrue();
      }
    }
    assertThat(changed).isGreaterThanOrEqualTo(3);
    assertThat(history).filteredOn(e -> e instanceof Event.ProcessStarted || e instanceof Event.PartAdvanced
        || e instanceof Event.ParticipantDataErased).allSatisfy(e -> assertThat(scenario.engine.mayHoldPersonalData(e)).isFalse());
    assertThat(history).filteredOn(e -> e instanceof Event.ParticipantRegistered || e instanceof Event.ProposalSubmitted
        || e instanceof Event.FeedbackDelivered).isNotEmpty()
        .allSatisfy(e -> assertThat(scenario.engine.mayHoldPersonalData(e)).isTrue());
  }

  @Test
  void aChannelSharedWithAnotherParticipantIsNotHersToErase() {
    Scenario scenario = withHerContributions();
    scenario.run(Scenario.OWNER, c -> new Command.EraseParticipantData(c, GRANNE));
    assertThat(scenario.process().participant(GRANNE).orElseThrow().feedbackChannel()).contains(SHARED);
    assertThat(scenario.process().participant(GRANNE).orElseThrow().pseudonym()).isEmpty();
    assertThat(scenario.engine.replay(scenario.engine.redact(scenario.history(), GRANNE))).isEqualTo(scenario.process());
  }

  @Test
  void redactingAParticipantTheHistoryDoesNotKnowChangesNothing() {
    Scenario scenario = new Scenario().closed();
    assertThat(scenario.engine.redact(scenario.history(), ParticipantId.of("okand"))).isEqualTo(scenario.history());
  }
}
