package io.brigade.engine.farm;

import io.brigade.engine.farm.FarmWorkerStatus.State;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class FarmRosterTest {

    private static final FarmMember A = new FarmMember("10.0.0.5:5701", 16, 16);
    private static final FarmMember B = new FarmMember("10.0.0.6:5701", 8, 4);

    @Test
    void aWorkerIsIdleThenRenderingItsFramesThenIdleWithTheWrittenOnesCounted() {
        FarmRoster roster = new FarmRoster();
        roster.joined("a", A);
        roster.joined("b", B);
        assertThat(roster.snapshot().workers()).extracting(FarmWorkerStatus::state).containsExactly(State.IDLE, State.IDLE);

        roster.frameStarted("a", "10.0.0.5:5701 / worker 1", 4);
        roster.frameStarted("a", "10.0.0.5:5701 / worker 2", 3);
        FarmWorkerStatus a = roster.snapshot().workers().get(0);
        assertThat(a.state()).isEqualTo(State.RENDERING);
        assertThat(a.frames()).containsExactly(3, 4);
        assertThat(a.describe()).isEqualTo("rendering frames 3, 4");

        roster.frameEnded("a", "10.0.0.5:5701 / worker 1", 4, true);
        roster.frameEnded("a", "10.0.0.5:5701 / worker 2", 3, false); // a duplicate that lost the race
        a = roster.snapshot().workers().get(0);
        assertThat(a.describe()).isEqualTo("idle");
        assertThat(a.framesDone()).isEqualTo(1);
    }

    @Test
    void lostAndBlockedWorkersSaySoAndALostOneRendersNothing() {
        FarmRoster roster = new FarmRoster();
        roster.joined("a", A);
        roster.joined("b", B);
        roster.frameStarted("a", "lane", 7);
        roster.lost("a", A);
        roster.blocked("b", "10.0.0.6:5701 / worker 1");

        List<FarmWorkerStatus> workers = roster.snapshot().workers();
        assertThat(workers).extracting(FarmWorkerStatus::describe).containsExactly("lost", "blocked");
        assertThat(workers.get(0).frames()).isEmpty();
    }

    @Test
    void aWorkerKnownOnlyFromItsReportsIsNamedFromItsLaneAndLearnsItsCoresWhenItJoins() {
        FarmRoster roster = new FarmRoster();
        roster.frameStarted("c", "10.0.0.7:5702 / worker 3", 1);
        assertThat(roster.snapshot().workers().get(0).member()).isEqualTo(new FarmMember("10.0.0.7:5702", 0, 0));

        roster.joined("c", new FarmMember("10.0.0.7:5702", 4, 4));
        FarmWorkerStatus c = roster.snapshot().workers().get(0);
        assertThat(c.member().cores()).isEqualTo(4);
        assertThat(c.describe()).isEqualTo("rendering frame 1");
    }

    @Test
    void changesAreTakenOnceAndTheEndOfTheJobLeavesNobodyRendering() {
        FarmRoster roster = new FarmRoster();
        assertThat(roster.takeChanged()).isTrue();
        assertThat(roster.takeChanged()).isFalse();
        roster.joined("a", A);
        roster.frameStarted("a", "lane", 2);
        assertThat(roster.takeChanged()).isTrue();

        roster.jobEnded();

        assertThat(roster.takeChanged()).isTrue();
        assertThat(roster.snapshot().workers().get(0).state()).isEqualTo(State.IDLE);
    }
}
