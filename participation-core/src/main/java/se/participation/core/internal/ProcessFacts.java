// Copyright 2026 The Participation SDK authors
// SPDX-License-Identifier: Apache-2.0
package se.participation.core.internal;

import java.util.HashSet;
import java.util.Set;
import se.participation.api.IdentityMode;
import se.participation.api.ParticipantRole;
import se.participation.api.EvaluationAnswer;
import se.participation.api.FeedbackAudience;
import se.participation.api.FeedbackDelivery;
import se.participation.api.Meeting;
import se.participation.api.Participant;
import se.participation.api.ParticipantId;
import se.participation.api.ParticipationProcess;
import se.participation.api.Proposal;

/** Facts derived from a process's record, shared by the rules and the evaluation. Linear time. */
public final class ProcessFacts {
  private ProcessFacts() {}

  /** Participants who attended a held meeting, wrote a proposal, or answered the evaluation. */
  public static Set<ParticipantId> tookPart(ParticipationProcess process) {
    Set<ParticipantId> result = new HashSet<>();
    for (Meeting meeting : process.meetings().values()) {
      if (meeting.held()) {
        result.addAll(meeting.attendance());
      }
    }
    for (Proposal proposal : process.proposals().values()) {
      result.addAll(proposal.authorship().authors());
    }
    for (EvaluationAnswer answer : process.evaluationAnswers()) {
      answer.participant().ifPresent(result::add);
    }
    result.retainAll(process.participants().keySet());
    return result;
  }

  /**
   * Whether residents or association representatives attended a held meeting for a stage of the
   * process; a meeting that names no stage is one for carrying out the dialogue.
   */
  public static boolean residentsMet(ParticipationProcess process, se.participation.api.ResidentInvolvement stage) {
    for (Meeting meeting : process.meetings().values()) {
      if (meeting.held() && meeting.stage().orElse(se.participation.api.ResidentInvolvement.CARRYING_OUT) == stage) {
        for (ParticipantId id : meeting.attendance()) {
          Participant participant = process.participants().get(id);
          if (participant != null && owedFeedback(participant)) {
            return true;
          }
        }
      }
    }
    return false;
  }

  /**
   * Whether the criterion "har återkopplat till dem som deltog" counts the participant: residents
   * and association representatives; politicians and officials are the city's side.
   */
  public static boolean owedFeedback(Participant participant) {
    return participant.role() == ParticipantRole.RESIDENT
        || participant.role() == ParticipantRole.ASSOCIATION_REPRESENTATIVE;
  }

  /**
   * The channels the fate of anonymous, pseudonymous and collective contributions is to be fed
   * back through: each one's feedback channel, else the channel it came through.
   */
  public static Set<String> anonymousChannelsUsed(ParticipationProcess process) {
    Set<String> channels = new HashSet<>();
    for (Proposal proposal : process.proposals().values()) {
      if (proposal.authorship().mode() != IdentityMode.NAMED) {
        proposal.authorship().feedbackThrough().ifPresent(channels::add);
      }
    }
    return channels;
  }

  /** Channels that anonymous feedback was delivered through. */
  public static Set<String> anonymousChannelsServed(ParticipationProcess process) {
    Set<String> channels = new HashSet<>();
    for (FeedbackDelivery delivery : process.feedback()) {
      if (delivery.audience() == FeedbackAudience.ANONYMOUS_CHANNEL) {
        channels.add(delivery.channel());
      }
    }
    return channels;
  }

  /**
   * Participants whom feedback reached: named in a delivery to participants, or reached through
   * the anonymous channel they gave.
   */
  public static Set<ParticipantId> reachedByFeedback(ParticipationProcess process) {
    Set<ParticipantId> result = new HashSet<>();
    for (FeedbackDelivery delivery : process.feedback()) {
      if (delivery.audience() == FeedbackAudience.PARTICIPANTS) {
        result.addAll(delivery.participants());
      }
    }
    Set<String> channels = anonymousChannelsServed(process);
    for (Participant participant : process.participants().values()) {
      if (participant.feedbackChannel().filter(channels::contains).isPresent()) {
        result.add(participant.id());
      }
    }
    return result;
  }

  /** Whether feedback can reach the participant: not erased, and contact details or a channel. */
  public static boolean reachable(ParticipationProcess process, Participant participant) {
    return !participant.erased()
        && (process.contacts().containsKey(participant.id())
            || participant.feedbackChannel().isPresent());
  }

  /** Whether decision makers received feedback. */
  public static boolean decisionMakersFedBack(ParticipationProcess process) {
    return process.feedback().stream()
        .anyMatch(d -> d.audience() == FeedbackAudience.DECISION_MAKERS);
  }
}
