// Copyright 2026 The Participation SDK authors
// SPDX-License-Identifier: Apache-2.0
package se.participation.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Looking things up in a process and its plan, and what a plan answers of the checklist. */
class ProcessLookupTest {
  private static final Instant T = Instant.parse("2021-03-01T09:00:00Z");
  private static final ParticipantId P1 = ParticipantId.of("p1");
  private static final ActorId OWNER = ActorId.of("anna");
  private static final ActorId FIA = ActorId.of("fia");

  private static final TargetGroup YOUNG = TargetGroup.builder().id(TargetGroupId.of("unga")).name("Unga")
      .activity(Activity.LOW).affectedness(Affectedness.HIGH).build();
  private static final PlannedQuestion Q1 = PlannedQuestion.of("q1", "Vad är viktigast?", "Underlag för målen");

  private static ParticipationProcess.Builder process() {
    return ParticipationProcess.builder().id(ProcessId.of("p")).version(3).title("Mål").question("Vilka mål?")
        .owner(OWNER).startedAt(T).intendedLevel(EngagementLevel.RESONEMANG);
  }

  @Test
  void theOwnerHoldsTheOwnersRoleAndOthersWhatTheyWereGranted() {
    ParticipationProcess process = process()
        .putGrant(FIA, EnumSet.of(ActorRole.FACILITATOR))
        .putGrant(OWNER, EnumSet.of(ActorRole.ADMINISTRATION))
        .build();
    assertThat(process.rolesOf(OWNER)).containsExactlyInAnyOrder(ActorRole.PROCESS_OWNER, ActorRole.ADMINISTRATION);
    assertThat(process.rolesOf(FIA)).containsExactly(ActorRole.FACILITATOR);
    assertThat(process.rolesOf(ActorId.of("mallory"))).isEmpty();
  }

  @Test
  void theLevelIsThePlansPromiseThenTheIntendedOneAndADialogueOnlyAtADialogueLevel() {
    assertThat(process().build().level()).isEqualTo(EngagementLevel.RESONEMANG);
    assertThat(process().build().isDialogue()).isTrue();
    assertThat(process().plan(Plan.builder().promisedLevel(EngagementLevel.MEDSKAPANDE).build()).build().level())
        .isEqualTo(EngagementLevel.MEDSKAPANDE);
    ParticipationProcess consultation = process().plan(Plan.builder().promisedLevel(EngagementLevel.KONSULTATION).build()).build();
    assertThat(consultation.isDialogue()).isFalse();
    ParticipationProcess without = process().dialogue(false).nonDialogueLevel(EngagementLevel.KONSULTATION).build();
    assertThat(without.level()).isEqualTo(EngagementLevel.KONSULTATION);
    assertThat(without.isDialogue()).isFalse();
    assertThat(process().dialogue(false).build().level()).isEqualTo(EngagementLevel.INFORMATION);
  }

  @Test
  void participantsProposalsAndMeetingsAreFoundByIdOrNotAtAll() {
    Participant anna = Participant.builder().id(P1).role(ParticipantRole.RESIDENT).build();
    Meeting meeting = Meeting.builder().id(MeetingId.of("m1")).title("Möte").format(MeetingFormat.PHYSICAL)
        .start(LocalDateTime.parse("2021-03-10T17:00")).end(LocalDateTime.parse("2021-03-10T19:00")).build();
    Proposal proposal = Proposal.of(
        ProposalDraft.builder().id(ProposalId.of("pr1")).text("Fler möten").authorship(Authorship.named(P1)).build(),
        LineageStep.builder().status(ProposalStatus.SUBMITTED).actor(FIA).at(T).build());
    ParticipationProcess process = process().putParticipant(P1, anna).putMeeting(meeting.id(), meeting)
        .putProposal(proposal.id(), proposal).build();
    assertThat(process.participant(P1)).contains(anna);
    assertThat(process.participant(ParticipantId.of("p2"))).isEmpty();
    assertThat(process.meeting(MeetingId.of("m1"))).contains(meeting);
    assertThat(process.meeting(MeetingId.of("m2"))).isEmpty();
    assertThat(process.proposal(ProposalId.of("pr1"))).contains(proposal);
    assertThat(process.proposal(ProposalId.of("pr2"))).isEmpty();
    assertThat(meeting.isInPerson()).isTrue();
    assertThat(meeting.held()).isFalse();
    assertThat(Meeting.builder().from(meeting).format(MeetingFormat.DIGITAL).build().isInPerson()).isFalse();
    assertThat(Meeting.builder().from(meeting).format(MeetingFormat.HYBRID).build().isInPerson()).isTrue();
  }

  @Test
  void aPlansGroupsAndQuestionsAreFoundById() {
    Plan plan = Plan.builder().addTargetGroup(YOUNG).addQuestion(Q1).build();
    assertThat(plan.targetGroup(TargetGroupId.of("unga"))).contains(YOUNG);
    assertThat(plan.targetGroup(TargetGroupId.of("aldre"))).isEmpty();
    assertThat(plan.question(QuestionId.of("q1"))).contains(Q1);
    assertThat(plan.question(QuestionId.of("q2"))).isEmpty();
  }

  @Test
  void anEmptyPlanAnswersNoQuestionAndAPlaceholderAnswersNone() {
    Plan empty = Plan.empty();
    for (ChecklistQuestion question : ChecklistQuestion.values()) {
      assertThat(empty.answers(question)).as(question.id()).isFalse();
    }
    Plan placeholders = Plan.builder().purpose("Vet ej").phrasedQuestion("TBD").method("?").offTopicHandling("saknas")
        .risks("xxx").documentation("okänt").compilation("n/a").addResponsible("vet inte").build();
    for (ChecklistQuestion question : Set.of(ChecklistQuestion.PLANERING_1, ChecklistQuestion.PLANERING_3,
        ChecklistQuestion.PLANERING_6, ChecklistQuestion.PLANERING_7, ChecklistQuestion.PLANERING_13,
        ChecklistQuestion.PLANERING_14, ChecklistQuestion.GENOMFORANDE_1, ChecklistQuestion.ATERKOPPLING_1)) {
      assertThat(placeholders.answers(question)).as(question.id()).isFalse();
    }
  }

  @Test
  void aPlanAnswersEachQuestionItGivesRealContentFor() {
    Plan plan = Plan.builder().purpose("Målen ska bygga på erfarenheter").addQuestion(Q1).phrasedQuestion("Vad är viktigast?")
        .promisedLevel(EngagementLevel.RESONEMANG).method("Digitala möten").addResponsible("vet inte", "Anna Berg")
        .addTargetGroup(YOUNG).offTopicHandling("Skickas vidare").risks("Få kommer").documentation("Anteckningar")
        .compilation("Sammanställning").build();
    for (ChecklistQuestion question : Set.of(ChecklistQuestion.PLANERING_1, ChecklistQuestion.PLANERING_2,
        ChecklistQuestion.PLANERING_3, ChecklistQuestion.PLANERING_4, ChecklistQuestion.PLANERING_6,
        ChecklistQuestion.PLANERING_7, ChecklistQuestion.PLANERING_9, ChecklistQuestion.PLANERING_13,
        ChecklistQuestion.PLANERING_14, ChecklistQuestion.GENOMFORANDE_1, ChecklistQuestion.ATERKOPPLING_1)) {
      assertThat(plan.answers(question)).as(question.id()).isTrue();
    }
    assertThat(plan.answers(ChecklistQuestion.BESLUT_1)).as("a decision question is never the plan's").isFalse();
    Plan unusedQuestion = Plan.builder().from(plan).questions(Set.of(Q1, PlannedQuestion.of("q2", "Och sedan?"))).build();
    assertThat(unusedQuestion.answers(ChecklistQuestion.PLANERING_2)).as("every question needs its use").isFalse();
  }

  @Test
  void anAuthorshipsFeedbackGoesThroughItsOwnChannelWhenItHasOne() {
    Authorship box = Authorship.anonymous("förslagslåda");
    assertThat(box.feedbackThrough()).contains("förslagslåda");
    assertThat(box.withFeedbackChannel("anslagstavla").feedbackThrough()).contains("anslagstavla");
    assertThat(Authorship.named(P1).feedbackThrough()).isEmpty();
    assertThat(Authorship.pseudonymous("Räven", Set.of(), Optional.of("sms")).feedbackThrough()).contains("sms");
  }
}
