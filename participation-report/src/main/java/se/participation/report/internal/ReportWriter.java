// Copyright 2026 The Participation SDK authors
// SPDX-License-Identifier: Apache-2.0
package se.participation.report.internal;

import static se.participation.report.internal.Html.esc;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import se.participation.api.Activity;
import se.participation.api.Affectedness;
import se.participation.api.CriterionAssessment;
import se.participation.api.CriterionResult;
import se.participation.api.DateRange;
import se.participation.api.FeedbackDelivery;
import se.participation.api.GroupReach;
import se.participation.api.LineageStep;
import se.participation.api.Mandate;
import se.participation.api.Meeting;
import se.participation.api.Part;
import se.participation.api.PartTransition;
import se.participation.api.ParticipationProcess;
import se.participation.api.Proposal;
import se.participation.api.ProposalStatus;
import se.participation.api.Quadrant;
import se.participation.api.QuadrantReach;
import se.participation.api.RepresentationAnalysis;
import se.participation.api.Severity;
import se.participation.api.SuccessCriterion;
import se.participation.api.SuccessEvaluation;
import se.participation.api.rule.Finding;
import se.participation.core.Verdict;

/**
 * Writes the report of one verdict in one language. Every number it shows is read from the
 * verdict (the evaluation's counts, the findings, the gaps) or counted from the record's own
 * entries (the proposals' steps, the meetings, the deliveries); the report judges nothing itself.
 */
public final class ReportWriter {
  /** The zone in which the record's instants are shown as dates. */
  static final ZoneId ZONE = ZoneId.of("Europe/Stockholm");

  /** The main path of a proposal, in order, as the funnel shows it. */
  public static final List<ProposalStatus> PATH = List.of(ProposalStatus.SUBMITTED, ProposalStatus.SHORTLISTED,
      ProposalStatus.ADAPTED, ProposalStatus.DECIDED, ProposalStatus.PROPOSED_TO_COUNCIL, ProposalStatus.ADOPTED);

  /** Where proposals leave the main path, shown beside it. */
  public static final List<ProposalStatus> EXITS = List.of(ProposalStatus.MERGED, ProposalStatus.DROPPED,
      ProposalStatus.SUPERSEDED, ProposalStatus.DECLINED, ProposalStatus.SENT_BACK, ProposalStatus.NOT_ADOPTED,
      ProposalStatus.HANDED_OVER);

  private final Verdict verdict;
  private final ParticipationProcess process;
  private final SuccessEvaluation evaluation;
  private final Locale language;
  private final StringBuilder out = new StringBuilder(64 * 1024);

  private ReportWriter(Verdict verdict, Locale language) {
    this.verdict = verdict;
    this.process = verdict.process();
    this.evaluation = verdict.evaluation();
    this.language = language;
  }

  /** The whole report as one HTML document. */
  public static String write(Verdict verdict, Locale language) {
    return new ReportWriter(verdict, language).document();
  }

  /**
   * How many proposals ever reached each status, from their own lineage: a proposal counts once
   * for each status it passed through.
   */
  public static Map<ProposalStatus, List<Proposal>> byStatusReached(ParticipationProcess process) {
    Map<ProposalStatus, List<Proposal>> reached = new EnumMap<>(ProposalStatus.class);
    for (ProposalStatus status : ProposalStatus.values()) {
      reached.put(status, new ArrayList<>());
    }
    for (Proposal proposal : process.proposals().values()) {
      java.util.EnumSet<ProposalStatus> seen = java.util.EnumSet.noneOf(ProposalStatus.class);
      for (LineageStep step : proposal.lineage()) {
        if (seen.add(step.status())) {
          reached.computeIfAbsent(step.status(), s -> new ArrayList<>()).add(proposal);
        }
      }
    }
    return reached;
  }

  private String t(String key, Object... arguments) {
    return esc(ReportTexts.in(language, key, arguments));
  }

  private String document() {
    out.append("<!DOCTYPE html>\n<html lang=\"").append(esc(language.toLanguageTag())).append("\">\n<head>\n")
        .append("<meta charset=\"utf-8\"/>\n")
        .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"/>\n")
        .append("<title>").append(t("report.title", process.title())).append("</title>\n")
        .append("<style>").append(Style.CSS).append("</style>\n</head>\n<body>\n<main>\n");
    out.append("<header><p class=\"kicker\">").append(t("report.kicker")).append("</p><h1>").append(esc(process.title()))
        .append("</h1><p class=\"question\">").append(esc(process.question())).append("</p></header>\n");
    contents();
    facts();
    representation();
    timeline();
    proposals();
    feedback();
    criteria();
    findings();
    out.append("<footer><p>").append(t("report.footer", process.id().value(), process.version(),
        date(process.updatedAt()))).append("</p></footer>\n");
    out.append("</main>\n</body>\n</html>\n");
    return out.toString();
  }

  private void contents() {
    out.append("<nav aria-labelledby=\"contents-heading\"><h2 id=\"contents-heading\">").append(t("contents.title"))
        .append("</h2><ol>");
    for (String section : List.of("facts", "representation", "timeline", "proposals", "feedback", "criteria", "findings")) {
      out.append("<li><a href=\"#").append(section).append("\">").append(t(section + ".title")).append("</a></li>");
    }
    out.append("</ol></nav>\n");
  }

  private void section(String id) {
    out.append("<section id=\"").append(id).append("\" aria-labelledby=\"").append(id).append("-heading\"><h2 id=\"")
        .append(id).append("-heading\">").append(t(id + ".title")).append("</h2>\n");
  }

  private void fact(String key, String value) {
    out.append("<dt>").append(t(key)).append("</dt><dd>").append(value).append("</dd>");
  }

  private String unknown() {
    return "<span class=\"unknown\">" + t("unknown") + "</span>";
  }

  private void facts() {
    section("facts");
    out.append("<dl class=\"facts\">");
    fact("facts.question", esc(process.question()));
    fact("facts.level", esc(process.level().label().in(language)));
    fact("facts.promise", esc(process.level().promise().in(language)));
    if (process.intendedLevel() != process.level()) {
      fact("facts.intendedLevel", esc(process.intendedLevel().label().in(language)));
    }
    fact("facts.owner", esc(process.owner().value()));
    Optional<Mandate> mandate = process.mandate();
    fact("facts.mandate", mandate.map(m -> esc(m.decidedBy())
        + m.decidedOn().map(d -> ", " + esc(d.wording())).orElse("")
        + m.scope().map(s -> ": " + esc(s)).orElse("")).orElse(unknown()));
    fact("facts.caseReference", mandate.flatMap(Mandate::caseReference).map(Html::esc).orElse(unknown()));
    fact("facts.status", esc(process.status().label().in(language)) + ", " + t("facts.inPart",
        process.part().label().in(language)));
    fact("facts.started", esc(date(process.startedAt()).toString()));
    process.withdrawalReason().ifPresent(r -> fact("facts.withdrawn", esc(r)));
    out.append("</dl>\n</section>\n");
  }

  // --- Representation -------------------------------------------------------------------

  private void representation() {
    section("representation");
    RepresentationAnalysis analysis = evaluation.representation();
    if (analysis.groups().isEmpty()) {
      out.append("<p class=\"gap\">").append(t("representation.none")).append("</p>\n");
      quotas(analysis);
      out.append("</section>\n");
      return;
    }
    out.append("<p>").append(t("representation.intro")).append("</p>\n");
    quadrantChart(analysis);
    out.append("<table><caption>").append(t("representation.tableCaption")).append("</caption><thead><tr>")
        .append("<th scope=\"col\">").append(t("representation.group")).append("</th>")
        .append("<th scope=\"col\">").append(t("representation.quadrant")).append("</th>")
        .append("<th scope=\"col\" class=\"num\">").append(t("representation.planned")).append("</th>")
        .append("<th scope=\"col\" class=\"num\">").append(t("representation.came")).append("</th>")
        .append("<th scope=\"col\">").append(t("representation.reached")).append("</th></tr></thead><tbody>");
    for (GroupReach group : analysis.groups()) {
      out.append("<tr data-group=\"").append(esc(group.group().value())).append("\"><th scope=\"row\">")
          .append(esc(group.name())).append("</th><td>").append(esc(group.quadrant().label().in(language)))
          .append(group.quadrant().isPriority() ? " <strong>★</strong>" : "")
          .append(group.mirrorsPopulation() ? " " + t("representation.mirrors") : "")
          .append("</td><td class=\"num\" data-planned=\"\">")
          .append(group.planned().isPresent() ? String.valueOf(group.planned().getAsInt()) : unknown())
          .append("</td><td class=\"num\" data-came=\"\">").append(group.came()).append("</td><td>")
          .append(reachWord(group)).append("</td></tr>");
    }
    out.append("</tbody></table>\n");
    out.append("<table><caption>").append(t("representation.quadrantCaption")).append("</caption><thead><tr>")
        .append("<th scope=\"col\">").append(t("representation.quadrant")).append("</th>")
        .append("<th scope=\"col\" class=\"num\">").append(t("representation.groups")).append("</th>")
        .append("<th scope=\"col\" class=\"num\">").append(t("representation.groupsReached")).append("</th>")
        .append("<th scope=\"col\" class=\"num\">").append(t("representation.planned")).append("</th>")
        .append("<th scope=\"col\" class=\"num\">").append(t("representation.came")).append("</th></tr></thead><tbody>");
    for (QuadrantReach quadrant : analysis.quadrants()) {
      out.append("<tr data-quadrant=\"").append(quadrant.quadrant().name()).append("\"><th scope=\"row\">")
          .append(esc(quadrant.quadrant().label().in(language)))
          .append(quadrant.quadrant().isPriority() ? " <strong>★</strong>" : "")
          .append("</th><td class=\"num\">").append(quadrant.plannedGroups()).append("</td><td class=\"num\">")
          .append(quadrant.reachedGroups()).append("</td><td class=\"num\">").append(quadrant.planned())
          .append("</td><td class=\"num\">").append(quadrant.came()).append("</td></tr>");
    }
    out.append("</tbody></table>\n");
    if (!analysis.missingGroups().isEmpty()) {
      out.append("<p class=\"gap\" data-missing-groups=\"\">").append(t("representation.missing")).append(' ');
      List<String> names = new ArrayList<>();
      for (GroupReach group : analysis.groups()) {
        if (analysis.missingGroups().contains(group.group())) {
          names.add(esc(group.name()));
        }
      }
      out.append(String.join(", ", names)).append(".</p>\n");
    }
    quotas(analysis);
    out.append("</section>\n");
  }

  /** The quotas of each panel drawn by lot, against the panel as it finally sat. */
  private void quotas(RepresentationAnalysis analysis) {
    if (analysis.quotas().isEmpty()) {
      return;
    }
    out.append("<table><caption>").append(t("representation.quotaCaption")).append("</caption><thead><tr>")
        .append("<th scope=\"col\">").append(t("representation.sortition")).append("</th>")
        .append("<th scope=\"col\">").append(t("representation.feature")).append("</th>")
        .append("<th scope=\"col\" class=\"num\">").append(t("representation.quota")).append("</th>")
        .append("<th scope=\"col\" class=\"num\">").append(t("representation.seated")).append("</th>")
        .append("<th scope=\"col\">").append(t("representation.quotaMet")).append("</th></tr></thead><tbody>");
    for (se.participation.api.QuotaReach quota : analysis.quotas()) {
      out.append("<tr data-quota=\"").append(esc(quota.category() + "=" + quota.feature())).append("\"><td>")
          .append(esc(quota.sortition().value())).append("</td><th scope=\"row\">").append(esc(quota.category()))
          .append(" = ").append(esc(quota.feature())).append("</th><td class=\"num\">").append(quota.min()).append('–')
          .append(quota.max()).append("</td><td class=\"num\" data-seated=\"\">").append(quota.seated())
          .append("</td><td>").append(t(quota.met() ? "representation.quotaYes" : "representation.quotaNo"))
          .append("</td></tr>");
    }
    out.append("</tbody></table>\n");
  }

  private String reachWord(GroupReach group) {
    if (group.reachedAsPlanned()) {
      return "<span class=\"ok\">✓ " + t("representation.asPlanned") + "</span>";
    }
    if (group.reached()) {
      return "<span class=\"partly\">◐ " + t("representation.partly") + "</span>";
    }
    return "<span class=\"bad\">✗ " + t("representation.notReached") + "</span>";
  }

  private void quadrantChart(RepresentationAnalysis analysis) {
    int left = 70;
    int top = 20;
    int cell = 300;
    int width = left + 2 * cell + 10;
    int height = top + 2 * cell + 50;
    out.append("<figure><svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 ").append(width).append(' ')
        .append(height).append("\" role=\"img\" aria-labelledby=\"quadrants-title quadrants-desc\">")
        .append("<title id=\"quadrants-title\">").append(t("representation.chartTitle")).append("</title>")
        .append("<desc id=\"quadrants-desc\">").append(t("representation.chartDesc")).append("</desc>")
        .append("<defs><pattern id=\"hatch\" width=\"10\" height=\"10\" patternUnits=\"userSpaceOnUse\" "
            + "patternTransform=\"rotate(45)\"><rect width=\"10\" height=\"10\" fill=\"#fff4d6\"/>"
            + "<line x1=\"0\" y1=\"0\" x2=\"0\" y2=\"10\" stroke=\"#e2c273\" stroke-width=\"4\"/></pattern></defs>");
    Map<Quadrant, List<GroupReach>> byQuadrant = new EnumMap<>(Quadrant.class);
    for (GroupReach group : analysis.groups()) {
      byQuadrant.computeIfAbsent(group.quadrant(), q -> new ArrayList<>()).add(group);
    }
    for (Quadrant quadrant : Quadrant.values()) {
      int x = left + (quadrant.activity() == Activity.LOW ? 0 : cell);
      int y = top + (quadrant.affectedness() == Affectedness.HIGH ? 0 : cell);
      out.append("<g data-quadrant=\"").append(quadrant.name()).append("\"><rect x=\"").append(x).append("\" y=\"")
          .append(y).append("\" width=\"").append(cell).append("\" height=\"").append(cell).append("\" fill=\"")
          .append(quadrant.isPriority() ? "url(#hatch)" : "#f4f6f8").append("\" stroke=\"#333\" stroke-width=\"")
          .append(quadrant.isPriority() ? 3 : 1).append("\"/>");
      int line = y + 22;
      // The label on up to two lines: the field, then any qualifier in brackets.
      String label = quadrant.label().in(language);
      int bracket = label.indexOf(" (");
      out.append(svgText(x + 10, line, "quadrant-label", bracket < 0 ? label : label.substring(0, bracket)));
      if (bracket >= 0) {
        line += 18;
        out.append(svgText(x + 10, line, "quadrant-label", label.substring(bracket + 1)));
      }
      if (quadrant.isPriority()) {
        line += 20;
        out.append(svgText(x + 10, line, "priority", "★ " + ReportTexts.in(language, "representation.priority")));
      }
      for (GroupReach group : byQuadrant.getOrDefault(quadrant, List.of())) {
        line += 24;
        if (line > y + cell - 8) {
          out.append(svgText(x + 10, y + cell - 8, "", "…"));
          break;
        }
        String mark = group.reachedAsPlanned() ? "✓" : group.reached() ? "◐" : "✗";
        String planned = group.planned().isPresent() ? String.valueOf(group.planned().getAsInt()) : "?";
        out.append(svgText(x + 10, line, "group", mark + " " + shorten(group.name(), 28) + ": "
            + ReportTexts.in(language, "representation.cameOf", group.came(), planned)));
      }
      out.append("</g>");
    }
    out.append(svgText(left + cell - 60, top + 2 * cell + 30, "axis", ReportTexts.in(language, "representation.activityAxis")));
    out.append(svgText(left + 10, top + 2 * cell + 30, "axis", ReportTexts.in(language, "representation.low")));
    out.append(svgText(left + 2 * cell - 40, top + 2 * cell + 30, "axis", ReportTexts.in(language, "representation.high")));
    out.append("<text class=\"axis\" transform=\"translate(30 ").append(top + cell + 80).append(") rotate(-90)\">")
        .append(t("representation.affectednessAxis")).append("</text>");
    out.append(svgText(36, top + 16, "axis", ReportTexts.in(language, "representation.high")));
    out.append(svgText(36, top + 2 * cell - 4, "axis", ReportTexts.in(language, "representation.low")));
    out.append("</svg><figcaption>").append(t("representation.chartCaption")).append("</figcaption></figure>\n");
  }

  private static String svgText(int x, int y, String cssClass, String text) {
    return "<text x=\"" + x + "\" y=\"" + y + "\"" + (cssClass.isEmpty() ? "" : " class=\"" + cssClass + "\"") + ">"
        + esc(text) + "</text>";
  }

  private static String shorten(String text, int max) {
    return text.length() <= max ? text : text.substring(0, max - 1) + "…";
  }

  // --- Timeline -------------------------------------------------------------------------

  private record Span(Part part, Optional<DateRange> planned, Optional<LocalDate> entered, Optional<LocalDate> left) {}

  private List<Span> spans() {
    Map<Part, LocalDate> entered = new EnumMap<>(Part.class);
    Map<Part, LocalDate> left = new EnumMap<>(Part.class);
    entered.put(Part.BESLUT, date(process.startedAt()));
    for (PartTransition transition : process.transitions()) {
      entered.putIfAbsent(transition.to(), date(transition.at()));
      left.put(transition.from(), date(transition.at()));
    }
    if (process.status().isEnded()) {
      left.putIfAbsent(process.part(), date(process.updatedAt()));
    }
    List<Span> spans = new ArrayList<>();
    for (Part part : Part.values()) {
      spans.add(new Span(part, process.plan().timeline().period(part), Optional.ofNullable(entered.get(part)),
          Optional.ofNullable(left.get(part))));
    }
    return spans;
  }

  private void timeline() {
    section("timeline");
    List<Span> spans = spans();
    List<Meeting> meetings = new ArrayList<>(process.meetings().values());
    LocalDate first = null;
    LocalDate last = null;
    List<LocalDate> known = new ArrayList<>();
    for (Span span : spans) {
      span.planned().ifPresent(p -> {
        known.add(p.start());
        known.add(p.end());
      });
      span.entered().ifPresent(known::add);
      span.left().ifPresent(known::add);
    }
    for (Meeting meeting : meetings) {
      known.add(meetingDay(meeting));
    }
    for (FeedbackDelivery delivery : process.feedback()) {
      known.add(date(delivery.at()));
    }
    for (LocalDate day : known) {
      first = first == null || day.isBefore(first) ? day : first;
      last = last == null || day.isAfter(last) ? day : last;
    }
    if (first != null && last != null && first.isBefore(last)) {
      timelineChart(spans, meetings, first, last);
    } else {
      // One day or none: a picture would show nothing the table does not.
      out.append("<p>").append(t("timeline.tooFewDates")).append("</p>\n");
    }
    out.append("<table><caption>").append(t("timeline.tableCaption")).append("</caption><thead><tr>")
        .append("<th scope=\"col\">").append(t("timeline.part")).append("</th>")
        .append("<th scope=\"col\">").append(t("timeline.planned")).append("</th>")
        .append("<th scope=\"col\">").append(t("timeline.actual")).append("</th></tr></thead><tbody>");
    for (Span span : spans) {
      out.append("<tr><th scope=\"row\">").append(esc(span.part().label().in(language))).append("</th><td>")
          .append(span.planned().map(this::period).orElse(unknown())).append("</td><td>");
      if (span.entered().isEmpty()) {
        out.append(t("timeline.notReached"));
      } else {
        out.append(esc(span.entered().get().toString())).append(" – ")
            .append(span.left().map(d -> esc(d.toString())).orElse(t("timeline.ongoing")));
      }
      out.append("</td></tr>");
    }
    out.append("</tbody></table>\n");
    out.append("<table><caption>").append(t("timeline.eventsCaption")).append("</caption><thead><tr>")
        .append("<th scope=\"col\">").append(t("timeline.when")).append("</th>")
        .append("<th scope=\"col\">").append(t("timeline.what")).append("</th></tr></thead><tbody>");
    List<Happening> rows = new ArrayList<>();
    for (Meeting meeting : meetings) {
      String when = meeting.approximateDate().map(d -> esc(d.wording()) + " (" + t("timeline.approximate") + ")")
          .orElse(esc(meeting.start().toLocalDate().toString()));
      rows.add(new Happening(meetingDay(meeting), when, t(meeting.held() ? "timeline.meetingHeld" : "timeline.meetingPlanned",
          meeting.title(), meeting.format().label().in(language), meeting.attendance().size())));
    }
    for (PartTransition transition : process.transitions()) {
      rows.add(new Happening(date(transition.at()), esc(date(transition.at()).toString()),
          t("timeline.move", transition.from().label().in(language), transition.to().label().in(language))));
    }
    for (FeedbackDelivery delivery : process.feedback()) {
      rows.add(new Happening(date(delivery.at()), esc(date(delivery.at()).toString()),
          t("timeline.feedback", delivery.audience().label().in(language), channel(delivery.channel()))));
    }
    rows.sort(java.util.Comparator.comparing(Happening::day));
    for (Happening row : rows) {
      out.append("<tr><td>").append(row.when()).append("</td><td>").append(row.what()).append("</td></tr>");
    }
    if (rows.isEmpty()) {
      out.append("<tr><td colspan=\"2\">").append(t("timeline.noEvents")).append("</td></tr>");
    }
    out.append("</tbody></table>\n</section>\n");
  }

  /** A dated line of the events table, its texts already escaped. */
  private record Happening(LocalDate day, String when, String what) {}

  private static LocalDate meetingDay(Meeting meeting) {
    return meeting.approximateDate().map(d -> d.earliest()).orElse(meeting.start().toLocalDate());
  }

  private String period(DateRange range) {
    String text = range.start() + " – " + range.end();
    return esc(text) + (range.exact() ? "" : " (" + t("timeline.precision", range.precision().label().in(language)) + ")");
  }

  private void timelineChart(List<Span> spans, List<Meeting> meetings, LocalDate first, LocalDate last) {
    int left = 130;
    int width = 720;
    int plot = width - left - 20;
    int row = 44;
    int top = 30;
    int height = top + row * spans.size() + 50;
    long days = Math.max(1, ChronoUnit.DAYS.between(first, last));
    java.util.function.ToIntFunction<LocalDate> x = d -> left + (int) Math.round(plot * (double) ChronoUnit.DAYS.between(first, d) / days);
    out.append("<figure><svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 ").append(width).append(' ').append(height)
        .append("\" role=\"img\" aria-labelledby=\"timeline-title timeline-desc\"><title id=\"timeline-title\">")
        .append(t("timeline.chartTitle")).append("</title><desc id=\"timeline-desc\">").append(t("timeline.chartDesc"))
        .append("</desc>");
    out.append(svgText(left, 18, "axis", first.toString()));
    out.append("<text x=\"").append(left + plot).append("\" y=\"18\" class=\"axis\" text-anchor=\"end\">")
        .append(esc(last.toString())).append("</text>");
    for (int i = 0; i < spans.size(); i++) {
      Span span = spans.get(i);
      int y = top + i * row;
      out.append(svgText(8, y + 22, "part", span.part().label().in(language)));
      span.planned().ifPresent(p -> {
        int from = x.applyAsInt(p.start());
        int to = Math.max(from + 3, x.applyAsInt(p.end()));
        out.append("<rect class=\"planned\" x=\"").append(from).append("\" y=\"").append(y + 4).append("\" width=\"")
            .append(to - from).append("\" height=\"14\"").append(p.exact() ? "" : " stroke-dasharray=\"4 3\"").append("/>");
      });
      span.entered().ifPresent(entered -> {
        int from = x.applyAsInt(entered);
        int to = Math.max(from + 3, x.applyAsInt(span.left().orElse(last)));
        out.append("<rect class=\"actual\" x=\"").append(from).append("\" y=\"").append(y + 22).append("\" width=\"")
            .append(to - from).append("\" height=\"14\"/>");
      });
    }
    int markers = top + row * spans.size() + 10;
    for (Meeting meeting : meetings) {
      int at = x.applyAsInt(meetingDay(meeting));
      out.append("<path class=\"meeting\" d=\"M").append(at).append(' ').append(markers).append(" l6 10 l-12 0 z\"/>");
    }
    for (FeedbackDelivery delivery : process.feedback()) {
      int at = x.applyAsInt(date(delivery.at()));
      out.append("<circle class=\"feedback\" cx=\"").append(at).append("\" cy=\"").append(markers + 24).append("\" r=\"5\"/>");
    }
    out.append("</svg><figcaption>").append(t("timeline.legend")).append("</figcaption></figure>\n");
  }

  // --- Proposals ------------------------------------------------------------------------

  private void proposals() {
    section("proposals");
    Map<ProposalStatus, List<Proposal>> reached = byStatusReached(process);
    if (process.proposals().isEmpty()) {
      out.append("<p class=\"gap\">").append(t("proposals.none")).append("</p>\n</section>\n");
      return;
    }
    int max = 1;
    for (ProposalStatus status : PATH) {
      max = Math.max(max, reached.getOrDefault(status, List.of()).size());
    }
    int width = 720;
    int barLeft = 240;
    int plot = width - barLeft - 70;
    int row = 34;
    out.append("<figure><svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 ").append(width).append(' ')
        // A group, not an image: its counts are links (an image may hold nothing to focus).
        .append(PATH.size() * row + 20).append("\" role=\"group\" aria-labelledby=\"funnel-title\" aria-describedby=\"funnel-desc\">")
        .append("<title id=\"funnel-title\">").append(t("proposals.chartTitle")).append("</title>")
        .append("<desc id=\"funnel-desc\">").append(t("proposals.chartDesc")).append("</desc>");
    for (int i = 0; i < PATH.size(); i++) {
      ProposalStatus status = PATH.get(i);
      int count = reached.getOrDefault(status, List.of()).size();
      int y = 10 + i * row;
      int length = Math.max(2, (int) Math.round(plot * (double) count / max));
      out.append("<g data-status=\"").append(status.name()).append("\">")
          .append(svgText(8, y + 18, "part", status.label().in(language)))
          .append("<rect class=\"bar\" x=\"").append(barLeft).append("\" y=\"").append(y).append("\" width=\"")
          .append(length).append("\" height=\"24\"/>")
          .append("<a href=\"#").append(Html.id("status-", status.name())).append("\">")
          .append(svgText(barLeft + length + 8, y + 18, "count", String.valueOf(count))).append("</a></g>");
    }
    out.append("</svg><figcaption>").append(t("proposals.chartCaption")).append("</figcaption></figure>\n");
    out.append("<table><caption>").append(t("proposals.tableCaption")).append("</caption><thead><tr><th scope=\"col\">")
        .append(t("proposals.status")).append("</th><th scope=\"col\" class=\"num\">").append(t("proposals.count"))
        .append("</th></tr></thead><tbody>");
    for (ProposalStatus status : java.util.stream.Stream.concat(PATH.stream(), EXITS.stream()).toList()) {
      int count = reached.getOrDefault(status, List.of()).size();
      out.append("<tr data-status=\"").append(status.name()).append("\"><th scope=\"row\">")
          .append(esc(status.label().in(language))).append(PATH.contains(status) ? "" : " " + t("proposals.exit"))
          .append("</th><td class=\"num\">");
      if (count > 0) {
        out.append("<a href=\"#").append(Html.id("status-", status.name())).append("\" aria-label=\"")
            .append(t("proposals.linkLabel", count, status.label().in(language))).append("\">").append(count).append("</a>");
      } else {
        out.append('0');
      }
      out.append("</td></tr>");
    }
    out.append("</tbody></table>\n");
    for (ProposalStatus status : java.util.stream.Stream.concat(PATH.stream(), EXITS.stream()).toList()) {
      List<Proposal> list = reached.getOrDefault(status, List.of());
      if (list.isEmpty()) {
        continue;
      }
      out.append("<h3 id=\"").append(Html.id("status-", status.name())).append("\">").append(esc(status.label().in(language)))
          .append(" (").append(list.size()).append(")</h3><ul class=\"proposals\">");
      for (Proposal proposal : list) {
        LineageStep step = proposal.lineage().stream().filter(s -> s.status() == status).findFirst().orElseThrow();
        out.append("<li><span class=\"id\">").append(esc(proposal.id().value())).append("</span> ")
            .append(esc(proposal.text()));
        step.reason().ifPresent(r -> out.append(" <span class=\"reason\">— ").append(t("proposals.reason")).append(' ')
            .append(esc(r)).append("</span>"));
        step.recipient().ifPresent(r -> out.append(" <span class=\"reason\">→ ").append(esc(r)).append("</span>"));
        out.append(" <span class=\"when\">(").append(esc(date(step.at()).toString())).append(")</span></li>");
      }
      out.append("</ul>\n");
    }
    out.append("</section>\n");
  }

  // --- Feedback -------------------------------------------------------------------------

  private void feedback() {
    section("feedback");
    CriterionAssessment given = evaluation.assessment(SuccessCriterion.FEEDBACK_GIVEN);
    out.append("<p data-feedback-achieved=\"").append(given.achieved()).append("\" data-feedback-out-of=\"")
        .append(given.outOf()).append("\">").append(t("feedback.summary", given.achieved(), given.outOf())).append(' ')
        .append(resultWord(given.result())).append("</p>\n");
    meter(given.achieved(), given.outOf(), ReportTexts.in(language, "feedback.meter", given.achieved(), given.outOf()));
    out.append("<ul>");
    given.evidence().forEach(e -> out.append("<li>").append(esc(e.in(language))).append("</li>"));
    out.append("</ul>\n");
    out.append("<table><caption>").append(t("feedback.tableCaption")).append("</caption><thead><tr>")
        .append("<th scope=\"col\">").append(t("feedback.when")).append("</th>")
        .append("<th scope=\"col\">").append(t("feedback.audience")).append("</th>")
        .append("<th scope=\"col\">").append(t("feedback.channel")).append("</th>")
        .append("<th scope=\"col\" class=\"num\">").append(t("feedback.reached")).append("</th></tr></thead><tbody>");
    for (FeedbackDelivery delivery : process.feedback()) {
      String reached = switch (delivery.audience()) {
        case PARTICIPANTS -> String.valueOf(delivery.participants().size());
        case DECISION_MAKERS -> esc(String.join(", ", delivery.decisionMakers()));
        case ANONYMOUS_CHANNEL -> t("feedback.everyoneThere");
      };
      out.append("<tr><td>").append(esc(date(delivery.at()).toString())).append("</td><td>")
          .append(esc(delivery.audience().label().in(language))).append("</td><td>").append(esc(channel(delivery.channel())))
          .append("</td><td class=\"num\">").append(reached).append("</td></tr>");
    }
    if (process.feedback().isEmpty()) {
      out.append("<tr><td colspan=\"4\" class=\"gap\">").append(t("feedback.none")).append("</td></tr>");
    }
    out.append("</tbody></table>\n</section>\n");
  }

  /**
   * A feedback channel as the report may show it: a shared channel by its name, a participant's
   * own channel (which may be a telephone number) only as such.
   */
  private String channel(String channel) {
    for (se.participation.api.Participant participant : process.participants().values()) {
      if (participant.feedbackChannel().filter(channel::equals).isPresent()) {
        return ReportTexts.in(language, "feedback.ownChannel");
      }
    }
    return channel;
  }

  private void meter(int achieved, int outOf, String label) {
    int width = 400;
    int filled = outOf == 0 ? 0 : (int) Math.round(width * (double) achieved / outOf);
    out.append("<svg class=\"meter\" xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 ").append(width + 2)
        .append(" 22\" role=\"img\" aria-label=\"").append(esc(label)).append("\"><rect x=\"1\" y=\"1\" width=\"")
        .append(width).append("\" height=\"20\" fill=\"#fff\" stroke=\"#333\"/><rect class=\"bar\" x=\"1\" y=\"1\" width=\"")
        .append(filled).append("\" height=\"20\"/></svg>\n");
  }

  private String resultWord(CriterionResult result) {
    String mark = switch (result) {
      case MET -> "✓";
      case PARTLY_MET -> "◐";
      case NOT_MET -> "✗";
      case NOT_APPLICABLE -> "–";
    };
    String css = switch (result) {
      case MET -> "ok";
      case PARTLY_MET -> "partly";
      case NOT_MET -> "bad";
      case NOT_APPLICABLE -> "unknown";
    };
    return "<span class=\"" + css + "\">" + mark + " " + esc(result.label().in(language)) + "</span>";
  }

  // --- Criteria and findings ------------------------------------------------------------

  private void criteria() {
    section("criteria");
    out.append("<p>").append(t(evaluation.successful() ? "criteria.successful" : "criteria.notSuccessful")).append("</p>\n");
    for (SuccessCriterion criterion : SuccessCriterion.values()) {
      CriterionAssessment assessment = evaluation.assessment(criterion);
      out.append("<article class=\"criterion\" data-criterion=\"").append(criterion.name()).append("\" data-achieved=\"")
          .append(assessment.achieved()).append("\" data-out-of=\"").append(assessment.outOf()).append("\"><h3>")
          .append(esc(criterion.label().in(language))).append("</h3><p>").append(resultWord(assessment.result()))
          .append(" — ").append(t("criteria.count", assessment.achieved(), assessment.outOf())).append("</p>");
      meter(assessment.achieved(), assessment.outOf(),
          ReportTexts.in(language, "criteria.count", assessment.achieved(), assessment.outOf()));
      out.append("<ul>");
      assessment.evidence().forEach(e -> out.append("<li>").append(esc(e.in(language))).append("</li>"));
      out.append("</ul></article>\n");
    }
    out.append("</section>\n");
  }

  private void findings() {
    section("findings");
    Map<Part, List<Finding>> byPart = new LinkedHashMap<>();
    for (Part part : verdict.judgedParts()) {
      byPart.put(part, verdict.findings(part));
    }
    out.append("<table><caption>").append(t("findings.summaryCaption")).append("</caption><thead><tr>")
        .append("<th scope=\"col\">").append(t("timeline.part")).append("</th>");
    for (Severity severity : Severity.values()) {
      out.append("<th scope=\"col\" class=\"num\">").append(severityWord(severity)).append("</th>");
    }
    out.append("</tr></thead><tbody>");
    for (Map.Entry<Part, List<Finding>> entry : byPart.entrySet()) {
      out.append("<tr data-part=\"").append(entry.getKey().name()).append("\"><th scope=\"row\">")
          .append(esc(entry.getKey().label().in(language))).append("</th>");
      for (Severity severity : Severity.values()) {
        long count = entry.getValue().stream().filter(f -> f.severity() == severity).count();
        out.append("<td class=\"num\" data-severity=\"").append(severity.name()).append("\">").append(count).append("</td>");
      }
      out.append("</tr>");
    }
    out.append("</tbody></table>\n");
    for (Map.Entry<Part, List<Finding>> entry : byPart.entrySet()) {
      out.append("<h3>").append(esc(entry.getKey().label().in(language))).append("</h3>");
      if (entry.getValue().isEmpty()) {
        out.append("<p>").append(t("findings.none")).append("</p>");
        continue;
      }
      out.append("<ul class=\"findings\">");
      for (Finding finding : entry.getValue()) {
        out.append("<li class=\"").append(finding.severity().name().toLowerCase(Locale.ROOT)).append("\">")
            .append(severityWord(finding.severity())).append(" <span class=\"rule\">")
            .append(esc(finding.ruleId().value())).append("</span> ").append(esc(finding.message().in(language)));
        finding.advice().ifPresent(a -> out.append("<br/><span class=\"advice\">").append(t("findings.advice"))
            .append(' ').append(esc(a.in(language))).append("</span>"));
        out.append("</li>");
      }
      out.append("</ul>\n");
    }
    out.append("<h3>").append(t("findings.gaps")).append("</h3>");
    if (verdict.gaps().isEmpty()) {
      out.append("<p>").append(t("findings.noGaps")).append("</p>\n");
    } else {
      out.append("<ul class=\"gaps\">");
      for (Verdict.Gap gap : verdict.gaps()) {
        out.append("<li class=\"gap\">").append(t("findings.gapMark")).append(' ')
            .append(esc(gap.part().label().in(language))).append(": ").append(esc(gap.text().in(language))).append("</li>");
      }
      out.append("</ul>\n");
    }
    out.append("</section>\n");
  }

  private String severityWord(Severity severity) {
    String mark = switch (severity) {
      case BLOCKING -> "■";
      case WARNING -> "▲";
      case ADVICE -> "●";
    };
    return "<span class=\"sev-" + severity.name().toLowerCase(Locale.ROOT) + "\">" + mark + " "
        + esc(severity.label().in(language)) + "</span>";
  }

  private static LocalDate date(Instant instant) {
    return instant.atZone(ZONE).toLocalDate();
  }
}
