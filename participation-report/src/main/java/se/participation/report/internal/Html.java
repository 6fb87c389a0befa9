// Copyright 2026 The Participation SDK authors
// SPDX-License-Identifier: Apache-2.0
package se.participation.report.internal;

/**
 * Text made safe for HTML and SVG: every character that could open markup or end an attribute
 * is escaped, and control characters (other than line breaks and tabs) are dropped, so that no
 * text from a record can add an element, an attribute or a script to the report.
 */
public final class Html {
  private Html() {}

  /** The text escaped for an element's content or a quoted attribute value. */
  public static String esc(String text) {
    StringBuilder out = new StringBuilder(text.length() + 16);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '&' -> out.append("&amp;");
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '"' -> out.append("&quot;");
        case '\'' -> out.append("&#39;");
        default -> {
          if (c == '\n' || c == '\t' || !Character.isISOControl(c)) {
            out.append(c);
          }
        }
      }
    }
    return out.toString();
  }

  /** An identifier usable in an {@code id} attribute and a fragment link: letters, digits and '-'. */
  public static String id(String prefix, String value) {
    StringBuilder out = new StringBuilder(prefix);
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      out.append(c < 128 && Character.isLetterOrDigit(c) ? c : '-');
    }
    return out.toString();
  }
}
