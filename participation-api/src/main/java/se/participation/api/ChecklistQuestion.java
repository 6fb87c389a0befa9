// Copyright 2026 The Participation SDK authors
// SPDX-License-Identifier: Apache-2.0
package se.participation.api;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import se.participation.api.internal.ApiTexts;
import se.participation.api.text.Labelled;
import se.participation.api.text.LocalizedText;

/**
 * Every question of the handbook's appendix, "Bilaga – Checklista för dialog", with a stable id
 * such as {@code BESLUT-4}, the part it is listed under and the kind of answer it takes.
 *
 * <p>The Swedish text is the handbook's wording; the English text is a translation. None is
 * invented: the catalogue is the appendix, in its order. The decision questions are answered with
 * {@link ChecklistAnswer}; the others are answered by the elements of a {@link Plan}.
 */
public enum ChecklistQuestion implements Labelled {
  /** Can the decision makers be influenced on the question the dialogue is about? */
  BESLUT_1(Part.BESLUT, AnswerKind.YES_NO, ""),
  /** Can the decision or the question be influenced? */
  BESLUT_2(Part.BESLUT, AnswerKind.YES_NO, ""),
  /** Is holding a dialogue anchored with those who can decide about it? */
  BESLUT_3(Part.BESLUT, AnswerKind.YES_NO, ""),
  /** Is there time for a dialogue before measures are taken? */
  BESLUT_4(Part.BESLUT, AnswerKind.YES_NO, ""),
  /** Are resources set aside for the dialogue? */
  BESLUT_5(Part.BESLUT, AnswerKind.YES_NO, ""),
  /** Why do we want to hold a dialogue? */
  PLANERING_1(Part.PLANERING, AnswerKind.TEXT, "purpose"),
  /** Which questions do we want answered, and how do we want to use the answers? */
  PLANERING_2(Part.PLANERING, AnswerKind.QUESTIONS, "questions"),
  /** How do we phrase the question to get a useful result? */
  PLANERING_3(Part.PLANERING, AnswerKind.TEXT, "phrasedQuestion"),
  /** What can residents expect of the dialogue: which degree of participation? */
  PLANERING_4(Part.PLANERING, AnswerKind.LEVEL, "promisedLevel"),
  /** What does the timeline look like; which dates apply to each part? */
  PLANERING_5(Part.PLANERING, AnswerKind.DATE_RANGES, "timeline"),
  /** How will we carry out the dialogue? */
  PLANERING_6(Part.PLANERING, AnswerKind.TEXT, "method"),
  /** Who is responsible for the dialogue? */
  PLANERING_7(Part.PLANERING, AnswerKind.PEOPLE, "responsible"),
  /** Does the question concern other administrations, departments or units; can we coordinate? */
  PLANERING_8(Part.PLANERING, AnswerKind.YES_NO_TEXT, "coordination"),
  /** Which groups must we reach, which are hard to reach, and how do we reach them? */
  PLANERING_9(Part.PLANERING, AnswerKind.GROUPS, "targetGroups"),
  /** Is it desirable that politicians take part in some part of the process? */
  PLANERING_10(Part.PLANERING, AnswerKind.YES_NO_TEXT, "politicians"),
  /** Is the dialogue facilitated by an internal or an external person? */
  PLANERING_11(Part.PLANERING, AnswerKind.INTERNAL_EXTERNAL, "facilitator"),
  /** How do we communicate the dialogue internally and externally? */
  PLANERING_12(Part.PLANERING, AnswerKind.TEXT, "communication"),
  /** How do we handle matters that come up but do not concern the dialogue? */
  PLANERING_13(Part.PLANERING, AnswerKind.TEXT, "offTopicHandling"),
  /** Which risks are there? Potential conflicts? */
  PLANERING_14(Part.PLANERING, AnswerKind.TEXT, "risks"),
  /** How will we document what comes out of the dialogue? */
  GENOMFORANDE_1(Part.GENOMFORANDE, AnswerKind.TEXT, "documentation"),
  /** How will we compile the result of the dialogue? */
  ATERKOPPLING_1(Part.ATERKOPPLING, AnswerKind.TEXT, "compilation"),
  /** How do we feed the result back to participants and decision makers? */
  ATERKOPPLING_2(Part.ATERKOPPLING, AnswerKind.TEXT, "feedback"),
  /** Should the residents evaluate their part in the dialogue? */
  UTVARDERING_1(Part.UTVARDERING, AnswerKind.YES_NO, "evaluation.residentsEvaluate"),
  /** What and how will we evaluate; did we reach the goals we set in the planning? */
  UTVARDERING_2(Part.UTVARDERING, AnswerKind.TEXT, "evaluation.whatAndHow"),
  /** How do we share our experience with our colleagues? */
  UTVARDERING_3(Part.UTVARDERING, AnswerKind.TEXT, "evaluation.sharing");

  private final Part part;
  private final AnswerKind answerKind;
  private final String planElement;

  ChecklistQuestion(Part part, AnswerKind answerKind, String planElement) {
    this.part = part;
    this.answerKind = answerKind;
    this.planElement = planElement;
  }

  /** The stable id, such as {@code BESLUT-4} or {@code PLANERING-12}. */
  public String id() {
    return name().replace('_', '-');
  }

  /** The part of the process the appendix lists this question under. */
  public Part part() {
    return part;
  }

  /** The kind of answer the question takes. */
  public AnswerKind answerKind() {
    return answerKind;
  }

  /** The question in Swedish (the handbook's wording) and English. */
  public LocalizedText text() {
    return ApiTexts.label(this);
  }

  /**
   * The element of {@link Plan} that answers the question, such as {@code "purpose"} or {@code
   * "evaluation.sharing"}; empty for the decision questions, which {@link ChecklistAnswer}s
   * answer.
   */
  public Optional<String> planElement() {
    return planElement.isEmpty() ? Optional.empty() : Optional.of(planElement);
  }

  /** The question's text, as {@link #text()}. */
  @Override
  public LocalizedText label() {
    return text();
  }

  /** The questions of one part, in the appendix's order. */
  public static List<ChecklistQuestion> of(Part part) {
    List<ChecklistQuestion> result = new ArrayList<>();
    for (ChecklistQuestion question : values()) {
      if (question.part == part) {
        result.add(question);
      }
    }
    return Collections.unmodifiableList(result);
  }

  /** The five yes/no questions of the decision checklist. */
  public static List<ChecklistQuestion> decisionQuestions() {
    return of(Part.BESLUT);
  }

  /** The question with a stable id such as {@code "BESLUT-4"}, if there is one. */
  public static Optional<ChecklistQuestion> byId(String id) {
    for (ChecklistQuestion question : values()) {
      if (question.id().equals(id)) {
        return Optional.of(question);
      }
    }
    return Optional.empty();
  }
}
