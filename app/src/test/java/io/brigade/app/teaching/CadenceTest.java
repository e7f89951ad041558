package io.brigade.app.teaching;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class CadenceTest {

    private static final long MS = 1_000_000;
    private static final long PULSE = 16_666_667;

    @Test
    void theFirstPulseIsDueThenOncePerPeriod() {
        Cadence cadence = new Cadence(100 * MS, 0);
        assertThat(duePulses(cadence, 30)).containsExactly(0, 6, 12, 18, 24);
    }

    @Test
    void chartsWithDifferentOffsetsNeverRedrawInTheSamePulse() {
        // After the first call (always due, to draw at once), each keeps its own pulses.
        List<Integer> timeline = afterFirst(duePulses(new Cadence(100 * MS, 0), 120));
        List<Integer> cpu = afterFirst(duePulses(new Cadence(100 * MS, 50 * MS), 120));
        List<Integer> sparkline = afterFirst(duePulses(new Cadence(100 * MS, 25 * MS), 120));
        assertThat(timeline).hasSize(19).doesNotContainAnyElementsOf(cpu).doesNotContainAnyElementsOf(sparkline);
        assertThat(cpu).hasSize(20).doesNotContainAnyElementsOf(sparkline);
        assertThat(sparkline).hasSize(20);
    }

    @Test
    void aLatePulseIsDueOnceAndTheNextPeriodKeepsItsPlace() {
        Cadence cadence = new Cadence(100 * MS, 0);
        assertThat(cadence.due(0)).isTrue();
        assertThat(cadence.due(350 * MS)).as("after a 350 ms freeze").isTrue();
        assertThat(cadence.due(367 * MS)).isFalse();
        assertThat(cadence.due(400 * MS)).as("the grid, not 100 ms after the late pulse").isTrue();
    }

    @Test
    void aNonsensePeriodIsRefused() {
        assertThatThrownBy(() -> new Cadence(0, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Cadence(100, 100)).isInstanceOf(IllegalArgumentException.class);
    }

    private static List<Integer> afterFirst(List<Integer> pulses) {
        return pulses.subList(1, pulses.size());
    }

    /** The pulses (0, 1, 2, ... at 60 Hz, from an arbitrary clock origin) at which the cadence is due. */
    private static List<Integer> duePulses(Cadence cadence, int pulses) {
        long origin = 123_400_000_000L; // a whole number of periods: pulse 6 starts the second period
        List<Integer> due = new ArrayList<>();
        for (int p = 0; p < pulses; p++) {
            if (cadence.due(origin + p * PULSE)) {
                due.add(p);
            }
        }
        return due;
    }
}
