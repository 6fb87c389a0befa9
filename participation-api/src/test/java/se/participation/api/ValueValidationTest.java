// Copyright 2026 The Participation SDK authors
// SPDX-License-Identifier: Apache-2.0
package se.participation.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import se.participation.api.command.CommandContext;
import se.participation.api.command.Command;
import se.participation.api.event.EventContext;
import se.participation.api.rule.RuleId;

/** Each value rejects each kind of bad input it can receive, with a message naming the field. */
class ValueValidationTest {
  private static final Instant T = Instant.parse("2021-03-01T10:00:00Z");
  private static final ParticipantId P1 = ParticipantId.of("p1");

  private static TargetGroup.Builder group() {
    return TargetGroup.builder()
        .id(TargetGroupId.of("unga"))
        .name("Unga")
        .activity(Activity.LOW)
        .affectedness(Affectedness.HIGH);
  }

  private static Meeting.Builder meeting() {
    return Meeting.builder()
        .id(MeetingId.of("m1"))
        .title("Möte 1")
        .format(MeetingFormat.DIGITAL)
        .start(LocalDateTime.parse("2021-03-10T17:00"))
        .end(LocalDateTime.parse("2021-03-10T19:00"));
  }

  private static LineageStep.Builder step(ProposalStatus status) {
    return LineageStep.builder().status(status).actor(ActorId.of("a")).at(T);
  }

  @SuppressWarnings("NullAway") // passes null on purpose
  static Stream<Arguments> badValues() {
    return Stream.of(
        bad("blank id", () -> ParticipantId.of(" "), "participantId must be 1 to 64", "\" \""),
        bad("id with slash", () -> ProposalId.of("a/b"), "proposalId must be", "a/b"),
        bad("null id", () -> MeetingId.of(nullString()), "meetingId"),
        bad("rule id lower case", () -> RuleId.of("beslut-1"), "ruleId must be", "beslut-1"),
        bad("date range backwards",
            () -> DateRange.of(LocalDate.parse("2021-05-01"), LocalDate.parse("2021-04-01")),
            "end must not be before start", "2021-04-01"),
        bad("actor without roles", () -> new Actor(ActorId.of("a"), Set.of()), "roles must not be empty"),
        bad("answer to a text question",
            () -> ChecklistAnswer.builder().question(ChecklistQuestion.PLANERING_1).yes(true)
                .answeredBy(ActorId.of("a")).answeredAt(T).build(),
            "question must be a yes/no question", "PLANERING-1"),
        bad("answer without who",
            () -> ChecklistAnswer.builder().question(ChecklistQuestion.BESLUT_1).yes(true)
                .answeredAt(T).build(),
            "answeredBy"),
        bad("blank comment",
            () -> ChecklistAnswer.builder().question(ChecklistQuestion.BESLUT_1).yes(true)
                .answeredBy(ActorId.of("a")).answeredAt(T).comment("").build(),
            "comment must not be blank"),
        bad("target group blank name", () -> group().name(" ").build(), "name must not be blank"),
        bad("target group blank outreach", () -> group().addOutreach("").build(), "outreach[0] must not be blank"),
        bad("target group zero planned", () -> group().plannedParticipants(0).build(),
            "plannedParticipants must be at least 1, was 0"),
        bad("target group missing axis",
            () -> TargetGroup.builder().id(TargetGroupId.of("g")).name("G").activity(Activity.LOW).build(),
            "affectedness"),
        bad("planned question blank", () -> PlannedQuestion.of("q1", " ", "x"), "text must not be blank"),
        bad("plan repeats a question id",
            () -> Plan.builder().addQuestion(PlannedQuestion.of("q1", "A", "x"))
                .addQuestion(PlannedQuestion.of("q1", "B", "y")).build(),
            "questions must not repeat an identifier", "q1"),
        bad("plan repeats a group id", () -> Plan.builder().addTargetGroup(group().build())
                .addTargetGroup(group().build()).build(),
            "targetGroups must not repeat an identifier", "unga"),
        bad("plan zero occasions", () -> Plan.builder().plannedOccasions(0).build(),
            "plannedOccasions must be at least 1"),
        bad("plan blank purpose", () -> Plan.builder().purpose("").build(), "purpose must not be blank"),
        bad("plan blank responsible", () -> Plan.builder().addResponsible(" ").build(), "responsible[0] must not be blank"),
        bad("coordination blank", () -> new Coordination(List.of(), " "), "arrangement must not be blank"),
        bad("politicians blank", () -> new PoliticianInvolvement(true, ""), "how must not be blank"),
        bad("facilitator blank", () -> new Facilitator(Facilitation.EXTERNAL, ""), "who must not be blank"),
        bad("communication blank", () -> new CommunicationPlan("intranät", " "), "external must not be blank"),
        bad("feedback plan blank", () -> FeedbackPlan.builder().how(" ").build(), "how must not be blank"),
        bad("evaluation plan blank", () -> EvaluationPlan.builder().residentsEvaluate(true).whatAndHow("").build(),
            "whatAndHow must not be blank"),
        bad("expected result zero", () -> ExpectedResult.builder().description("Mål").kind(ProposalKind.GOAL)
                .minimumProposals(0).build(),
            "minimumProposals must be at least 1, was 0"),
        bad("pseudonymous without pseudonym",
            () -> Participant.builder().id(P1).role(ParticipantRole.RESIDENT)
                .identity(IdentityMode.PSEUDONYMOUS).build(),
            "pseudonym must be set for a pseudonymous participant"),
        bad("anonymous with pseudonym",
            () -> Participant.builder().id(P1).role(ParticipantRole.RESIDENT)
                .identity(IdentityMode.ANONYMOUS).pseudonym("X").build(),
            "pseudonym must not be set for an anonymous participant", "X"),
        bad("resident with association",
            () -> Participant.builder().id(P1).role(ParticipantRole.RESIDENT).association("Votra Drom").build(),
            "association may only be set for an association representative", "RESIDENT"),
        bad("consent blank purpose", () -> new Consent(T, " "), "purpose must not be blank"),
        bad("contact without a way of contact",
            () -> ContactDetails.builder().participant(P1).name("Anna").build(),
            "contact details must give an e-mail address"),
        bad("contact bad e-mail",
            () -> ContactDetails.builder().participant(P1).email("anna.example.se").build(),
            "email must be an e-mail address", "anna.example.se"),
        bad("contact bad phone",
            () -> ContactDetails.builder().participant(P1).phone("ring mig").build(),
            "phone must be a telephone number", "ring mig"),
        bad("meeting ends before it starts",
            () -> meeting().end(LocalDateTime.parse("2021-03-10T16:00")).build(),
            "end must be after start", "2021-03-10T16:00"),
        bad("meeting blank title", () -> meeting().title("").build(), "title must not be blank"),
        bad("meeting repeats a group",
            () -> meeting().addGroup(new SmallGroup(GroupId.of("g1"), Set.of(P1)))
                .addGroup(new SmallGroup(GroupId.of("g1"), Set.of(P1))).build(),
            "groups must not repeat an identifier", "g1"),
        bad("agenda item blank", () -> new AgendaItem(LocalTime.NOON, " "), "activity must not be blank"),
        bad("small group without members", () -> new SmallGroup(GroupId.of("g"), Set.of()), "members must not be empty"),
        bad("documentation blank reference",
            () -> new Documentation(DocumentationKind.IMAGE, "", "Foto"), "reference must not be blank"),
        bad("named authorship without authors",
            () -> new Authorship(IdentityMode.NAMED, Set.of(), Optional.empty(), Optional.empty()),
            "authors must not be empty"),
        bad("anonymous authorship without channel",
            () -> new Authorship(IdentityMode.ANONYMOUS, Set.of(), Optional.empty(), Optional.empty()),
            "channel must be set when anonymous"),
        bad("anonymous authorship with an author",
            () -> new Authorship(IdentityMode.ANONYMOUS, Set.of(P1), Optional.empty(), Optional.of("låda")),
            "authors must be empty when anonymous", "p1"),
        bad("dropped without reason", () -> step(ProposalStatus.DROPPED).build(), "reason must be given when dropping"),
        bad("merged without target", () -> step(ProposalStatus.MERGED).build(),
            "related must name exactly one proposal when MERGED"),
        bad("adapted without originals", () -> step(ProposalStatus.ADAPTED).build(), "related must not be empty"),
        bad("proposal without lineage",
            () -> Proposal.builder().id(ProposalId.of("x")).text("Mål").authorship(Authorship.anonymous("låda")).build(),
            "lineage must not be empty"),
        bad("proposal blank text",
            () -> ProposalDraft.builder().id(ProposalId.of("x")).text(" ").authorship(Authorship.anonymous("låda")).build(),
            "text must not be blank"),
        bad("off-topic blank", () -> OffTopicMatter.builder().id(OffTopicId.of("o")).text("").build(),
            "text must not be blank"),
        bad("feedback to participants naming none",
            () -> FeedbackDelivery.builder().id(FeedbackId.of("f")).audience(FeedbackAudience.PARTICIPANTS)
                .channel("e-post").at(T).content("Resultat").build(),
            "participants must not be empty"),
        bad("feedback through anonymous channel naming participants",
            () -> FeedbackDelivery.builder().id(FeedbackId.of("f")).audience(FeedbackAudience.ANONYMOUS_CHANNEL)
                .addParticipant(P1).channel("låda").at(T).content("Resultat").build(),
            "audience through an anonymous channel names neither"),
        bad("evaluation answer blank", () -> EvaluationAnswer.builder().question("Q").answer(" ").at(T).build(),
            "answer must not be blank"),
        bad("lesson blank", () -> new Lesson("", ActorId.of("a"), T), "text must not be blank"),
        bad("transition skipping a part",
            () -> new PartTransition(Part.BESLUT, Part.GENOMFORANDE, ActorId.of("a"), T),
            "to must be the part after BESLUT, was GENOMFORANDE"),
        bad("group reach negative", () -> new GroupReach(TargetGroupId.of("g"), "G", Quadrant.priority(),
                java.util.OptionalInt.empty(), -1), "came must not be negative, was -1"),
        bad("process negative version",
            () -> ParticipationProcess.builder().id(ProcessId.of("x")).version(-1).title("T").question("Q")
                .owner(ActorId.of("a")).startedAt(T).intendedLevel(EngagementLevel.RESONEMANG).build(),
            "version must not be negative, was -1"),
        bad("process contact of unknown participant",
            () -> ParticipationProcess.builder().id(ProcessId.of("x")).version(0).title("T").question("Q")
                .owner(ActorId.of("a")).startedAt(T).intendedLevel(EngagementLevel.RESONEMANG)
                .putContact(P1, ContactDetails.builder().participant(P1).email("a@b.se").build()).build(),
            "contacts must belong to a registered participant", "p1"),
        bad("command context negative version",
            () -> CommandContext.of(ProcessId.of("x"), -2, Actor.of("a", ActorRole.PROCESS_OWNER), T),
            "expectedVersion must not be negative, was -2"),
        bad("event context version zero",
            () -> new EventContext(ProcessId.of("x"), 0, ActorId.of("a"), T), "version must be at least 1, was 0"),
        bad("command with blank title",
            () -> new Command.StartProcess(
                CommandContext.of(ProcessId.of("x"), 0, Actor.of("a", ActorRole.PROCESS_OWNER), T),
                " ", "Q", EngagementLevel.RESONEMANG),
            "title must not be blank"),
        bad("command with null field",
            () -> new Command.DropProposal(
                CommandContext.of(ProcessId.of("x"), 0, Actor.of("a", ActorRole.PROCESS_OWNER), T),
                null, "r"),
            "proposal"),
        bad("success evaluation missing criteria",
            () -> SuccessEvaluation.builder().process(ProcessId.of("x")).version(1)
                .representation(RepresentationAnalysis.builder().build())
                .assessments(Map.of()).build(),
            "assessments must hold every criterion"),
        bad("plan blank purpose", () -> Plan.builder().purpose(" ").build(), "purpose must not be blank"),
        bad("plan blank phrased question", () -> Plan.builder().phrasedQuestion(" ").build(), "phrasedQuestion must not be blank"),
        bad("plan blank method", () -> Plan.builder().method(" ").build(), "method must not be blank"),
        bad("plan blank absence", () -> Plan.builder().priorityQuadrantAbsence(" ").build(), "priorityQuadrantAbsence must not be blank"),
        bad("plan blank off-topic handling", () -> Plan.builder().offTopicHandling(" ").build(), "offTopicHandling must not be blank"),
        bad("plan blank risks", () -> Plan.builder().risks(" ").build(), "risks must not be blank"),
        bad("plan blank documentation", () -> Plan.builder().documentation(" ").build(), "documentation must not be blank"),
        bad("plan blank compilation", () -> Plan.builder().compilation(" ").build(), "compilation must not be blank"),
        bad("plan blank responsible", () -> Plan.builder().addResponsible("Anna", " ").build(), "responsible[1] must not be blank"),
        bad("plan no occasions", () -> Plan.builder().plannedOccasions(0).build(), "plannedOccasions must be at least 1, was 0"),
        bad("planned question blank use", () -> PlannedQuestion.of("q1", "Vad?", " "), "intendedUse must not be blank"),
        bad("process blank title",
            () -> ParticipationProcess.builder().id(ProcessId.of("x")).version(0).title(" ").question("Q")
                .owner(ActorId.of("a")).startedAt(T).intendedLevel(EngagementLevel.RESONEMANG).build(),
            "title must not be blank"),
        bad("process blank question",
            () -> ParticipationProcess.builder().id(ProcessId.of("x")).version(0).title("T").question(" ")
                .owner(ActorId.of("a")).startedAt(T).intendedLevel(EngagementLevel.RESONEMANG).build(),
            "question must not be blank"),
        bad("process continued without dialogue at a dialogue level",
            () -> ParticipationProcess.builder().id(ProcessId.of("x")).version(0).title("T").question("Q")
                .owner(ActorId.of("a")).startedAt(T).intendedLevel(EngagementLevel.RESONEMANG)
                .nonDialogueLevel(EngagementLevel.DELAKTIGHET).build(),
            "nonDialogueLevel must be INFORMATION or KONSULTATION", "DELAKTIGHET"),
        bad("authorship blank pseudonym",
            () -> Authorship.pseudonymous(" ", Set.of(), java.util.Optional.empty()), "pseudonym must not be blank"),
        bad("authorship blank channel", () -> Authorship.anonymous(" "), "channel must not be blank"),
        bad("authorship blank feedback channel",
            () -> Authorship.anonymous("låda").withFeedbackChannel(" "), "feedbackChannel must not be blank"),
        bad("authorship blank group", () -> Authorship.collective(" ", Set.of()), "collective must not be blank"),
        bad("authorship group on a named text",
            () -> new Authorship(IdentityMode.NAMED, Set.of(P1), java.util.Optional.empty(), java.util.Optional.empty(),
                java.util.Optional.empty(), java.util.Optional.of("Elevrådet")),
            "collective may only be set when the authorship is collective", "NAMED"),
        bad("authorship named without authors",
            () -> new Authorship(IdentityMode.NAMED, Set.of(), java.util.Optional.empty(), java.util.Optional.empty()),
            "authors must not be empty"),
        bad("authorship pseudonymous without pseudonym",
            () -> new Authorship(IdentityMode.PSEUDONYMOUS, Set.of(), java.util.Optional.empty(), java.util.Optional.empty()),
            "pseudonym must be set when pseudonymous"),
        bad("authorship anonymous with authors",
            () -> new Authorship(IdentityMode.ANONYMOUS, Set.of(P1), java.util.Optional.empty(), java.util.Optional.of("låda")),
            "authors must be empty when anonymous", "p1"),
        bad("authorship anonymous with pseudonym",
            () -> new Authorship(IdentityMode.ANONYMOUS, Set.of(), java.util.Optional.of("Räven"), java.util.Optional.of("låda")),
            "pseudonym must be empty when anonymous", "Räven"),
        bad("authorship anonymous without channel",
            () -> new Authorship(IdentityMode.ANONYMOUS, Set.of(), java.util.Optional.empty(), java.util.Optional.empty()),
            "channel must be set when anonymous"),
        bad("authorship collective without group",
            () -> new Authorship(IdentityMode.COLLECTIVE, Set.of(), java.util.Optional.empty(), java.util.Optional.empty()),
            "collective must name the group when collective"),
        bad("authorship collective with pseudonym",
            () -> new Authorship(IdentityMode.COLLECTIVE, Set.of(), java.util.Optional.of("Räven"), java.util.Optional.empty(),
                java.util.Optional.empty(), java.util.Optional.of("Elevrådet")),
            "pseudonym must be empty when collective"),
        bad("participant blank pseudonym",
            () -> Participant.builder().id(P1).role(ParticipantRole.RESIDENT).identity(IdentityMode.PSEUDONYMOUS).pseudonym(" ").build(),
            "pseudonym must not be blank"),
        bad("participant blank association",
            () -> Participant.builder().id(P1).role(ParticipantRole.ASSOCIATION_REPRESENTATIVE).association(" ").build(),
            "association must not be blank"),
        bad("participant blank feedback channel",
            () -> Participant.builder().id(P1).role(ParticipantRole.RESIDENT).identity(IdentityMode.ANONYMOUS).feedbackChannel(" ").build(),
            "feedbackChannel must not be blank"),
        bad("anonymous participant with consent",
            () -> Participant.builder().id(P1).role(ParticipantRole.RESIDENT).identity(IdentityMode.ANONYMOUS)
                .consent(new Consent(T, "Återkoppling")).build(),
            "consent must not be set for an anonymous participant"),
        bad("collective participant",
            () -> Participant.builder().id(P1).role(ParticipantRole.RESIDENT).identity(IdentityMode.COLLECTIVE).build(),
            "identity must not be COLLECTIVE"),
        bad("meeting blank title", () -> meeting().title(" ").build(), "title must not be blank"),
        bad("meeting blank location", () -> meeting().location(" ").build(), "location must not be blank"),
        bad("meeting repeats a small group",
            () -> meeting().addGroup(new SmallGroup(GroupId.of("g1"), Set.of(P1))).addGroup(new SmallGroup(GroupId.of("g1"), Set.of(P1))).build(),
            "groups must not repeat an identifier", "g1"),
        bad("meeting outside its approximate date",
            () -> meeting().approximateDate(PartialDate.parse("2020")).build(),
            "approximateDate must contain the meeting's start and end"));
  }

  private static Arguments bad(String what, ThrowingCallable construction, String... fragments) {
    return Arguments.of(what, construction, fragments);
  }

  @SuppressWarnings("NullAway")
  private static String nullString() {
    return null;
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("badValues")
  void rejectsBadInputNamingTheFieldAndValue(
      String what, ThrowingCallable construction, String[] fragments) {
    assertThatThrownBy(construction)
        .as(what)
        .isInstanceOfAny(
            IllegalArgumentException.class,
            NullPointerException.class,
            IllegalStateException.class)
        .satisfies(
            e -> {
              for (String fragment : fragments) {
                assertThat(e.getMessage()).contains(fragment);
              }
            });
  }

  @Test
  void aTargetGroupKnowsItsQuadrant() {
    TargetGroup young = group().hardToReach(true).addOutreach("Skolbesök").build();
    assertThat(young.quadrant()).isEqualTo(Quadrant.LOW_ACTIVITY_HIGH_AFFECTEDNESS);
    assertThat(young.quadrant().isPriority()).isTrue();
  }

  @Test
  void aProposalsStatusIsItsLatestStep() {
    Proposal proposal =
        Proposal.of(
            ProposalDraft.builder().id(ProposalId.of("x")).text("Mål").authorship(Authorship.named(P1)).build(),
            step(ProposalStatus.SUBMITTED).build());
    assertThat(proposal.status()).isEqualTo(ProposalStatus.SUBMITTED);
    assertThat(proposal.status().isFinal()).isFalse();
    assertThat(ProposalStatus.ADOPTED.isFinal()).isTrue();
  }

  @Test
  void aPlanAnswersTheTimelineQuestionOnlyWithAllFourParts() {
    DateRange range = DateRange.of(LocalDate.parse("2021-01-01"), LocalDate.parse("2021-01-31"));
    Timeline three = Timeline.empty().with(Part.BESLUT, range).with(Part.GENOMFORANDE, range)
        .with(Part.ATERKOPPLING, range);
    assertThat(Plan.builder().timeline(three).build().answers(ChecklistQuestion.PLANERING_5)).isFalse();
    assertThat(Plan.builder().timeline(three.with(Part.UTVARDERING, range)).build()
        .answers(ChecklistQuestion.PLANERING_5)).isTrue();
  }
}
