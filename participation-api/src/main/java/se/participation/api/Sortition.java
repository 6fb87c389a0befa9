// Copyright 2026 The Participation SDK authors
// SPDX-License-Identifier: Apache-2.0
package se.participation.api;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import se.participation.api.internal.Checks;

/**
 * A selection of participants by lot ("lottning", "slumpmässigt urval"), as the record tells it:
 * the invitations sent (in one or more waves), the pool of those who said yes, the panel drawn from
 * the pool against quotas, and the replacements made when a member declined or left. A process can
 * hold several (a youth panel beside an adult one); each part may be missing from a real record,
 * and what is missing is reported, not assumed.
 *
 * <p>Seats carry the member's features for the panel's categories ("kön" → "kvinna"), so the
 * evaluation can say whether the panel as it finally sat met its quotas. They are personal data of
 * the member, kept under her opaque participant id like her target groups (docs/personal-data.md).
 *
 * @param id the sortition's identifier
 * @param invitations the waves of invitations, oldest first
 * @param pool the pool of volunteers, when recorded (the latest record of it)
 * @param panel the panel as drawn, when drawn
 * @param drawnAt when the panel was drawn
 * @param replacements the changes to the panel after the draw, oldest first
 */
public record Sortition(
    SortitionId id,
    List<Invitation> invitations,
    Optional<Pool> pool,
    Optional<Panel> panel,
    Optional<Instant> drawnAt,
    List<Replacement> replacements) {

  /** The longest category, feature, method or seed text accepted. */
  public static final int MAX_TEXT = 200;

  /** The most categories a seat or a pool may describe. */
  public static final int MAX_CATEGORIES = 64;

  /**
   * Copies the lists and checks that the panel and its time come together.
   *
   * @throws NullPointerException naming the component when one is null
   * @throws IllegalArgumentException when a panel has no time of drawing, or a time no panel
   */
  public Sortition {
    Objects.requireNonNull(id, "id");
    invitations = List.copyOf(invitations);
    Objects.requireNonNull(pool, "pool");
    Objects.requireNonNull(panel, "panel");
    Objects.requireNonNull(drawnAt, "drawnAt");
    replacements = List.copyOf(replacements);
    Checks.check(panel.isPresent() == drawnAt.isPresent(), "drawnAt", "must be given exactly when the panel is",
        drawnAt.map(Object::toString).orElse("empty"));
    Checks.check(panel.isPresent() || replacements.isEmpty(), "replacements", "need a drawn panel",
        replacements.size());
  }

  /** A sortition the record has said nothing of yet. */
  public static Sortition of(SortitionId id) {
    return new Sortition(id, List.of(), Optional.empty(), Optional.empty(), Optional.empty(), List.of());
  }

  /** This sortition with one more wave of invitations. */
  public Sortition withInvitation(Invitation invitation) {
    List<Invitation> more = new ArrayList<>(invitations);
    more.add(Objects.requireNonNull(invitation, "invitation"));
    return new Sortition(id, more, pool, panel, drawnAt, replacements);
  }

  /** This sortition with its pool recorded (replacing an earlier record of it). */
  public Sortition withPool(Pool newPool) {
    return new Sortition(id, invitations, Optional.of(newPool), panel, drawnAt, replacements);
  }

  /**
   * This sortition with its panel drawn.
   *
   * @throws IllegalStateException when a panel was drawn already
   */
  public Sortition withPanel(Panel drawn, Instant at) {
    if (panel.isPresent()) {
      throw new IllegalStateException("the panel of " + id + " was drawn already");
    }
    return new Sortition(id, invitations, pool, Optional.of(drawn), Optional.of(at), replacements);
  }

  /**
   * This sortition with one more replacement.
   *
   * @throws IllegalStateException when no panel was drawn, the member who left does not sit on
   *     it, or the member who replaces her sits on it already
   */
  public Sortition withReplacement(Replacement replacement) {
    if (panel.isEmpty()) {
      throw new IllegalStateException("no panel of " + id + " was drawn");
    }
    if (!isSeated(replacement.left())) {
      throw new IllegalStateException(replacement.left() + " does not sit on the panel of " + id);
    }
    if (replacement.replacement().filter(s -> isSeated(s.member())).isPresent()) {
      throw new IllegalStateException(replacement.replacement().get().member() + " sits on the panel of " + id + " already");
    }
    List<Replacement> more = new ArrayList<>(replacements);
    more.add(replacement);
    return new Sortition(id, invitations, pool, panel, drawnAt, more);
  }

  /** How many were invited in all waves; approximate when one wave's count is. */
  public Optional<Count> invited() {
    if (invitations.isEmpty()) {
      return Optional.empty();
    }
    long sum = 0;
    boolean approximate = false;
    for (Invitation invitation : invitations) {
      sum += invitation.invited().value();
      approximate |= invitation.invited().approximate();
    }
    int total = (int) Math.min(Integer.MAX_VALUE, sum);
    return Optional.of(invitations.size() == 1 ? invitations.get(0).invited() : new Count(total, approximate, Optional.empty()));
  }

  /**
   * The panel as it sits now: the seats drawn, each member who left replaced in her seat by the
   * one who took it, or the seat left empty when no one did. Empty before the draw.
   */
  public List<Seat> seats() {
    if (panel.isEmpty()) {
      return List.of();
    }
    List<Seat> now = new ArrayList<>(panel.get().seats());
    for (Replacement replacement : replacements) {
      for (int i = 0; i < now.size(); i++) {
        if (now.get(i).member().equals(replacement.left())) {
          if (replacement.replacement().isPresent()) {
            now.set(i, replacement.replacement().get());
          } else {
            now.remove(i);
          }
          break;
        }
      }
    }
    return List.copyOf(now);
  }

  /** Whether a participant sits on the panel {@link #seats() as it is now}. */
  public boolean isSeated(ParticipantId member) {
    for (Seat seat : seats()) {
      if (seat.member().equals(member)) {
        return true;
      }
    }
    return false;
  }

  /** The seats left empty: members who left and were not replaced. */
  public int vacancies() {
    int vacant = 0;
    for (Replacement replacement : replacements) {
      vacant += replacement.replacement().isPresent() ? 0 : 1;
    }
    return vacant;
  }

  /** How many of the seats {@link #seats() as they are now} have a feature of a category. */
  public int seated(String category, String feature) {
    int count = 0;
    for (Seat seat : seats()) {
      if (feature.equals(seat.features().get(category))) {
        count++;
      }
    }
    return count;
  }

  /**
   * A wave of invitations: how many were asked to volunteer, from what.
   *
   * @param at when the invitations went out
   * @param invited how many were invited ("7 000", "drygt 3 000")
   * @param frame whom they were drawn from, e.g. "folkbokförda 16–84 år i Helsingborg"
   */
  public record Invitation(Instant at, Count invited, Optional<String> frame) {
    /**
     * Checks the wave.
     *
     * @throws NullPointerException naming the component when one is null
     * @throws IllegalArgumentException when no one was invited or the frame is not printable text
     */
    public Invitation {
      Objects.requireNonNull(at, "at");
      Objects.requireNonNull(invited, "invited");
      Checks.atLeast("invited", 1, invited.value());
      Objects.requireNonNull(frame, "frame").ifPresent(f -> Checks.printable("frame", f, MAX_TEXT));
    }
  }

  /**
   * The pool: those who said yes to the invitation, and how many of them have each feature.
   *
   * @param volunteers how many volunteered
   * @param counts for each category, how many volunteers have each of its features; may be empty
   */
  public record Pool(Count volunteers, Map<String, Map<String, Integer>> counts) {
    /**
     * Copies the counts, keeping their order, and checks them.
     *
     * @throws NullPointerException naming the component when one is null
     * @throws IllegalArgumentException when a name is not printable text, a count is negative, or an
     *     exact pool counts more volunteers of a category than it has
     */
    public Pool {
      Objects.requireNonNull(volunteers, "volunteers");
      Objects.requireNonNull(counts, "counts");
      Checks.check(counts.size() <= MAX_CATEGORIES, "counts", "must describe at most " + MAX_CATEGORIES + " categories",
          counts.size());
      Map<String, Map<String, Integer>> copy = new LinkedHashMap<>();
      for (Map.Entry<String, Map<String, Integer>> category : counts.entrySet()) {
        String name = Checks.printable("counts", category.getKey(), MAX_TEXT);
        Map<String, Integer> features = new LinkedHashMap<>();
        long sum = 0;
        for (Map.Entry<String, Integer> feature : category.getValue().entrySet()) {
          String field = "counts." + name;
          Checks.printable(field, feature.getKey(), MAX_TEXT);
          Checks.notNegative(field + "." + feature.getKey(), Objects.requireNonNull(feature.getValue(), field));
          sum += feature.getValue();
          features.put(feature.getKey(), feature.getValue());
        }
        Checks.check(volunteers.approximate() || sum <= volunteers.value(), "counts." + name,
            "must not count more volunteers than the pool's " + volunteers.value(), sum);
        copy.put(name, java.util.Collections.unmodifiableMap(features));
      }
      counts = java.util.Collections.unmodifiableMap(copy);
    }

    /**
     * A pool of which the record gives only the size.
     *
     * @throws NullPointerException when {@code volunteers} is null
     */
    public static Pool of(Count volunteers) {
      return new Pool(volunteers, Map.of());
    }
  }

  /**
   * A quota: how many seats of the panel must have a feature, at least and at most.
   *
   * @param category the category, e.g. "ålder"
   * @param feature the feature, e.g. "16-29"
   * @param min the fewest seats
   * @param max the most seats
   */
  public record Quota(String category, String feature, int min, int max) {
    /**
     * Checks the quota.
     *
     * @throws NullPointerException naming the component when one is null
     * @throws IllegalArgumentException when a name is not printable text, or the bounds are
     *     negative or crossed
     */
    public Quota {
      Checks.printable("category", Objects.requireNonNull(category, "category"), MAX_TEXT);
      Checks.printable("feature", Objects.requireNonNull(feature, "feature"), MAX_TEXT);
      Checks.notNegative("min", min);
      Checks.check(max >= min, "max", "must be at least min " + min, max);
    }

    /** Whether a number of seats meets the quota. */
    public boolean admits(int seats) {
      return seats >= min && seats <= max;
    }
  }

  /**
   * A seat of the panel: the member and her features for the panel's categories.
   *
   * @param member the participant who sits on the panel; she need not be registered as a
   *     participant yet, and counts as taking part once she is and attends
   * @param features her feature in each category the record gives, e.g. "kön" → "kvinna"
   */
  public record Seat(ParticipantId member, Map<String, String> features) {
    /**
     * Copies the features, keeping their order, and checks them.
     *
     * @throws NullPointerException naming the component when one is null
     * @throws IllegalArgumentException when a name is not printable text or there are too many
     */
    public Seat {
      Objects.requireNonNull(member, "member");
      Objects.requireNonNull(features, "features");
      Checks.check(features.size() <= MAX_CATEGORIES, "features", "must describe at most " + MAX_CATEGORIES + " categories",
          features.size());
      Map<String, String> copy = new LinkedHashMap<>();
      for (Map.Entry<String, String> feature : features.entrySet()) {
        Checks.printable("features", feature.getKey(), MAX_TEXT);
        Checks.printable("features." + feature.getKey(), Objects.requireNonNull(feature.getValue(), "features"), MAX_TEXT);
        copy.put(feature.getKey(), feature.getValue());
      }
      features = java.util.Collections.unmodifiableMap(copy);
    }
  }

  /**
   * The panel as drawn.
   *
   * @param quotas the quotas the draw had to meet; may be empty (a simple random draw)
   * @param seats the members drawn, in the order drawn
   * @param method how it was drawn, e.g. "LEXIMIN", "LEGACY", or the tool the record names
   * @param seed the published seed that re-runs the draw, when there is one
   * @param minimumProbability the smallest chance of selection any volunteer had, in [0, 1], when
   *     the method gives it
   * @param reserves how many reserves were drawn beside the panel
   */
  public record Panel(
      List<Quota> quotas, List<Seat> seats, Optional<String> method, Optional<String> seed,
      OptionalDouble minimumProbability, int reserves) {
    /**
     * Copies the lists and checks the panel.
     *
     * @throws NullPointerException naming the component when one is null
     * @throws IllegalArgumentException when there is no seat, a member sits twice, a quota is
     *     given twice, the probability is outside [0, 1], reserves are negative, or a text is not
     *     printable
     */
    public Panel {
      quotas = List.copyOf(quotas);
      seats = List.copyOf(seats);
      Objects.requireNonNull(method, "method").ifPresent(m -> Checks.printable("method", m, MAX_TEXT));
      Objects.requireNonNull(seed, "seed").ifPresent(s -> Checks.printable("seed", s, MAX_TEXT));
      Objects.requireNonNull(minimumProbability, "minimumProbability");
      Checks.notEmpty("seats", seats);
      Set<ParticipantId> members = new HashSet<>();
      for (Seat seat : seats) {
        Checks.check(members.add(seat.member()), "seats", "must not seat a member twice", seat.member());
      }
      Set<List<String>> given = new HashSet<>();
      for (Quota quota : quotas) {
        Checks.check(given.add(List.of(quota.category(), quota.feature())), "quotas",
            "must not give a feature's quota twice", quota.category() + "/" + quota.feature());
      }
      if (minimumProbability.isPresent()) {
        double p = minimumProbability.getAsDouble();
        Checks.check(p >= 0 && p <= 1, "minimumProbability", "must be in [0, 1]", p);
      }
      Checks.notNegative("reserves", reserves);
    }
  }

  /**
   * A member who left the panel (declined, fell ill, moved) and who, if anyone, took her seat.
   *
   * @param at when
   * @param left the member who left
   * @param replacement the seat as the one who took it fills it, usually a reserve; empty when the
   *     seat stays empty
   * @param reason why she left, in the record's words
   */
  public record Replacement(Instant at, ParticipantId left, Optional<Seat> replacement, String reason) {
    /**
     * Checks the replacement.
     *
     * @throws NullPointerException naming the component when one is null
     * @throws IllegalArgumentException when the reason is blank or she replaces herself
     */
    public Replacement {
      Objects.requireNonNull(at, "at");
      Objects.requireNonNull(left, "left");
      Objects.requireNonNull(replacement, "replacement");
      Checks.notBlank("reason", Objects.requireNonNull(reason, "reason"));
      Checks.check(replacement.filter(s -> s.member().equals(left)).isEmpty(), "replacement",
          "must be someone other than the member who left", left);
    }
  }
}
