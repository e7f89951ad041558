package io.brigade.app.teaching;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class NaturalOrderTest {

    @Test
    void farmWorkersSortByTheirNumbersAndAddresses() {
        List<String> lanes = new ArrayList<>(List.of("10.0.0.12:5701 / worker 1", "10.0.0.5:5701 / worker 10",
                "10.0.0.5:5701 / worker 2", "10.0.0.5:5701 / worker 1", "10.0.0.5:5702 / worker 1"));
        lanes.sort(NaturalOrder.INSTANCE);
        assertThat(lanes).containsExactly("10.0.0.5:5701 / worker 1", "10.0.0.5:5701 / worker 2",
                "10.0.0.5:5701 / worker 10", "10.0.0.5:5702 / worker 1", "10.0.0.12:5701 / worker 1");
    }

    @Test
    void textComparesCharacterByCharacterAndAShorterStartComesFirst() {
        assertThat(NaturalOrder.INSTANCE.compare("alpha", "beta")).isNegative();
        assertThat(NaturalOrder.INSTANCE.compare("worker", "worker 1")).isNegative();
        assertThat(NaturalOrder.INSTANCE.compare("worker 3", "worker 3")).isZero();
    }

    @Test
    void numbersLongerThanALongAndLeadingZerosStillGiveAConsistentOrder() {
        assertThat(NaturalOrder.INSTANCE.compare("frame 99999999999999999999", "frame 100000000000000000000"))
                .isNegative();
        assertThat(NaturalOrder.INSTANCE.compare("worker 007", "worker 7")).isNotZero()
                .isEqualTo(-NaturalOrder.INSTANCE.compare("worker 7", "worker 007"));
        assertThat(NaturalOrder.INSTANCE.compare("worker 007", "worker 8")).isNegative();
    }
}
