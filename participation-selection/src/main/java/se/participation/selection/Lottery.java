// Copyright 2026 The Participation SDK authors
// SPDX-License-Identifier: Apache-2.0
package se.participation.selection;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import se.participation.selection.internal.AuditRandom;

/**
 * A probability distribution over panels that meet the quotas, given as {@linkplain
 * #compositions() compositions} (seats per profile), with every volunteer's chance of a seat.
 * The chances add up to the panel size; volunteers of one profile have the same chance.
 */
public final class Lottery implements SelectionResult {
  private final SelectionProblem problem;
  private final Method method;
  private final List<Composition> compositions;
  private final double[] profileProbabilities;
  private final List<Level> levels;
  private final Work work;

  /**
   * What making the lottery took.
   *
   * @param solver the solver's name and version, or "none"
   * @param panelsGenerated the compositions the relaxation's decomposition and, where it was
   *     needed, the column generation produced (LEXIMIN), or the panels drawn (LEGACY)
   * @param pricingSolves the integer programs solved: the decomposition's faces and the column
   *     generation's pricing
   * @param linearSolves the linear programs solved
   * @param elapsed the wall time
   */
  public record Work(String solver, int panelsGenerated, int pricingSolves, int linearSolves, Duration elapsed) {
    /**
     * What making a lottery took.
     *
     * @throws NullPointerException when {@code solver} or {@code elapsed} is null
     */
    public Work {
      Objects.requireNonNull(solver, "solver");
      Objects.requireNonNull(elapsed, "elapsed");
    }
  }

  /**
   * A lottery. The algorithms make it; it is public so that a published lottery can be read back
   * and its draw re-run.
   *
   * @param problem the problem it answers
   * @param method how it was made
   * @param compositions the panel shapes with their probabilities, each meeting the quotas
   * @param levels the LEXIMIN certificate, empty for LEGACY
   * @param work what making it took
   * @throws NullPointerException when an argument or an element is null
   * @throws IllegalArgumentException when a composition does not meet the quotas, or the
   *     probabilities do not add up to 1 (within 10⁻⁶)
   */
  public Lottery(SelectionProblem problem, Method method, List<Composition> compositions, List<Level> levels,
      Work work) {
    this.problem = Objects.requireNonNull(problem, "problem");
    this.method = Objects.requireNonNull(method, "method");
    this.compositions = List.copyOf(compositions);
    this.levels = List.copyOf(levels);
    this.work = Objects.requireNonNull(work, "work");
    List<Profile> profiles = problem.profiles();
    double[] expected = new double[profiles.size()];
    double total = 0;
    for (Composition composition : this.compositions) {
      int[] seats = composition.seats();
      if (!problem.admits(seats)) {
        throw new IllegalArgumentException("a composition does not meet the quotas: " + Arrays.toString(seats));
      }
      total += composition.probability();
      for (int p = 0; p < seats.length; p++) {
        expected[p] += composition.probability() * seats[p];
      }
    }
    if (Math.abs(total - 1) > 1e-6) {
      throw new IllegalArgumentException("the compositions' probabilities add up to " + total + ", not 1");
    }
    for (int p = 0; p < expected.length; p++) {
      expected[p] = Math.min(1, expected[p] / total / profiles.get(p).size());
    }
    this.profileProbabilities = expected;
  }

  /** The problem this lottery answers. */
  public SelectionProblem problem() {
    return problem;
  }

  /** How it was made. */
  public Method method() {
    return method;
  }

  /** The panel shapes with their probabilities, most probable first. */
  public List<Composition> compositions() {
    return compositions;
  }

  /** The LEXIMIN levels with their certificates, lowest first; empty for LEGACY. */
  public List<Level> levels() {
    return levels;
  }

  /** What making it took. */
  public Work work() {
    return work;
  }

  /** The chance of a seat for each volunteer of a profile. */
  public double profileProbability(int profile) {
    return profileProbabilities[profile];
  }

  /**
   * A volunteer's chance of a seat.
   *
   * @throws IllegalArgumentException when no volunteer has this id
   */
  public double probability(String volunteerId) {
    return profileProbabilities[problem.profileOf(volunteerId).index()];
  }

  /** Every volunteer's chance, in pool order. */
  public Map<String, Double> probabilities() {
    Map<String, Double> out = new LinkedHashMap<>();
    for (Volunteer volunteer : problem.volunteers()) {
      out.put(volunteer.id(), probability(volunteer.id()));
    }
    return Collections.unmodifiableMap(out);
  }

  /** The smallest chance any volunteer has. */
  public double minimum() {
    double min = 1;
    for (double p : profileProbabilities) {
      min = Math.min(min, p);
    }
    return min;
  }

  /**
   * The Gini coefficient of the volunteers' chances: 0 when all are equal, towards 1 when a few
   * hold all the seats.
   */
  public double gini() {
    List<Profile> profiles = problem.profiles();
    Integer[] order = new Integer[profiles.size()];
    for (int p = 0; p < order.length; p++) {
      order[p] = p;
    }
    Arrays.sort(order, (a, b) -> Double.compare(profileProbabilities[a], profileProbabilities[b]));
    // G = (2 Σ i·x_(i)) / (n Σ x) − (n + 1) / n, over people sorted by chance, i from 1.
    double weighted = 0;
    double sum = 0;
    long rank = 0;
    for (int p : order) {
      int size = profiles.get(p).size();
      double x = profileProbabilities[p];
      // ranks rank+1 .. rank+size
      weighted += x * (size * (double) rank + size * (size + 1) / 2.0);
      sum += x * size;
      rank += size;
    }
    double n = rank;
    return sum == 0 ? 0 : 2 * weighted / (n * sum) - (n + 1) / n;
  }

  /**
   * Draws one panel with a seed anyone can re-run.
   *
   * <p>The seed's UTF-8 bytes become a stream of numbers: the {@code i}-th (from 0) is the first
   * 8 bytes of SHA-256(seed bytes, a zero byte, {@code i} as 8 bytes big-endian), whose top 53
   * bits divided by 2⁵³ give {@code u} in [0, 1). The first number picks the composition: the first whose cumulative probability, in
   * the order of {@link #compositions()}, exceeds {@code u}. Then, profile by profile in index
   * order, the profile's volunteers in pool order are shuffled by Fisher–Yates from the front:
   * position {@code j} swaps with {@code j + ⌊u · (size − j)⌋} for the next number {@code u}. The
   * first {@code seats} of each profile are the panel; the rest, in shuffled order, its reserves.
   *
   * @param seed the published seed, e.g. "Lotto 2026-11-28: 3 9 14 22 27 30 35"
   * @throws NullPointerException when {@code seed} is null
   * @throws IllegalArgumentException when {@code seed} is blank or the lottery has no composition
   */
  public Draw draw(String seed) {
    Objects.requireNonNull(seed, "seed");
    if (seed.isBlank()) {
      throw new IllegalArgumentException("the seed must not be blank");
    }
    if (compositions.isEmpty()) {
      throw new IllegalArgumentException("the lottery has no composition to draw");
    }
    AuditRandom random = new AuditRandom(seed);
    double u = random.next();
    double cumulative = 0;
    double total = 0;
    for (Composition composition : compositions) {
      total += composition.probability();
    }
    int chosen = compositions.size() - 1;
    for (int c = 0; c < compositions.size(); c++) {
      cumulative += compositions.get(c).probability() / total;
      if (u < cumulative) {
        chosen = c;
        break;
      }
    }
    Composition composition = compositions.get(chosen);
    java.util.Set<String> members = new java.util.HashSet<>();
    List<String> reserves = new ArrayList<>();
    for (Profile profile : problem.profiles()) {
      List<String> order = new ArrayList<>(profile.volunteers());
      for (int j = 0; j < order.size() - 1; j++) {
        int swap = j + (int) Math.floor(random.next() * (order.size() - j));
        Collections.swap(order, j, swap);
      }
      int seats = composition.seats(profile.index());
      members.addAll(order.subList(0, seats));
      reserves.addAll(order.subList(seats, order.size()));
    }
    List<String> panel = new ArrayList<>(members.size());
    for (Volunteer volunteer : problem.volunteers()) {
      if (members.contains(volunteer.id())) {
        panel.add(volunteer.id());
      }
    }
    return new Draw(seed, chosen, panel, reserves);
  }

  /**
   * A drawn panel as the process records it ({@code Command.RecordPanelDraw}): the quotas, each
   * member with her features, the method, the seed, the smallest selection probability and how
   * many reserves were drawn. Volunteer ids become participant ids as they are.
   *
   * @param draw a panel drawn from this lottery
   * @throws NullPointerException when {@code draw} is null
   * @throws IllegalArgumentException when a volunteer's id is not a valid participant id (letters,
   *     digits, {@code . _ : -}, at most 64), or the draw names a volunteer not in the pool
   */
  public se.participation.api.Sortition.Panel panelRecord(Draw draw) {
    return panelRecord(draw, se.participation.api.ParticipantId::of);
  }

  /**
   * A drawn panel as the process records it, with volunteer ids turned into participant ids by
   * {@code members} (when the pool's ids are not the process's).
   *
   * @param draw a panel drawn from this lottery
   * @param members the participant id of each volunteer id
   * @throws NullPointerException when an argument is null or {@code members} returns null
   * @throws IllegalArgumentException when the draw names a volunteer not in the pool
   */
  public se.participation.api.Sortition.Panel panelRecord(Draw draw,
      java.util.function.Function<String, se.participation.api.ParticipantId> members) {
    Objects.requireNonNull(draw, "draw");
    Objects.requireNonNull(members, "members");
    Map<String, Volunteer> byId = new java.util.HashMap<>();
    for (Volunteer volunteer : problem.volunteers()) {
      byId.put(volunteer.id(), volunteer);
    }
    List<se.participation.api.Sortition.Seat> seats = new ArrayList<>();
    for (String id : draw.panel()) {
      Volunteer volunteer = byId.get(id);
      if (volunteer == null) {
        throw new IllegalArgumentException("the draw seats \"" + id + "\", who is not in the pool");
      }
      Map<String, String> features = new java.util.LinkedHashMap<>();
      for (String category : problem.categories()) {
        features.put(category, Objects.requireNonNull(volunteer.feature(category)));
      }
      seats.add(new se.participation.api.Sortition.Seat(Objects.requireNonNull(members.apply(id), "participant id"),
          features));
    }
    List<se.participation.api.Sortition.Quota> quotas = new ArrayList<>();
    for (Quota quota : problem.quotas()) {
      quotas.add(new se.participation.api.Sortition.Quota(quota.category(), quota.feature(), quota.min(), quota.max()));
    }
    return new se.participation.api.Sortition.Panel(quotas, seats, java.util.Optional.of(method.name()),
        java.util.Optional.of(draw.seed()), java.util.OptionalDouble.of(Math.max(0, Math.min(1, minimum()))),
        draw.reserves().size());
  }

  @Override
  public String toString() {
    return "Lottery[method=" + method + ", compositions=" + compositions.size() + ", minimum=" + minimum()
        + ", gini=" + gini() + "]";
  }
}
