// Copyright 2026 The Participation SDK authors
// SPDX-License-Identifier: Apache-2.0
package se.participation.core.internal;

import java.util.Collection;
import java.util.Optional;
import se.participation.api.ActorId;
import se.participation.api.Authorship;
import se.participation.api.FeedbackDelivery;
import se.participation.api.IdentityMode;
import se.participation.api.Participant;
import se.participation.api.ParticipantId;
import se.participation.api.ProposalDraft;

/**
 * What erasing a participant's personal data replaces, wherever it sits (docs/personal-data.md):
 * her pseudonym, her own feedback channel (one no other participant shares, such as "sms till
 * 070-…"), and her actor id when she acted herself (an actor id equal to her participant id).
 * Each is replaced by a placeholder that names only her opaque participant id, so replay and the
 * evaluation give the same result before and after: a channel that fed her back still matches the
 * delivery that went through it.
 */
public final class Erasure {
  private final ParticipantId id;
  private final Optional<String> pseudonym;
  private final Optional<String> channel;
  private final ActorId actor;

  private Erasure(ParticipantId id, Optional<String> pseudonym, Optional<String> channel) {
    this.id = id;
    this.pseudonym = pseudonym;
    this.channel = channel;
    this.actor = ActorId.of(id.value());
  }

  /**
   * The erasure of a participant among the others: her channel is hers only when no other
   * participant who is not erased uses it.
   */
  public static Erasure of(Participant participant, Collection<Participant> everyone) {
    Optional<String> own = participant.feedbackChannel().filter(c -> everyone.stream()
        .noneMatch(o -> !o.id().equals(participant.id()) && o.feedbackChannel().filter(c::equals).isPresent()));
    return new Erasure(participant.id(), participant.pseudonym().filter(p -> !p.equals(placeholderPseudonym(participant.id()))),
        own.filter(c -> !c.equals(placeholderChannel(participant.id()))));
  }

  /** The pseudonym that stands in for an erased one. */
  public static String placeholderPseudonym(ParticipantId id) {
    return "raderad pseudonym " + id.value();
  }

  /** The channel that stands in for an erased one. */
  public static String placeholderChannel(ParticipantId id) {
    return "raderad kanal " + id.value();
  }

  /** The actor that stands in for an erased participant who acted herself. */
  public ActorId actor(ActorId acting) {
    return acting.equals(actor) ? ActorId.of("raderad-" + id.value()) : acting;
  }

  /** The participant, erased. */
  public Participant participant(Participant registered) {
    if (!registered.id().equals(id)) {
      return registered;
    }
    return Participant.builder().from(registered).pseudonym(Optional.empty()).consent(Optional.empty())
        .feedbackChannel(registered.feedbackChannel().map(this::channel)).erased(true).build();
  }

  private String channel(String value) {
    return channel.filter(value::equals).map(c -> placeholderChannel(id)).orElse(value);
  }

  /** An authorship with her pseudonym and channel replaced. */
  public Authorship authorship(Authorship authorship) {
    Optional<String> pseudonymNow = authorship.pseudonym();
    if (authorship.mode() == IdentityMode.PSEUDONYMOUS && authorship.authors().contains(id) && pseudonym.isPresent()
        && pseudonymNow.equals(pseudonym)) {
      pseudonymNow = Optional.of(placeholderPseudonym(id));
    }
    return new Authorship(authorship.mode(), authorship.authors(), pseudonymNow, authorship.channel().map(this::channel),
        authorship.feedbackChannel().map(this::channel), authorship.collective());
  }

  /** A proposal draft with its authorship erased. */
  public ProposalDraft draft(ProposalDraft draft) {
    Authorship erased = authorship(draft.authorship());
    return erased.equals(draft.authorship()) ? draft : ProposalDraft.builder().from(draft).authorship(erased).build();
  }

  /** A feedback delivery with her channel replaced. */
  public FeedbackDelivery delivery(FeedbackDelivery delivery) {
    String replaced = channel(delivery.channel());
    return replaced.equals(delivery.channel()) ? delivery : FeedbackDelivery.builder().from(delivery).channel(replaced).build();
  }
}
