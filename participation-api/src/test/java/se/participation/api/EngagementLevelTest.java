// Copyright 2026 The Participation SDK authors
// SPDX-License-Identifier: Apache-2.0
package se.participation.api;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class EngagementLevelTest {

  @Test
  void onlyTheThreeFormsOfDialogueCountAsDialogue() {
    assertThat(EngagementLevel.INFORMATION.isDialogue()).isFalse();
    assertThat(EngagementLevel.KONSULTATION.isDialogue()).isFalse();
    assertThat(EngagementLevel.RESONEMANG.isDialogue()).isTrue();
    assertThat(EngagementLevel.DELAKTIGHET.isDialogue()).isTrue();
    assertThat(EngagementLevel.MEDSKAPANDE.isDialogue()).isTrue();
  }

  @Test
  void levelsAreOrderedByInfluence() {
    assertThat(EngagementLevel.MEDSKAPANDE.hasMoreInfluenceThan(EngagementLevel.DELAKTIGHET))
        .isTrue();
    assertThat(EngagementLevel.KONSULTATION.hasMoreInfluenceThan(EngagementLevel.INFORMATION))
        .isTrue();
    assertThat(EngagementLevel.RESONEMANG.hasMoreInfluenceThan(EngagementLevel.DELAKTIGHET))
        .isFalse();
  }

  @Test
  void thePartsFollowEachOtherAndEndWithUtvardering() {
    assertThat(Part.BESLUT.next()).contains(Part.PLANERING);
    assertThat(Part.PLANERING.next()).contains(Part.GENOMFORANDE);
    assertThat(Part.GENOMFORANDE.next()).contains(Part.ATERKOPPLING);
    assertThat(Part.ATERKOPPLING.next()).contains(Part.UTVARDERING);
    assertThat(Part.UTVARDERING.next()).isEmpty();
  }

  @Test
  void thePriorityQuadrantIsHighlyAffectedWithLowActivity() {
    assertThat(Quadrant.of(Activity.LOW, Affectedness.HIGH)).isEqualTo(Quadrant.priority());
    assertThat(Quadrant.priority().isPriority()).isTrue();
    assertThat(Quadrant.of(Activity.HIGH, Affectedness.HIGH).isPriority()).isFalse();
  }
}
