// Copyright 2026 The Participation SDK authors
// SPDX-License-Identifier: Apache-2.0
package se.participation.report.internal;

/**
 * The report's style sheet, inline so that the file needs nothing else. Colours have a contrast
 * of at least 4.5:1 against their background and never carry meaning alone: every state also has
 * a word and a mark (✓ ◐ ✗, ■ ▲ ●). Printed, the page is A4 with each section on its own page.
 */
final class Style {
  private Style() {}

  static final String CSS = """
      :root { color: #1b1b1b; background: #ffffff; font-family: system-ui, "Segoe UI", Roboto, Arial, sans-serif; }
      body { margin: 0; line-height: 1.5; }
      main { max-width: 60rem; margin: 0 auto; padding: 1.5rem; }
      h1 { font-size: 1.9rem; margin: 0.2rem 0; }
      h2 { font-size: 1.4rem; border-bottom: 2px solid #1b1b1b; padding-bottom: 0.2rem; margin-top: 2.5rem; }
      h3 { font-size: 1.1rem; margin-top: 1.5rem; }
      .kicker { text-transform: uppercase; letter-spacing: 0.06em; font-size: 0.85rem; color: #4a4a4a; margin: 0; }
      .question { font-size: 1.15rem; font-style: italic; }
      a { color: #0b4f9c; }
      a:focus { outline: 3px solid #0b4f9c; outline-offset: 2px; }
      dl.facts { display: grid; grid-template-columns: max-content 1fr; gap: 0.3rem 1.2rem; }
      dl.facts dt { font-weight: 600; }
      dl.facts dd { margin: 0; }
      table { border-collapse: collapse; width: 100%; margin: 1rem 0; }
      caption { text-align: left; font-weight: 600; padding: 0.3rem 0; }
      th, td { border: 1px solid #8a8a8a; padding: 0.3rem 0.5rem; text-align: left; vertical-align: top; }
      thead th { background: #e9ecef; }
      .num { text-align: right; }
      figure { margin: 1rem 0; }
      figcaption { font-size: 0.9rem; color: #3d3d3d; }
      svg { max-width: 100%; height: auto; }
      svg text { fill: #1b1b1b; font-size: 13px; font-family: inherit; }
      svg text.quadrant-label, svg text.part { font-weight: 600; }
      svg text.priority { font-weight: 700; fill: #6b4500; }
      svg text.axis { font-size: 13px; fill: #3d3d3d; }
      svg a text.count { fill: #0b4f9c; text-decoration: underline; font-weight: 700; }
      svg .planned { fill: #ffffff; stroke: #1b1b1b; stroke-width: 2; }
      svg .actual { fill: #2f5f8f; }
      svg .bar { fill: #2f5f8f; }
      svg .meeting { fill: #1b1b1b; }
      svg .feedback { fill: #ffffff; stroke: #1b1b1b; stroke-width: 2; }
      svg.meter { width: 25rem; display: block; margin: 0.3rem 0; }
      .ok { color: #1e6b30; font-weight: 600; }
      .partly { color: #6b4500; font-weight: 600; }
      .bad, .sev-blocking { color: #a4000f; font-weight: 600; }
      .sev-warning { color: #6b4500; font-weight: 600; }
      .sev-advice { color: #1d4f91; font-weight: 600; }
      .unknown { color: #4a4a4a; font-style: italic; }
      .gap { color: #a4000f; }
      ul.findings li, ul.proposals li { margin: 0.3rem 0; }
      .rule, .id { font-family: ui-monospace, monospace; font-size: 0.9em; }
      .reason, .when, .advice { color: #3d3d3d; }
      article.criterion { border-left: 4px solid #2f5f8f; padding-left: 0.8rem; margin: 1rem 0; }
      nav ol { columns: 2; }
      footer { margin-top: 3rem; font-size: 0.85rem; color: #3d3d3d; }
      @page { size: A4; margin: 18mm 16mm; }
      @media print {
        main { max-width: none; padding: 0; }
        nav { display: none; }
        section { break-before: page; }
        figure, table, article { break-inside: avoid; }
        a { color: #1b1b1b; text-decoration: none; }
      }
      """;
}
