// Copyright 2026 The Participation SDK authors
// SPDX-License-Identifier: Apache-2.0
package se.participation.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import se.participation.api.Actor;
import se.participation.api.ActorRole;
import se.participation.api.Authorship;
import se.participation.api.Consent;
import se.participation.api.ContactDetails;
import se.participation.api.CriterionResult;
import se.participation.api.FeedbackAudience;
import se.participation.api.IdentityMode;
import se.participation.api.Part;
import se.participation.api.Participant;
import se.participation.api.ParticipantId;
import se.participation.api.ParticipantRole;
import se.participation.api.ParticipationProcess;
import se.participation.api.ProposalDraft;
import se.participation.api.ProposalId;
import se.participation.api.ProposalKind;
import se.participation.api.SuccessCriterion;
import se.participation.api.TargetGroupId;
import se.participation.api.command.Command;
import se.participation.api.command.Outcome;
import se.participation.api.rule.Finding;

/**
 * Anonymity that holds (issue "Judge real processes", §7; seed 004: residents fear reprisals): a
 * pseudonym is never linked to a person the record knows, the channel a contribution came through
 * and the one its fate goes back through are distinct, and a group can write a proposal together.
 */
class AnonymityTest {
  private static final Instant CONSENT = Instant.parse("2021-02-01T10:00:00Z");

  private static Participant pseudonymous(String id, String pseudonym) {
    return Participant.builder().id(ParticipantId.of(id)).role(ParticipantRole.RESIDENT)
        .identity(IdentityMode.PSEUDONYMOUS).pseudonym(pseudonym).addTargetGroup(TargetGroupId.of("unga"))
        .consent(new Consent(CONSENT, "Återkoppling")).build();
  }

  private static ProposalDraft proposal(String id, Authorship authorship) {
    return ProposalDraft.builder().id(ProposalId.of(id)).text("Förslag " + id).kind(ProposalKind.GOAL)
        .authorship(authorship).build();
  }

  @Test
  void aPseudonymousTextThatNamesAParticipantKnownOtherwiseIsRefusedAsALinkToThePerson() {
    Scenario scenario = new Scenario().carriedOut();
    // P1 is registered by name; naming P1 under a pseudonym would tie "Skogsmusen" to that person.
    Outcome linked = scenario.decide(Scenario.FACILITATOR, c -> new Command.SubmitProposal(c,
        proposal("pseudo-1", Authorship.pseudonymous("Skogsmusen", Set.of(Scenario.P1), Optional.empty()))));
    assertThat(linked).isInstanceOf(Outcome.Rejected.class);
    assertThat(((Outcome.Rejected) linked).reasons()).singleElement()
        .satisfies(r -> assertThat(r.message().en()).contains("p1 is not known by this pseudonym"));

    scenario.run(Scenario.FACILITATOR, c -> new Command.RegisterParticipant(c, pseudonymous("deltagare-17", "Skogsmusen"),
        Optional.empty()));
    scenario.run(Scenario.FACILITATOR, c -> new Command.SubmitProposal(c, proposal("pseudo-2",
        Authorship.pseudonymous("Skogsmusen", Set.of(ParticipantId.of("deltagare-17")), Optional.empty()))));
    assertThat(scenario.process().proposal(ProposalId.of("pseudo-2"))).isPresent();
  }

  @Test
  void aPseudonymousParticipantWhoseIdCarriesTheRealNameIsRefused() {
    Scenario scenario = new Scenario().planned();
    ContactDetails contact = ContactDetails.builder().participant(ParticipantId.of("anna-svensson"))
        .name("Anna Svensson").email("anna@example.se").build();
    Outcome revealing = scenario.decide(Scenario.FACILITATOR, c -> new Command.RegisterParticipant(c,
        pseudonymous("anna-svensson", "Skogsmusen"), Optional.of(contact)));
    assertThat(revealing).isInstanceOf(Outcome.Rejected.class);
    assertThat(((Outcome.Rejected) revealing).reasons()).singleElement()
        .satisfies(r -> assertThat(r.message().sv()).contains("anna-svensson", "avslöjar namnet"));

    ContactDetails opaque = ContactDetails.builder().from(contact).participant(ParticipantId.of("deltagare-4")).build();
    scenario.run(Scenario.FACILITATOR, c -> new Command.RegisterParticipant(c, pseudonymous("deltagare-4", "Skogsmusen"),
        Optional.of(opaque)));
    ParticipationProcess process = scenario.process();
    // The name lives only in the separable contact details, never beside the pseudonym.
    assertThat(process.participants().get(ParticipantId.of("deltagare-4")).toString()).doesNotContain("Anna", "Svensson");
    assertThat(process.contacts().get(ParticipantId.of("deltagare-4")).name()).contains("Anna Svensson");
  }

  @Test
  void anAnonymousProposalsFateGoesBackThroughItsFeedbackChannelNotTheBoxItCameThrough() {
    Scenario scenario = new Scenario().carriedOut();
    Authorship viaBox = Authorship.anonymous("lådan på Jobbtorget").withFeedbackChannel("anslagstavlan på Jobbtorget");
    assertThat(viaBox.channel()).contains("lådan på Jobbtorget");
    assertThat(viaBox.feedbackThrough()).contains("anslagstavlan på Jobbtorget");
    scenario.run(Actor.of("eva", ActorRole.PARTICIPANT), c -> new Command.SubmitProposal(c, proposal("kritik-1", viaBox)));
    scenario.run(Scenario.OWNER, Command.AdvancePart::new);
    // Feedback "through the box" cannot reach anyone; the rule asks for the notice board.
    scenario.run(Scenario.FACILITATOR, c -> new Command.DeliverFeedback(c,
        scenario.delivery("f-box", FeedbackAudience.ANONYMOUS_CHANNEL, "lådan på Jobbtorget").build()));
    assertThat(scenario.engine.findings(scenario.process(), Part.ATERKOPPLING))
        .filteredOn(f -> f.ruleId().value().equals("ATERKOPPLING-ANONYMA"))
        .extracting(Finding::subject).contains(Optional.of("channel anslagstavlan på Jobbtorget"));
    assertThat(scenario.engine.findings(scenario.process(), Part.ATERKOPPLING))
        .filteredOn(f -> f.subject().equals(Optional.of("channel anslagstavlan på Jobbtorget"))).singleElement()
        .satisfies(f -> assertThat(f.message().en())
            .isEqualTo("Contributions came in through \"lådan på Jobbtorget\" to be answered through"
                + " \"anslagstavlan på Jobbtorget\", but no feedback has gone out that way."));

    scenario.run(Scenario.FACILITATOR, c -> new Command.DeliverFeedback(c,
        scenario.delivery("f-board", FeedbackAudience.ANONYMOUS_CHANNEL, "anslagstavlan på Jobbtorget").build()));
    assertThat(scenario.engine.findings(scenario.process(), Part.ATERKOPPLING))
        .noneMatch(f -> f.subject().equals(Optional.of("channel anslagstavlan på Jobbtorget")));
  }

  @Test
  void aGroupCanWriteAProposalTogetherButIsNeverAParticipant() {
    Scenario scenario = new Scenario().carriedOut();
    Actor resident = Actor.of("p1", ActorRole.PARTICIPANT);
    scenario.run(resident, c -> new Command.SubmitProposal(c,
        proposal("cafebord-3", Authorship.collective("Cafébord 3", Set.of(Scenario.P1, Scenario.P2)))));
    var submitted = scenario.history().get(scenario.history().size() - 1);
    // A collective text is not anonymous: who entered it stays on record.
    assertThat(submitted.context().actor().value()).isEqualTo("p1");
    assertThat(scenario.process().proposal(ProposalId.of("cafebord-3")).orElseThrow().authorship().collective())
        .contains("Cafébord 3");
    // A panel whose members are not registered one by one.
    scenario.run(Scenario.FACILITATOR, c -> new Command.SubmitProposal(c,
        proposal("panelen-1", Authorship.collective("Medborgarpanelen", Set.of()))));

    assertThatThrownBy(() -> Participant.builder().id(ParticipantId.of("grupp")).role(ParticipantRole.RESIDENT)
        .identity(IdentityMode.COLLECTIVE).build())
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("identity");
    assertThatThrownBy(() -> new Authorship(IdentityMode.NAMED, Set.of(Scenario.P1), Optional.empty(), Optional.empty(),
        Optional.empty(), Optional.of("Cafébord 3")))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("collective");
    assertThat(SuccessEvaluator.evaluate(scenario.process()).assessment(SuccessCriterion.RESULT_ACHIEVED).result())
        .isNotEqualTo(CriterionResult.NOT_APPLICABLE);
  }
}
