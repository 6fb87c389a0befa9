package se.participation.core.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import se.participation.api.LineageStep;
import se.participation.api.Meeting;
import se.participation.api.OffTopicMatter;
import se.participation.api.Part;
import se.participation.api.Participant;
import se.participation.api.ParticipantId;
import se.participation.api.ParticipationProcess;
import se.participation.api.PartTransition;
import se.participation.api.ProcessStatus;
import se.participation.api.Proposal;
import se.participation.api.ProposalId;
import se.participation.api.ProposalStatus;
import se.participation.api.Lesson;
import se.participation.api.event.Event;
import se.participation.api.event.EventContext;

/** The pure fold of events into a process. */
public final class Evolver {
  private Evolver() {}

  /**
   * The process after one event.
   *
   * @throws IllegalArgumentException when the event does not follow the process: another process,
   *     a version that is not the next, or a first event that is not {@code ProcessStarted}
   */
  public static ParticipationProcess evolve(@Nullable ParticipationProcess process, Event event) {
    EventContext context = event.context();
    if (process == null) {
      if (!(event instanceof Event.ProcessStarted started)) {
        throw new IllegalArgumentException(
            "the first event of a process must be ProcessStarted, was "
                + event.getClass().getSimpleName());
      }
      if (context.version() != 1) {
        throw new IllegalArgumentException(
            "the first event must have version 1, was " + context.version());
      }
      return ParticipationProcess.builder()
          .id(context.process())
          .version(1)
          .title(started.title())
          .question(started.question())
          .intendedLevel(started.intendedLevel())
          .owner(context.actor())
          .startedAt(context.at())
          .build();
    }
    if (!context.process().equals(process.id())) {
      throw new IllegalArgumentException(
          "event of process " + context.process() + " cannot apply to process " + process.id());
    }
    if (context.version() != process.version() + 1) {
      throw new IllegalArgumentException(
          "event version must be "
              + (process.version() + 1)
              + " to follow process "
              + process.id()
              + ", was "
              + context.version());
    }
    ParticipationProcess.Builder next =
        ParticipationProcess.builder().from(process).version(context.version());
    apply(process, event, next);
    return next.build();
  }

  private static void apply(
      ParticipationProcess process, Event event, ParticipationProcess.Builder next) {
    EventContext context = event.context();
    if (event instanceof Event.ProcessStarted) {
      throw new IllegalArgumentException("process " + process.id() + " has already started");
    } else if (event instanceof Event.DecisionQuestionAnswered e) {
      Map<se.participation.api.ChecklistQuestion, se.participation.api.ChecklistAnswer> answers =
          new LinkedHashMap<>(process.decisionAnswers());
      answers.put(e.answer().question(), e.answer());
      next.decisionAnswers(answers).addAnswerHistory(e.answer());
    } else if (event instanceof Event.DialogueApproved) {
      moveTo(process, Part.PLANERING, context, next);
    } else if (event instanceof Event.ContinuedWithoutDialogue e) {
      next.dialogue(false).nonDialogueLevel(e.level()).nonDialogueReason(e.reason());
      moveTo(process, Part.PLANERING, context, next);
    } else if (event instanceof Event.ProcessWithdrawn e) {
      next.status(ProcessStatus.WITHDRAWN).withdrawalReason(e.reason());
    } else if (event instanceof Event.PlanRecorded e) {
      next.plan(e.plan());
    } else if (event instanceof Event.PlanApproved) {
      moveTo(process, Part.GENOMFORANDE, context, next);
    } else if (event instanceof Event.MeetingScheduled e) {
      next.putMeeting(e.meeting().id(), e.meeting());
    } else if (event instanceof Event.MeetingHeld e) {
      Meeting meeting = existing(process.meetings().get(e.meeting()), e.meeting());
      Meeting held =
          Meeting.builder()
              .from(meeting)
              .held(true)
              .attendance(e.attendance())
              .questionsDiscussed(e.questionsDiscussed())
              .documentation(e.documentation())
              .build();
      next.meetings(replace(process.meetings(), e.meeting(), held));
    } else if (event instanceof Event.SmallGroupsFormed e) {
      Meeting meeting = existing(process.meetings().get(e.meeting()), e.meeting());
      Meeting grouped = Meeting.builder().from(meeting).addAllGroups(e.groups()).build();
      next.meetings(replace(process.meetings(), e.meeting(), grouped));
    } else if (event instanceof Event.ParticipantRegistered e) {
      next.putParticipant(e.participant().id(), e.participant());
      e.contact().ifPresent(c -> next.putContact(c.participant(), c));
    } else if (event instanceof Event.ProposalSubmitted e) {
      next.putProposal(
          e.proposal().id(),
          Proposal.of(e.proposal(), step(ProposalStatus.SUBMITTED, context, Optional.empty(), Set.of())));
    } else if (event instanceof Event.MeasurementProposed e) {
      Proposal proposal = existing(process.proposals().get(e.proposal()), e.proposal());
      next.proposals(
          replace(
              process.proposals(),
              e.proposal(),
              Proposal.builder().from(proposal).measurement(e.measurement()).build()));
    } else if (event instanceof Event.OffTopicMatterRecorded e) {
      next.putOffTopicMatter(e.matter().id(), e.matter());
    } else if (event instanceof Event.OffTopicMatterRouted e) {
      OffTopicMatter matter = existing(process.offTopicMatters().get(e.matter()), e.matter());
      next.offTopicMatters(
          replace(
              process.offTopicMatters(),
              e.matter(),
              OffTopicMatter.builder().from(matter).routedTo(e.routedTo()).build()));
    } else if (event instanceof Event.ProposalsShortlisted e) {
      next.proposals(steps(process, e.proposals(), ProposalStatus.SHORTLISTED, context, e.reason(), Set.of()));
    } else if (event instanceof Event.ProposalsMerged e) {
      next.proposals(
          steps(process, e.merged(), ProposalStatus.MERGED, context, Optional.of(e.reason()), Set.of(e.into())));
    } else if (event instanceof Event.ProposalDropped e) {
      next.proposals(
          steps(process, Set.of(e.proposal()), ProposalStatus.DROPPED, context, Optional.of(e.reason()), Set.of()));
    } else if (event instanceof Event.ProposalsAdapted e) {
      Map<ProposalId, Proposal> proposals =
          steps(
              process,
              e.originals(),
              ProposalStatus.SUPERSEDED,
              context,
              Optional.of(e.reason()),
              Set.of(e.adapted().id()));
      proposals.put(
          e.adapted().id(),
          Proposal.of(
              e.adapted(),
              step(ProposalStatus.ADAPTED, context, Optional.of(e.reason()), e.originals())));
      next.proposals(proposals);
    } else if (event instanceof Event.CommitteeDecided e) {
      Map<ProposalId, Proposal> proposals =
          steps(process, e.approved(), ProposalStatus.DECIDED, context, Optional.of(e.reason()), Set.of());
      stepInto(
          proposals,
          e.declined(),
          step(ProposalStatus.DECLINED, context, Optional.of(e.reason()), Set.of()));
      next.proposals(proposals);
    } else if (event instanceof Event.ProposedToCouncil e) {
      next.proposals(
          steps(process, e.proposals(), ProposalStatus.PROPOSED_TO_COUNCIL, context, Optional.of(e.reason()), Set.of()));
    } else if (event instanceof Event.CouncilDecided e) {
      Map<ProposalId, Proposal> proposals =
          steps(process, e.adopted(), ProposalStatus.ADOPTED, context, Optional.of(e.reason()), Set.of());
      stepInto(
          proposals,
          e.notAdopted(),
          step(ProposalStatus.NOT_ADOPTED, context, Optional.of(e.reason()), Set.of()));
      next.proposals(proposals);
    } else if (event instanceof Event.FeedbackDelivered e) {
      next.addFeedback(e.delivery());
    } else if (event instanceof Event.EvaluationAnswerRecorded e) {
      next.addEvaluationAnswer(e.answer());
    } else if (event instanceof Event.LessonRecorded e) {
      next.addLesson(new Lesson(e.text(), context.actor(), context.at()));
    } else if (event instanceof Event.PartAdvanced e) {
      moveTo(process, e.to(), context, next);
    } else if (event instanceof Event.ProcessClosed) {
      next.status(ProcessStatus.CLOSED);
    } else if (event instanceof Event.ParticipantDataErased e) {
      Participant participant = existing(process.participants().get(e.participant()), e.participant());
      Participant erased =
          Participant.builder()
              .from(participant)
              .pseudonym(Optional.empty())
              .consent(Optional.empty())
              .erased(true)
              .build();
      Map<ParticipantId, se.participation.api.ContactDetails> contacts =
          new LinkedHashMap<>(process.contacts());
      contacts.remove(e.participant());
      next.participants(replace(process.participants(), e.participant(), erased)).contacts(contacts);
    } else {
      throw new AssertionError("unhandled event " + event.getClass().getName());
    }
  }

  /**
   * The history with a participant's personal data removed from its registration: no contact
   * details, pseudonym or consent. Replaying it after the participant's erasure event gives the
   * same process as the original history.
   */
  public static List<Event> redact(List<Event> history, ParticipantId participant) {
    List<Event> redacted = new ArrayList<>(history.size());
    for (Event event : history) {
      if (event instanceof Event.ParticipantRegistered registered
          && registered.participant().id().equals(participant)) {
        Participant erased =
            Participant.builder()
                .from(registered.participant())
                .pseudonym(Optional.empty())
                .consent(Optional.empty())
                .erased(true)
                .build();
        redacted.add(new Event.ParticipantRegistered(registered.context(), erased, Optional.empty()));
      } else {
        redacted.add(event);
      }
    }
    return redacted;
  }

  private static void moveTo(
      ParticipationProcess process, Part to, EventContext context, ParticipationProcess.Builder next) {
    next.part(to).addTransition(new PartTransition(process.part(), to, context.actor(), context.at()));
  }

  private static <T> T existing(@Nullable T value, Object id) {
    if (value == null) {
      throw new IllegalArgumentException("event refers to " + id + ", which the process does not have");
    }
    return value;
  }

  private static <K, V> Map<K, V> replace(Map<K, V> map, K key, V value) {
    Map<K, V> copy = new LinkedHashMap<>(map);
    copy.put(key, value);
    return copy;
  }

  private static LineageStep step(
      ProposalStatus status, EventContext context, Optional<String> reason, Set<ProposalId> related) {
    return LineageStep.builder()
        .status(status)
        .actor(context.actor())
        .at(context.at())
        .reason(reason)
        .related(related)
        .build();
  }

  private static Map<ProposalId, Proposal> steps(
      ParticipationProcess process,
      Set<ProposalId> ids,
      ProposalStatus status,
      EventContext context,
      Optional<String> reason,
      Set<ProposalId> related) {
    Map<ProposalId, Proposal> proposals = new LinkedHashMap<>(process.proposals());
    stepInto(proposals, ids, step(status, context, reason, related));
    return proposals;
  }

  private static void stepInto(
      Map<ProposalId, Proposal> proposals, Set<ProposalId> ids, LineageStep step) {
    for (ProposalId id : ids) {
      Proposal proposal = existing(proposals.get(id), id);
      proposals.put(id, Proposal.builder().from(proposal).addLineage(step).build());
    }
  }
}
