package dk.aarsrapport.content;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class GoalRoomTest {

    @Test
    void linesCountBreaksAndWrapsButNotMarkup() {
        assertThat(GoalRoom.lines("", 426, 9)).isEqualTo(1);
        assertThat(GoalRoom.lines("<b>Status:</b> i gang", 426, 9)).isEqualTo(1);
        assertThat(GoalRoom.lines("<b>Målgruppe:</b> alle<br/><b>Status:</b> i gang", 426, 9)).isEqualTo(2);
        assertThat(GoalRoom.lines("&amp;".repeat(60), 426, 9)).isEqualTo(1);
        // about 70 characters to a line of the goal's heading: 300 characters take five
        assertThat(GoalRoom.lines("x".repeat(300), 426, 9)).isEqualTo(5);
    }

    @Test
    void aGoalAsksForAtLeastTheGroupsOwnMinimumAndMoreForALongHeading() {
        int shortGoal = GoalRoom.goal("Mål.", "<b>Status:</b> i gang", "<b>Indsats</b>", true, false);
        int longGoal = GoalRoom.goal("Mål ".repeat(80), "<b>Målgruppe:</b> " + "alle ".repeat(40)
                + "<br/><b>Status:</b> i gang", "<b>Indsats</b><br/>" + "tekst ".repeat(100), true, false);
        assertThat(shortGoal).isEqualTo(GoalRoom.GOAL_LEAST);
        assertThat(longGoal).isGreaterThan(shortGoal + 60);
    }

    @Test
    void aTemaAddsItsHeadingAndDescriptionToItsFirstGoal() {
        assertThat(GoalRoom.tema("", "", 120)).isEqualTo(120);
        assertThat(GoalRoom.tema("Tema", "", 120)).isEqualTo(150);
        assertThat(GoalRoom.tema("Tema", "Kort.", 120)).isEqualTo(150 + 17);
    }
}
