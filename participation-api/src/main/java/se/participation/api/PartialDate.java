// Copyright 2026 The Participation SDK authors
// SPDX-License-Identifier: Apache-2.0
package se.participation.api;

import java.time.LocalDate;
import java.time.Month;
import java.time.YearMonth;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import se.participation.api.internal.Checks;

/**
 * A date as precisely as a record gives it: a day, a month, a season or part of a year, or a year
 * ("2020-03-14", "2020-03", "hösten 2019", "början av 2020", "2019"). It is the period the date
 * lies in, from {@code earliest} to {@code latest}, with the precision it was given at, and its
 * original wording; a report shows the wording, never an invented day.
 *
 * <p>{@link #parse(String)} reads ISO forms ({@code 2019}, {@code 2019-05}, {@code 2019-05-14}) and
 * a season or part of a year in Swedish or English: {@code våren|sommaren|hösten|vintern 2019},
 * {@code spring|summer|autumn|fall|winter 2019}, {@code början av|mitten av|slutet av 2019},
 * {@code early|mid|late 2019}, and a month by name ({@code maj 2019}, {@code May 2019}). Spring is
 * March–May, summer June–August, autumn September–November, winter December to February of the
 * next year; early is January–April, mid May–August, late September–December.
 *
 * @param earliest the first day the date can be
 * @param latest the last day the date can be; not before {@code earliest}
 * @param precision how precisely the record gives it
 * @param wording how the record says it, such as "hösten 2019"
 */
public record PartialDate(LocalDate earliest, LocalDate latest, DatePrecision precision, String wording) {

  private static final Pattern YEAR = Pattern.compile("(\\d{4})");
  private static final Pattern MONTH = Pattern.compile("(\\d{4})-(\\d{2})");
  private static final Pattern WORDS = Pattern.compile("(\\p{L}+(?: av)?) (\\d{4})");
  private static final Map<String, int[]> PERIODS = Map.ofEntries(
      Map.entry("våren", new int[] {3, 5}), Map.entry("spring", new int[] {3, 5}),
      Map.entry("sommaren", new int[] {6, 8}), Map.entry("summer", new int[] {6, 8}),
      Map.entry("hösten", new int[] {9, 11}), Map.entry("autumn", new int[] {9, 11}), Map.entry("fall", new int[] {9, 11}),
      Map.entry("vintern", new int[] {12, 14}), Map.entry("winter", new int[] {12, 14}),
      Map.entry("början av", new int[] {1, 4}), Map.entry("early", new int[] {1, 4}),
      Map.entry("mitten av", new int[] {5, 8}), Map.entry("mid", new int[] {5, 8}),
      Map.entry("slutet av", new int[] {9, 12}), Map.entry("late", new int[] {9, 12}));
  private static final Map<String, Month> MONTHS = months();

  /**
   * Rejects a period that ends before it starts, or a blank wording.
   *
   * @throws NullPointerException naming the component when one is null
   * @throws IllegalArgumentException naming the component and its value when the value is not allowed
   */
  public PartialDate {
    Objects.requireNonNull(earliest, "earliest");
    Objects.requireNonNull(latest, "latest");
    Objects.requireNonNull(precision, "precision");
    Checks.notBlank("wording", Objects.requireNonNull(wording, "wording"));
    Checks.check(!latest.isBefore(earliest), "latest", "must not be before earliest " + earliest, latest);
  }

  /**
   * An exact day.
   *
   * @param day the day
   * @return the date at day precision
   * @throws NullPointerException when {@code day} is null
   */
  public static PartialDate of(LocalDate day) {
    return new PartialDate(day, day, DatePrecision.DAY, day.toString());
  }

  /**
   * Reads a date as a record gives it (see the class description for the forms).
   *
   * @param text the date, such as "2019-05", "hösten 2019" or "början av 2020"
   * @return the date
   * @throws NullPointerException when {@code text} is null
   * @throws IllegalArgumentException naming the accepted forms when the text is none of them
   */
  public static PartialDate parse(String text) {
    String wording = Objects.requireNonNull(text, "text").strip();
    String lower = wording.toLowerCase(Locale.ROOT);
    try {
      if (YEAR.matcher(lower).matches()) {
        int year = Integer.parseInt(lower);
        return new PartialDate(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31), DatePrecision.YEAR, wording);
      }
      Matcher month = MONTH.matcher(lower);
      if (month.matches()) {
        YearMonth ym = YearMonth.of(Integer.parseInt(month.group(1)), Integer.parseInt(month.group(2)));
        return new PartialDate(ym.atDay(1), ym.atEndOfMonth(), DatePrecision.MONTH, wording);
      }
      if (lower.length() == 10 && lower.charAt(4) == '-') {
        LocalDate day = LocalDate.parse(lower);
        return new PartialDate(day, day, DatePrecision.DAY, wording);
      }
      Matcher words = WORDS.matcher(lower);
      if (words.matches()) {
        int year = Integer.parseInt(words.group(2));
        int[] period = PERIODS.get(words.group(1));
        if (period != null) {
          YearMonth first = YearMonth.of(year, 1).plusMonths(period[0] - 1L);
          YearMonth last = YearMonth.of(year, 1).plusMonths(period[1] - 1L);
          return new PartialDate(first.atDay(1), last.atEndOfMonth(), DatePrecision.SEASON, wording);
        }
        Month named = MONTHS.get(words.group(1));
        if (named != null) {
          YearMonth ym = YearMonth.of(year, named);
          return new PartialDate(ym.atDay(1), ym.atEndOfMonth(), DatePrecision.MONTH, wording);
        }
      }
    } catch (java.time.DateTimeException | NumberFormatException e) {
      // falls through to the error below, which names the accepted forms
    }
    throw new IllegalArgumentException("\"" + wording + "\" is not a date such as 2019, 2019-05, 2019-05-14, maj 2019,"
        + " hösten 2019, början av 2020, autumn 2019 or early 2020");
  }

  /** Whether the record gives the exact day. */
  public boolean exact() {
    return precision == DatePrecision.DAY;
  }

  @Override
  public String toString() {
    return wording;
  }

  private static Map<String, Month> months() {
    String[] sv = {"januari", "februari", "mars", "april", "maj", "juni", "juli", "augusti", "september", "oktober",
        "november", "december"};
    Map<String, Month> map = new java.util.HashMap<>();
    for (Month m : Month.values()) {
      map.put(sv[m.ordinal()], m);
      map.put(m.name().toLowerCase(Locale.ROOT), m);
    }
    return Map.copyOf(map);
  }
}
