// Copyright 2026 The Participation SDK authors
// SPDX-License-Identifier: Apache-2.0
package se.participation.core.internal;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import se.participation.api.ChecklistAnswer;
import se.participation.api.ChecklistQuestion;
import se.participation.api.DateRange;
import se.participation.api.EngagementLevel;
import se.participation.api.IdentityMode;
import se.participation.api.Meeting;
import se.participation.api.OffTopicMatter;
import se.participation.api.Part;
import se.participation.api.Participant;
import se.participation.api.ParticipantId;
import se.participation.api.ParticipantRole;
import se.participation.api.ParticipationProcess;
import se.participation.api.Plan;
import se.participation.api.Proposal;
import se.participation.api.ResidentInvolvement;
import se.participation.api.Severity;
import se.participation.api.TargetGroup;
import se.participation.api.rule.RuleSet;

/**
 * The handbook's rule set: every rule with its id, part, severity, the passage it rests on, and
 * its check. {@code docs/handbook-rules.md} lists the same rules with the tests that prove them.
 */
public final class HandbookRuleCatalog {
  /** The name of the handbook's rule set. */
  public static final String NAME = "helsingborg-handbok-2016";

  /** The version of the handbook's rule set; raised whenever a rule changes. */
  public static final String VERSION = "1.2.0";

  private static final String APPENDIX = "Bilaga – Checklista för dialog";
  private static final String NO_DIALOGUE =
      "→ Vid nej på någon av ovanstående frågor ska ni inte genomföra invånardialog, om inte"
          + " förutsättningarna förändras. Fundera över om behovet av invånarkontakt istället kan"
          + " täckas av information eller konsultation.";

  /** The level definition of Medskapande, which two rules rest on. */
  private static final String MEDSKAPANDE = "Medskapande: \"Vid medskapande dialog deltar invånarna under en stor del"
      + " av processen, allt från problemidentifiering och planering av arbetet till genomförande av aktiviteter och"
      + " utvärdering.\"";

  /** The name of the strict profile. */
  public static final String STRICT_NAME = NAME + "-strict";

  /**
   * The handbook's severity of each rule, and the word of the handbook that sets it ("ska" →
   * blocking; "viktigt", "av yttersta vikt", "bör" and words as strong → warning; "gärna", "kan",
   * "ett stöd", "bra med", "oftast" → advice). A rule missing here has no handbook basis for any
   * severity and is in the strict profile only.
   */
  private static final Map<String, Object[]> HANDBOOK = handbookSeverities();

  private static final List<HandbookRule> STRICT = strictProfile(build());
  private static final RuleSet RULES = RuleSet.of(NAME, VERSION, handbookProfile(STRICT));
  private static final RuleSet STRICT_RULES = RuleSet.of(STRICT_NAME, VERSION, STRICT);

  private HandbookRuleCatalog() {}

  /** The handbook's rule set: each rule at the severity the handbook's own words give it. */
  public static RuleSet ruleSet() {
    return RULES;
  }

  /**
   * The strict profile: the same rules, with every planning question, feedback and evaluation
   * rule blocking, and PLANERING-TIDPLAN-ORDNING (the library's own practice), for those who want
   * a gate.
   */
  public static RuleSet strictRuleSet() {
    return STRICT_RULES;
  }

  /** Each rule at least as severe as the handbook makes it: the strict profile never relaxes it. */
  private static List<HandbookRule> strictProfile(List<HandbookRule> built) {
    List<HandbookRule> rules = new ArrayList<>();
    for (HandbookRule rule : built) {
      Object[] entry = HANDBOOK.get(rule.id().value());
      Severity handbook = entry == null ? rule.severity() : (Severity) entry[0];
      rules.add(handbook.compareTo(rule.severity()) < 0 ? rule.at(handbook, "") : rule);
    }
    return rules;
  }

  private static List<HandbookRule> handbookProfile(List<HandbookRule> strict) {
    List<HandbookRule> rules = new ArrayList<>();
    for (HandbookRule rule : strict) {
      Object[] entry = HANDBOOK.get(rule.id().value());
      if (entry != null) {
        rules.add(rule.at((Severity) entry[0], (String) entry[1]));
      }
    }
    return rules;
  }

  private static Map<String, Object[]> handbookSeverities() {
    Map<String, Object[]> m = new java.util.LinkedHashMap<>();
    for (ChecklistQuestion question : ChecklistQuestion.decisionQuestions()) {
      m.put(question.id(), new Object[] {Severity.BLOCKING, "ska ni inte"});
    }
    String planning = "viktig (\"Planeringen är viktig för dialogens framgång; allt från syfte, frågeformulering,"
        + " metodval och målgruppsanalys till kommunikationsplan, tidplan\")";
    String decided = "viktigt (Beslut: \"Det är även viktigt att besluta om vilken fråga vi ska ha dialog, vilken"
        + " grad av deltagande vi vill uppnå hos invånarna samt hur resultatet är tänkt att användas\")";
    String support = "ett stöd (\"Den här checklisten är ett stöd\"; the body text says no more)";
    m.put("BESLUT-MANDAT", new Object[] {Severity.WARNING, "viktigt (\"Därför är det viktigt att som tjänsteperson ta"
        + " reda på vilket mandat som finns\")"});
    m.put("PLANERING-1", new Object[] {Severity.WARNING, planning});
    m.put("PLANERING-2", new Object[] {Severity.WARNING, decided});
    m.put("PLANERING-3", new Object[] {Severity.WARNING, planning});
    m.put("PLANERING-4", new Object[] {Severity.WARNING, decided});
    m.put("PLANERING-5", new Object[] {Severity.WARNING, planning});
    m.put("PLANERING-6", new Object[] {Severity.WARNING, planning});
    m.put("PLANERING-7", new Object[] {Severity.WARNING, "viktigt (Beslut: \"Med ett välgrundat beslut kan vi tydliggöra"
        + " vilket inflytande deltagarna i invånardialogen kan förvänta sig samt vem som har ansvar\")"});
    m.put("PLANERING-8", new Object[] {Severity.ADVICE, support});
    m.put("PLANERING-9", new Object[] {Severity.WARNING, "av yttersta vikt (\"Av yttersta vikt är att vi analyserar"
        + " vilka som är berörda av frågan\")"});
    m.put("PLANERING-10", new Object[] {Severity.ADVICE, support});
    m.put("PLANERING-11", new Object[] {Severity.ADVICE, support});
    m.put("PLANERING-12", new Object[] {Severity.WARNING, planning});
    m.put("PLANERING-13", new Object[] {Severity.ADVICE, support});
    m.put("PLANERING-14", new Object[] {Severity.ADVICE, support});
    m.put("PLANERING-NIVA-BESLUT", new Object[] {Severity.BLOCKING, "ska ni inte"});
    m.put("PLANERING-NIVA-ANDRAD", new Object[] {Severity.WARNING, decided});
    m.put("PLANERING-PRIORITERAD-GRUPP", new Object[] {Severity.BLOCKING, "ska (\"De invånare som vi ska lägga extra krut"
        + " på att nå\")"});
    m.put("PLANERING-SVARNADDA", new Object[] {Severity.WARNING, "behöver (\"För att nå ut till rätt personer behöver vi"
        + " ibland göra speciella insatser\")"});
    m.put("GENOMFORANDE-1", new Object[] {Severity.WARNING, "viktigt (\"Det är även viktigt att vi dokumenterar det som"
        + " kommer fram i invånardialogen\")"});
    m.put("ATERKOPPLING-1", new Object[] {Severity.ADVICE, support});
    m.put("ATERKOPPLING-2", new Object[] {Severity.WARNING, "allra bäst (\"Allra bäst är det om vi informerar om hur"
        + " återkopplingen kommer att ske redan innan vi genomför själva dialogen\")"});
    m.put("UTVARDERING-1", new Object[] {Severity.ADVICE, support});
    m.put("UTVARDERING-2", new Object[] {Severity.WARNING, "viktigt (\"Därför är det viktigt att vi analyserar och"
        + " utvärderar arbetet\")"});
    m.put("UTVARDERING-3", new Object[] {Severity.WARNING, "viktigt (foreword: \"det är viktigt att vi delar med oss av"
        + " våra erfarenheter till varandra\")"});
    m.put("PLANERING-DELAKTIGHET", new Object[] {Severity.ADVICE, "oftast (\"oftast med en längre tidshorisont\")"});
    m.put("PLANERING-MEDSKAPANDE", new Object[] {Severity.WARNING, "deltar (the level's definition: \"Vid medskapande"
        + " dialog deltar invånarna under en stor del av processen\")"});
    m.put("GENOMFORANDE-MOTE", new Object[] {Severity.BLOCKING, "är (the definition: \"Invånardialog är ett organiserat"
        + " samtal\")"});
    m.put("GENOMFORANDE-DOKUMENTATION", new Object[] {Severity.WARNING, "viktigt (\"Det är även viktigt att vi dokumenterar"
        + " det som kommer fram i invånardialogen, gärna i både text och bild\")"});
    m.put("GENOMFORANDE-TEXT-OCH-BILD", new Object[] {Severity.ADVICE, "gärna (\"gärna i både text och bild\")"});
    m.put("GENOMFORANDE-DETALJERAD-TIDPLAN", new Object[] {Severity.ADVICE, "bra med (\"är det bra med en detaljerad"
        + " tidplan\")"});
    m.put("GENOMFORANDE-SIDOFRAGOR", new Object[] {Severity.WARNING, "centralt (\"Centralt i genomförandet är att ... hålla"
        + " sig till den eller de frågor som dialogen är tänkt att kretsa kring\")"});
    m.put("GENOMFORANDE-DELAKTIGHET", new Object[] {Severity.ADVICE, "oftast (\"oftast med en längre tidshorisont\")"});
    String risk = "riskerar (\"Om vi misslyckas med återkopplingen riskerar vi ett minskat engagemang inför framtida"
        + " dialoger\")";
    m.put("ATERKOPPLING-SLUTSTATUS", new Object[] {Severity.WARNING, risk});
    m.put("ATERKOPPLING-DELTAGARE", new Object[] {Severity.WARNING, risk});
    m.put("ATERKOPPLING-BESLUTSFATTARE", new Object[] {Severity.ADVICE, support});
    m.put("ATERKOPPLING-ANONYMA", new Object[] {Severity.WARNING, "none in the handbook: the library's, from seed 004"
        + " (residents fear reprisals) and \"har återkopplat till dem som deltog\""});
    m.put("UTVARDERING-GENOMFORD", new Object[] {Severity.WARNING, "viktigt (\"Därför är det viktigt att vi analyserar och"
        + " utvärderar arbetet\")"});
    m.put("UTVARDERING-INVANARE", new Object[] {Severity.ADVICE, "kan (\"kan också med fördel göras tillsammans med"
        + " invånare\")"});
    m.put("MEDSKAPANDE-I-PRAKTIKEN", new Object[] {Severity.WARNING, "deltar (the level's definition: \"Vid medskapande"
        + " dialog deltar invånarna under en stor del av processen\")"});
    m.put("UTVARDERING-MEDSKAPANDE", new Object[] {Severity.WARNING, "deltar (the level's definition: \"allt från"
        + " problemidentifiering ... till genomförande av aktiviteter och utvärdering\")"});
    return java.util.Collections.unmodifiableMap(m);
  }

  private static List<HandbookRule> build() {
    List<HandbookRule> rules = new ArrayList<>();
    Predicate<ParticipationProcess> runAsDialogue = ParticipationProcess::dialogue;
    Predicate<ParticipationProcess> dialogue = ParticipationProcess::isDialogue;

    // Beslut: the five yes/no questions. They apply while the process is run as a dialogue.
    for (ChecklistQuestion question : ChecklistQuestion.decisionQuestions()) {
      rules.add(
          new HandbookRule(
              question.id(),
              Part.BESLUT,
              Severity.BLOCKING,
              APPENDIX + ", Beslut: \"" + question.text().sv() + "\" " + NO_DIALOGUE,
              runAsDialogue,
              (process, findings) -> {
                ChecklistAnswer answer = process.decisionAnswers().get(question);
                if (answer == null) {
                  if (!findings.gapIfUndocumented(process, question)) {
                    findings.report("unanswered", question.id(), question.text());
                  }
                } else if (!answer.yes()) {
                  findings.report("no", question.id(), question.text());
                }
              }));
    }

    // Beslut: the mandate, which the official is to find out before the question is decided.
    rules.add(
        new HandbookRule(
            "BESLUT-MANDAT",
            Part.BESLUT,
            Severity.BLOCKING,
            "Beslut: \"Om inte frågan och/eller beslutsfattarna kan påverkas så går det inte att ha"
                + " någon meningsfull dialog. Därför är det viktigt att som tjänsteperson ta reda på"
                + " vilket mandat som finns för att genomföra en dialog kring den aktuella frågan.\"",
            runAsDialogue,
            (process, findings) -> {
              if (process.mandate().isEmpty()) {
                findings.report("missing", "mandate");
              }
            }));

    // Planering: each planning question of the appendix answered in the plan.
    // PLANERING-4 also demands a dialogue level, and applies while run as a dialogue.
    for (ChecklistQuestion question : ChecklistQuestion.of(Part.PLANERING)) {
      rules.add(
          question == ChecklistQuestion.PLANERING_4
              ? promisedLevel(runAsDialogue)
              : answered(question, Part.PLANERING, Severity.BLOCKING, dialogue));
    }
    // The level decided in Beslut holds in the plan: a "no" in Beslut cannot become a dialogue
    // promise, and a plan does not silently change the degree of participation decided.
    rules.add(
        new HandbookRule(
            "PLANERING-NIVA-BESLUT",
            Part.PLANERING,
            Severity.BLOCKING,
            APPENDIX + ", Beslut: " + NO_DIALOGUE,
            process -> !process.dialogue(),
            (process, findings) -> {
              Optional<EngagementLevel> promised = process.plan().promisedLevel();
              if (promised.isPresent() && promised.get().isDialogue()) {
                findings.report("dialoguePromised", "PLANERING-4", promised.get(), process.level());
              }
            }));
    rules.add(
        new HandbookRule(
            "PLANERING-NIVA-ANDRAD",
            Part.PLANERING,
            Severity.WARNING,
            "Beslut: \"Det är även viktigt att besluta om vilken fråga vi ska ha dialog, vilken grad av"
                + " deltagande vi vill uppnå hos invånarna samt hur resultatet är tänkt att användas.\"",
            ParticipationProcess::dialogue,
            (process, findings) -> {
              Optional<EngagementLevel> promised = process.plan().promisedLevel();
              if (promised.isPresent() && promised.get().isDialogue() && promised.get() != process.intendedLevel()) {
                findings.report("changed", "PLANERING-4", promised.get(), process.intendedLevel());
              }
            }));
    rules.add(
        new HandbookRule(
            "PLANERING-TIDPLAN-ORDNING",
            Part.PLANERING,
            Severity.BLOCKING,
            APPENDIX
                + ", Planering: \"Hur ser tidplanen ut? Vilka datum gäller för respektive del i"
                + " dialogen?\" Beslut, Genomförande, Återkoppling, Utvärdering: Start, Slut; and"
                + " \"Invånardialogens delar\": the parts follow each other.",
            dialogue,
            (process, findings) -> {
              Part previous = null;
              DateRange previousRange = null;
              for (Part part : Part.values()) {
                Optional<DateRange> range = process.plan().timeline().period(part);
                if (range.isEmpty()) {
                  continue;
                }
                if (previous != null
                    && previousRange != null
                    && range.get().start().isBefore(previousRange.end())) {
                  findings.report(
                      "overlap",
                      part.name(),
                      part,
                      range.get().start(),
                      previous,
                      previousRange.end());
                }
                previous = part;
                previousRange = range.get();
              }
            }));
    rules.add(
        new HandbookRule(
            "PLANERING-PRIORITERAD-GRUPP",
            Part.PLANERING,
            Severity.BLOCKING,
            "Representationsmodellen: \"De invånare som vi ska lägga extra krut på att nå i"
                + " invånardialogen är personerna i nedre högra hörnet som i hög grad berörs av"
                + " frågan men som har en låg aktivitet i samhället.\"",
            dialogue,
            (process, findings) -> {
              Plan plan = process.plan();
              boolean addressed =
                  plan.targetGroups().stream().anyMatch(g -> g.quadrant().isPriority() && !g.mirrorsPopulation());
              if (!addressed && plan.priorityQuadrantAbsence().isEmpty()
                  && !(plan.targetGroups().isEmpty() && findings.gapIfUndocumented(process, ChecklistQuestion.PLANERING_9))) {
                findings.report("missing", "PLANERING-9");
              }
              // "lägga extra krut på att nå": placing the group is not enough, the plan says how.
              for (TargetGroup group : plan.targetGroups()) {
                if (group.quadrant().isPriority() && !group.mirrorsPopulation() && group.outreach().isEmpty()) {
                  findings.report("noEffort", "target group " + group.id(), group.name());
                }
              }
            }));
    rules.add(
        new HandbookRule(
            "PLANERING-SVARNADDA",
            Part.PLANERING,
            Severity.BLOCKING,
            APPENDIX
                + ", Planering: \"Vilka tror vi är svåra att nå? Hur når vi dem?\"; Planering: \"För"
                + " att nå ut till rätt personer behöver vi ibland göra speciella insatser\"",
            dialogue,
            (process, findings) -> {
              for (TargetGroup group : process.plan().targetGroups()) {
                if (group.hardToReach() && group.outreach().isEmpty()) {
                  findings.report("noOutreach", group.id().value(), group.name());
                }
              }
            }));
    rules.add(answered(ChecklistQuestion.GENOMFORANDE_1, Part.PLANERING, Severity.BLOCKING, dialogue));
    rules.add(answered(ChecklistQuestion.ATERKOPPLING_1, Part.PLANERING, Severity.WARNING, dialogue));
    rules.add(
        new HandbookRule(
            "ATERKOPPLING-2",
            Part.PLANERING,
            Severity.BLOCKING,
            APPENDIX
                + ", Återkoppling: \"Hur återkopplar vi resultatet till deltagare och"
                + " beslutsfattare?\"; Återkoppling: \"Allra bäst är det om vi informerar om hur"
                + " återkopplingen kommer att ske redan innan vi genomför själva dialogen.\"",
            dialogue,
            (process, findings) -> {
              if (process.plan().feedback().isEmpty()) {
                if (!findings.gapIfUndocumented(process, ChecklistQuestion.ATERKOPPLING_2)) {
                  findings.report("missing", "ATERKOPPLING-2");
                }
              }
            }));
    rules.add(answered(ChecklistQuestion.UTVARDERING_1, Part.PLANERING, Severity.WARNING, dialogue));
    rules.add(
        new HandbookRule(
            "UTVARDERING-2",
            Part.PLANERING,
            Severity.WARNING,
            APPENDIX
                + ", Utvärdering: \"Vad ska vi utvärdera? Hur ska vi utvärdera? Har vi uppnått de"
                + " mål vi formulerade i planeringen?\"",
            dialogue,
            (process, findings) -> {
              boolean noPlan = process.plan().evaluation().isEmpty();
              boolean noGoal = process.plan().expectedResult().isEmpty();
              if ((noPlan || noGoal) && findings.gapIfUndocumented(process, ChecklistQuestion.UTVARDERING_2)) {
                return;
              }
              if (noPlan) {
                findings.report("noPlan", "UTVARDERING-2");
              }
              if (noGoal) {
                findings.report("noGoal", "UTVARDERING-2");
              }
            }));
    rules.add(answered(ChecklistQuestion.UTVARDERING_3, Part.PLANERING, Severity.ADVICE, dialogue));
    rules.add(
        new HandbookRule(
            "PLANERING-DELAKTIGHET",
            Part.PLANERING,
            Severity.BLOCKING,
            "Delaktighet: \"Dialoger som kännetecknas av delaktighet sker till skillnad från den"
                + " resonerande dialogen oftast med en längre tidshorisont.\"",
            p -> p.isDialogue() && p.level() == EngagementLevel.DELAKTIGHET,
            (process, findings) -> {
              if (process.plan().plannedOccasions().orElse(0) < 2) {
                findings.report("fewOccasions", "PLANERING-4");
              }
            }));
    rules.add(
        new HandbookRule(
            "PLANERING-MEDSKAPANDE",
            Part.PLANERING,
            Severity.BLOCKING,
            MEDSKAPANDE,
            p -> p.isDialogue() && p.level() == EngagementLevel.MEDSKAPANDE,
            (process, findings) -> {
              Set<ResidentInvolvement> missing = EnumSet.allOf(ResidentInvolvement.class);
              missing.removeAll(process.plan().residentInvolvement());
              if (!missing.isEmpty()) {
                findings.report("missingStages", "PLANERING-4", missing);
              }
            }));

    // Genomförande.
    rules.add(
        new HandbookRule(
            "GENOMFORANDE-MOTE",
            Part.GENOMFORANDE,
            Severity.BLOCKING,
            "Definition: \"Invånardialog är ett organiserat samtal omkring en eller flera avgränsade"
                + " frågor mellan utvalda representanter för staden och en grupp invånare.\"",
            dialogue,
            (process, findings) -> {
              if (process.meetings().values().stream().noneMatch(Meeting::held)) {
                findings.report("noneHeld", "meetings");
              }
            }));
    rules.add(
        new HandbookRule(
            "GENOMFORANDE-DOKUMENTATION",
            Part.GENOMFORANDE,
            Severity.BLOCKING,
            "Genomförande: \"Det är även viktigt att vi dokumenterar det som kommer fram i"
                + " invånardialogen, gärna i både text och bild.\"",
            dialogue,
            (process, findings) -> {
              for (Meeting meeting : process.meetings().values()) {
                if (meeting.held() && meeting.documentation().isEmpty()) {
                  findings.report("undocumented", meeting.id().value(), meeting.title());
                }
              }
            }));
    rules.add(
        new HandbookRule(
            "GENOMFORANDE-TEXT-OCH-BILD",
            Part.GENOMFORANDE,
            Severity.ADVICE,
            "Genomförande: \"Det är även viktigt att vi dokumenterar det som kommer fram i"
                + " invånardialogen, gärna i både text och bild.\"",
            dialogue,
            (process, findings) -> {
              for (Meeting meeting : process.meetings().values()) {
                java.util.Set<se.participation.api.DocumentationKind> kinds = java.util.EnumSet.noneOf(
                    se.participation.api.DocumentationKind.class);
                meeting.documentation().forEach(d -> kinds.add(d.kind()));
                if (meeting.held() && !meeting.documentation().isEmpty() && kinds.size() < 2) {
                  findings.report("oneKind", meeting.id().value(), meeting.title(), kinds);
                }
              }
            }));
    rules.add(
        new HandbookRule(
            "GENOMFORANDE-DETALJERAD-TIDPLAN",
            Part.GENOMFORANDE,
            Severity.WARNING,
            APPENDIX
                + ", Genomförande: \"Vid dialog i form av fysiska möten är det bra med en detaljerad"
                + " tidplan.\"",
            dialogue,
            (process, findings) -> {
              for (Meeting meeting : process.meetings().values()) {
                if (meeting.isInPerson() && meeting.agenda().size() < 2) {
                  findings.report("noAgenda", meeting.id().value(), meeting.title());
                }
              }
            }));
    rules.add(
        new HandbookRule(
            "GENOMFORANDE-SIDOFRAGOR",
            Part.GENOMFORANDE,
            Severity.BLOCKING,
            APPENDIX
                + ", Planering: \"Hur hanterar vi frågor som kommer upp men som inte berör"
                + " dialogen?\"; Genomförande: \"att hålla sig till den eller de frågor som dialogen"
                + " är tänkt att kretsa kring\"",
            dialogue,
            (process, findings) -> {
              for (OffTopicMatter matter : process.offTopicMatters().values()) {
                if (!matter.isRouted()) {
                  findings.report("unrouted", matter.id().value(), matter.text());
                }
              }
            }));
    rules.add(
        new HandbookRule(
            "GENOMFORANDE-DELAKTIGHET",
            Part.GENOMFORANDE,
            Severity.BLOCKING,
            "Delaktighet: \"Dialoger som kännetecknas av delaktighet sker till skillnad från den"
                + " resonerande dialogen oftast med en längre tidshorisont.\"",
            p -> p.isDialogue() && p.level() == EngagementLevel.DELAKTIGHET,
            (process, findings) -> {
              long held = process.meetings().values().stream().filter(Meeting::held).count();
              if (held < 2) {
                findings.report("fewMeetings", "meetings", held);
              }
            }));

    // Återkoppling.
    rules.add(
        new HandbookRule(
            "ATERKOPPLING-SLUTSTATUS",
            Part.ATERKOPPLING,
            Severity.BLOCKING,
            "Återkoppling: \"När invånare engagerar sig och lägger tid på att delta i en"
                + " invånardialog så vill de ofta veta vad resultatet blev.\"",
            dialogue,
            (process, findings) -> {
              for (Proposal proposal : process.proposals().values()) {
                if (!proposal.status().isFinal()) {
                  findings.report("open", "proposal " + proposal.id(), proposal.id(), proposal.status());
                } else if (proposal.latestStep().reason().isEmpty()) {
                  findings.report("noReason", "proposal " + proposal.id(), proposal.id(), proposal.status());
                }
              }
            }));
    rules.add(
        new HandbookRule(
            "ATERKOPPLING-DELTAGARE",
            Part.ATERKOPPLING,
            Severity.BLOCKING,
            "En lyckad dialogprocess: \"har återkopplat till dem som deltog i dialogen\";"
                + " Återkoppling: \"Om vi misslyckas med återkopplingen riskerar vi ett minskat"
                + " engagemang inför framtida dialoger.\"",
            dialogue,
            (process, findings) -> {
              Set<ParticipantId> tookPart = ProcessFacts.tookPart(process);
              Set<ParticipantId> reached = ProcessFacts.reachedByFeedback(process);
              for (Participant participant : process.participants().values()) {
                if (tookPart.contains(participant.id())
                    && ProcessFacts.owedFeedback(participant)
                    && ProcessFacts.reachable(process, participant)
                    && !reached.contains(participant.id())) {
                  findings.report("notReached", "participant " + participant.id(), participant.id());
                }
              }
            }));
    rules.add(
        new HandbookRule(
            "ATERKOPPLING-BESLUTSFATTARE",
            Part.ATERKOPPLING,
            Severity.BLOCKING,
            APPENDIX
                + ", Återkoppling: \"Hur återkopplar vi resultatet till deltagare och"
                + " beslutsfattare?\"",
            dialogue,
            (process, findings) -> {
              if (!ProcessFacts.decisionMakersFedBack(process)) {
                findings.report("missing", "decision makers");
              }
            }));
    rules.add(
        new HandbookRule(
            "ATERKOPPLING-ANONYMA",
            Part.ATERKOPPLING,
            Severity.BLOCKING,
            "En lyckad dialogprocess: \"har återkopplat till dem som deltog i dialogen\" – also"
                + " those who contributed anonymously (seed 004: fear of reprisals).",
            dialogue,
            (process, findings) -> {
              Set<String> served = ProcessFacts.anonymousChannelsServed(process);
              Set<String> reported = new java.util.HashSet<>();
              for (Proposal proposal : process.proposals().values()) {
                if (proposal.authorship().mode() == IdentityMode.NAMED) {
                  continue;
                }
                Optional<String> channel = proposal.authorship().feedbackThrough();
                if (channel.isPresent()
                    && !served.contains(channel.get())
                    && reported.add(channel.get())) {
                  Optional<String> came = proposal.authorship().channel();
                  if (came.isPresent() && !came.equals(channel)) {
                    findings.report("feedbackChannelNotServed", "channel " + channel.get(), channel.get(), came.get());
                  } else {
                    findings.report("channelNotServed", "channel " + channel.get(), channel.get());
                  }
                }
              }
            }));

    // Utvärdering.
    rules.add(
        new HandbookRule(
            "UTVARDERING-GENOMFORD",
            Part.UTVARDERING,
            Severity.BLOCKING,
            "Utvärdering: \"Våra invånardialoger kan ständigt utvecklas. Därför är det viktigt att vi"
                + " analyserar och utvärderar arbetet.\"",
            dialogue,
            (process, findings) -> {
              if (process.lessons().isEmpty()) {
                findings.report("noLessons", "lessons");
              }
            }));
    rules.add(
        new HandbookRule(
            "UTVARDERING-INVANARE",
            Part.UTVARDERING,
            Severity.BLOCKING,
            APPENDIX
                + ", Utvärdering: \"Ska invånarna utvärdera sin del i dialogen?\"; Utvärdering:"
                + " \"kan också med fördel göras tillsammans med invånare som deltar i dialogen\"",
            p -> p.isDialogue() && p.plan().evaluation().map(e -> e.residentsEvaluate()).orElse(false),
            (process, findings) -> {
              if (process.evaluationAnswers().isEmpty()) {
                findings.report("noAnswers", "evaluation answers");
              }
            }));
    rules.add(
        new HandbookRule(
            "UTVARDERING-MEDSKAPANDE",
            Part.UTVARDERING,
            Severity.BLOCKING,
            "Medskapande: \"deltar invånarna under en stor del av processen, allt från"
                + " problemidentifiering och planering av arbetet till genomförande av aktiviteter"
                + " och utvärdering.\"",
            p -> p.isDialogue() && p.level() == EngagementLevel.MEDSKAPANDE,
            (process, findings) -> {
              boolean residentEvaluated =
                  process.evaluationAnswers().stream()
                      .flatMap(a -> a.participant().stream())
                      .map(id -> process.participants().get(id))
                      .anyMatch(p -> p != null && p.role() == ParticipantRole.RESIDENT)
                  || ProcessFacts.residentsMet(process, ResidentInvolvement.EVALUATION);
              if (!residentEvaluated) {
                findings.report("noResidentEvaluation", "evaluation answers");
              }
            }));
    rules.add(
        new HandbookRule(
            "MEDSKAPANDE-I-PRAKTIKEN",
            Part.UTVARDERING,
            Severity.BLOCKING,
            MEDSKAPANDE,
            p -> p.isDialogue() && p.level() == EngagementLevel.MEDSKAPANDE,
            (process, findings) -> {
              // Shown in the record, not only declared in the plan: residents took part in a
              // meeting for each stage (evaluation is UTVARDERING-MEDSKAPANDE's).
              Set<ResidentInvolvement> notShown = EnumSet.noneOf(ResidentInvolvement.class);
              for (ResidentInvolvement stage : List.of(ResidentInvolvement.PROBLEM_IDENTIFICATION,
                  ResidentInvolvement.PLANNING, ResidentInvolvement.CARRYING_OUT)) {
                if (!ProcessFacts.residentsMet(process, stage)) {
                  notShown.add(stage);
                }
              }
              if (!notShown.isEmpty()) {
                findings.report("notShown", "meetings", notShown);
              }
            }));
    return rules;
  }

  /** PLANERING-4: the plan promises a level, and it is a dialogue level. */
  private static HandbookRule promisedLevel(Predicate<ParticipationProcess> applicability) {
    return new HandbookRule(
        "PLANERING-4",
        Part.PLANERING,
        Severity.BLOCKING,
        APPENDIX
            + ", Planering: \"Vad kan invånarna förvänta sig av dialogen – vilken grad av"
            + " delaktighet?\" (Resonemang, Delaktighet, Medskapande)",
        applicability,
        (process, findings) -> {
          Optional<EngagementLevel> level = process.plan().promisedLevel();
          if (level.isEmpty()) {
            if (!findings.gapIfUndocumented(process, ChecklistQuestion.PLANERING_4)) {
              findings.report("missing", "PLANERING-4");
            }
          } else if (!level.get().isDialogue()) {
            findings.report("notDialogue", "PLANERING-4", level.get());
          }
        });
  }

  /** A rule that the plan answers a checklist question, guarding the move out of {@code part}. */
  private static HandbookRule answered(
      ChecklistQuestion question,
      Part part,
      Severity severity,
      Predicate<ParticipationProcess> applicability) {
    String section = question.part().label().sv();
    return new HandbookRule(
        question.id(),
        part,
        severity,
        APPENDIX + ", " + section + ": \"" + question.text().sv() + "\"",
        applicability,
        (process, findings) -> {
          if (!process.plan().answers(question) && !findings.gapIfUndocumented(process, question)) {
            findings.report("unanswered", question.id(), question.id(), question.text());
          }
        });
  }
}
