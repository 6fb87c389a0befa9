// Copyright 2026 The Participation SDK authors
// SPDX-License-Identifier: Apache-2.0
package se.participation.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static se.participation.testkit.assertions.ParticipationAssertions.assertThatFindings;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import se.participation.api.FeedbackAudience;
import se.participation.api.Part;
import se.participation.api.Participant;
import se.participation.api.ParticipantId;
import se.participation.api.ParticipationProcess;
import se.participation.api.SuccessCriterion;
import se.participation.api.command.Command;
import se.participation.api.command.Outcome;
import se.participation.api.command.Reason;
import se.participation.api.event.Event;
import se.participation.api.rule.Finding;
import se.participation.core.Permissions;
import se.participation.core.ProcessEngine;
import se.participation.core.SuccessEvaluator;
import se.participation.testkit.generators.CommandRun;
import se.participation.testkit.generators.Generators;
import se.participation.testkit.property.Property;

/** The SDK's own invariants, checked over random command runs and generated processes. */
class ProcessProperties {
  private static final ProcessEngine ENGINE = ProcessEngine.withHandbookRulesOnly();

  private static Property<CommandRun> runs(String invariant) {
    return Property.forAll(Generators.commandRuns(ENGINE, 60)).named(invariant);
  }

  @Test
  void replayOfTheHistoryEqualsTheLiveState() {
    runs("replay of the history equals the live state").check(run -> {
      ParticipationProcess live = run.process();
      if (live != null) {
        assertThat(ENGINE.replay(run.history())).isEqualTo(live);
      } else {
        assertThat(run.history()).isEmpty();
      }
    });
  }

  /**
   * Processes share structure with the ones they were made from; no later command may change an
   * earlier process through what they share.
   */
  @Test
  void everyProcessARunPassedThroughStaysAsItWas() {
    runs("every process a run passed through stays as it was").check(run -> {
      List<Event> history = run.history();
      for (CommandRun.Step step : run.steps()) {
        ParticipationProcess before = step.before();
        if (before != null) {
          ParticipationProcess replayed = ENGINE.replay(history.subList(0, (int) before.version()));
          assertThat(before).isEqualTo(replayed).hasToString(replayed.toString());
          assertThat(before.participants()).containsExactlyEntriesOf(replayed.participants());
          assertThat(before.proposals()).containsExactlyEntriesOf(replayed.proposals());
        }
      }
    });
  }

  @Test
  void aRefusedCommandChangesNothingAndProducesNoEvent() {
    runs("a refused command changes nothing").check(run -> {
      for (CommandRun.Step step : run.steps()) {
        if (!step.outcome().isAccepted()) {
          assertThat(step.after()).isSameAs(step.before());
          if (step.before() != null) {
            assertThat(ENGINE.handle(step.before(), step.command()).process()).isSameAs(step.before());
          }
        }
      }
    });
  }

  @Test
  void aMoveIsAcceptedExactlyWhenTheCurrentPartHasNoBlockingFinding() {
    runs("a move is accepted exactly when the current part has no blocking finding").check(run -> {
      for (CommandRun.Step step : run.steps()) {
        ParticipationProcess before = step.before();
        Command command = step.command();
        boolean move = command instanceof Command.ProceedWithDialogue || command instanceof Command.ApprovePlan
            || command instanceof Command.AdvancePart || command instanceof Command.CloseProcess;
        if (before == null || !move) {
          continue;
        }
        boolean otherwiseAllowed = Permissions.mayIssue(before, command.context().actor(), command.getClass())
            && command.context().expectedVersion() == before.version()
            && !before.status().isEnded()
            && Permissions.allowedParts(command.getClass()).contains(before.part());
        if (otherwiseAllowed) {
          assertThat(step.outcome().isAccepted())
              .as("%s in %s with blockers %s", command.getClass().getSimpleName(), before.part(), ENGINE.blockers(before))
              .isEqualTo(ENGINE.blockers(before).isEmpty());
        } else {
          assertThat(step.outcome().isAccepted()).isFalse();
        }
      }
    });
  }

  @Test
  void aRoleNeverDoesWhatItMayNot() {
    runs("a role never does what it may not").check(run -> {
      for (CommandRun.Step step : run.steps()) {
        Command command = step.command();
        if (!Permissions.mayIssue(command.context().actor(), command.getClass())) {
          assertThat(step.outcome()).isInstanceOf(Outcome.Rejected.class);
          assertThat(((Outcome.Rejected) step.outcome()).reasons()).hasAtLeastOneElementOfType(Reason.Unauthorized.class);
        }
      }
    });
  }

  @Test
  void versionsOnlyGrowOneEventAtATime() {
    runs("versions only grow, one per event").check(run -> {
      long version = 0;
      for (Event event : run.history()) {
        assertThat(event.context().version()).isEqualTo(version + 1);
        version = event.context().version();
      }
      for (CommandRun.Step step : run.steps()) {
        long before = step.before() == null ? 0 : step.before().version();
        long after = step.after() == null ? 0 : step.after().version();
        int events = step.outcome() instanceof Outcome.Accepted a ? a.events().size() : 0;
        assertThat(after).isEqualTo(before + events);
      }
    });
  }

  @Test
  void everyFindingNamesARuleOfTheSetAndRendersInBothLanguages() {
    runs("every finding's rule id exists in the rule set and renders in both languages").check(run -> {
      for (CommandRun.Step step : run.steps()) {
        if (step.after() == null) {
          continue;
        }
        List<Finding> findings = ENGINE.findings(step.after());
        if (step.outcome() instanceof Outcome.Rejected rejected) {
          findings = new java.util.ArrayList<>(findings);
          findings.addAll(rejected.blockingFindings());
          rejected.reasons().forEach(r -> {
            assertThat(r.message().sv()).isNotBlank().doesNotContainPattern("\\{\\d+}");
            assertThat(r.message().en()).isNotBlank().doesNotContainPattern("\\{\\d+}");
          });
        }
        for (Finding finding : findings) {
          assertThat(ENGINE.rules().contains(finding.ruleId())).as(finding.ruleId().value()).isTrue();
        }
        assertThatFindings(findings).allRenderInBothLanguages();
      }
    });
  }

  @Test
  void feedbackCoverageInTheEvaluationEqualsWhatTheEventsSay() {
    Property.forAll(Generators.closedProcesses())
        .named("feedback coverage in the evaluation equals what the events say")
        .tries(60)
        .check(recorded -> {
          Set<ParticipantId> tookPart = new HashSet<>();
          Set<ParticipantId> named = new HashSet<>();
          Set<ParticipantId> withContact = new HashSet<>();
          Set<ParticipantId> erased = new HashSet<>();
          Set<String> channels = new HashSet<>();
          Set<String> channelsUsed = new HashSet<>();
          java.util.Map<ParticipantId, Participant> participants = new java.util.HashMap<>();
          for (Event event : recorded.history()) {
            if (event instanceof Event.ParticipantRegistered e) {
              participants.put(e.participant().id(), e.participant());
              e.contact().ifPresent(c -> withContact.add(e.participant().id()));
            } else if (event instanceof Event.ParticipantDataErased e) {
              erased.add(e.participant());
            } else if (event instanceof Event.MeetingHeld e) {
              tookPart.addAll(e.attendance());
            } else if (event instanceof Event.ProposalSubmitted e) {
              tookPart.addAll(e.proposal().authorship().authors());
              if (e.proposal().authorship().mode() != se.participation.api.IdentityMode.NAMED) {
                e.proposal().authorship().feedbackThrough().ifPresent(channelsUsed::add);
              }
            } else if (event instanceof Event.ProposalsAdapted e) {
              tookPart.addAll(e.adapted().authorship().authors());
            } else if (event instanceof Event.EvaluationAnswerRecorded e) {
              e.answer().participant().ifPresent(tookPart::add);
            } else if (event instanceof Event.FeedbackDelivered e) {
              if (e.delivery().audience() == FeedbackAudience.PARTICIPANTS) {
                named.addAll(e.delivery().participants());
              } else if (e.delivery().audience() == FeedbackAudience.ANONYMOUS_CHANNEL) {
                channels.add(e.delivery().channel());
              }
            }
          }
          // Owed: residents and association representatives who took part and can be reached (or
          // were reached), and each channel an anonymous, pseudonymous or collective proposal is to be answered through.
          long owed = 0;
          long fedBack = 0;
          for (ParticipantId id : tookPart) {
            Participant participant = participants.get(id);
            if (participant == null || !(participant.role() == se.participation.api.ParticipantRole.RESIDENT
                || participant.role() == se.participation.api.ParticipantRole.ASSOCIATION_REPRESENTATIVE)) {
              continue;
            }
            boolean reached = named.contains(id) || participant.feedbackChannel().filter(channels::contains).isPresent();
            boolean reachable = !erased.contains(id) && (withContact.contains(id) || participant.feedbackChannel().isPresent());
            if (reached) {
              owed++;
              fedBack++;
            } else if (reachable) {
              owed++;
            }
          }
          owed += channelsUsed.size();
          fedBack += channelsUsed.stream().filter(channels::contains).count();
          var assessment = SuccessEvaluator.evaluate(recorded.process()).assessment(SuccessCriterion.FEEDBACK_GIVEN);
          assertThat(assessment.outOf()).isEqualTo((int) owed);
          assertThat(assessment.achieved()).isEqualTo((int) fedBack);
        });
  }

  @Test
  void generatedProcessesAtEachPartHaveNothingBlockingThem() {
    for (Part part : Part.values()) {
      Property.forAll(Generators.processesAt(part))
          .named("a generated process in " + part + " has nothing blocking it")
          .tries(40)
          .check(process -> {
            assertThat(process.part()).isEqualTo(part);
            assertThat(ENGINE.blockers(process)).isEmpty();
          });
    }
  }
}
