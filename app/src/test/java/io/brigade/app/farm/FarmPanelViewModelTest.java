package io.brigade.app.farm;

import static org.assertj.core.api.Assertions.assertThat;

import io.brigade.engine.farm.FarmAddress;
import io.brigade.engine.farm.FarmMember;
import io.brigade.engine.farm.FarmStatus;
import io.brigade.engine.farm.FarmWorkerStatus;
import io.brigade.engine.farm.FarmWorkerStatus.State;
import io.brigade.engine.schedule.JobOutcome;
import io.brigade.engine.schedule.JobResult;
import io.brigade.engine.schedule.RenderJobException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class FarmPanelViewModelTest {

    private static final FarmWorkerStatus RENDERING = new FarmWorkerStatus(new FarmMember("10.0.0.5:5701", 16, 16),
            State.RENDERING, List.of(3), 2);
    private static final FarmWorkerStatus LOST = new FarmWorkerStatus(new FarmMember("10.0.0.6:5701", 0, 0),
            State.LOST, List.of(), 1);

    private final List<Runnable> fxThread = new ArrayList<>();
    private final FarmPanelViewModel panel = new FarmPanelViewModel(fxThread::add);

    @Test
    void aFarmRenderShowsThePanelWhileItConnects() {
        panel.jobStarting(FarmAddress.parse("studio", "10.0.0.5:5701"));

        assertThat(panel.shownProperty().get()).isTrue();
        assertThat(panel.workers()).isEmpty();
        assertThat(panel.headlineProperty().get()).isEqualTo("Connecting to farm \"studio\" at 10.0.0.5:5701...");
    }

    @Test
    void statusesFromTheJobThreadAreCoalescedAndOnlyTheNewestShown() {
        panel.jobStarting(FarmAddress.parse("studio", "10.0.0.5:5701"));
        panel.listener().farmChanged(new FarmStatus(List.of(new FarmWorkerStatus(RENDERING.member(), State.IDLE,
                List.of(), 0))));
        panel.listener().farmChanged(new FarmStatus(List.of(RENDERING, LOST)));

        assertThat(fxThread).hasSize(1);
        fxThread.remove(0).run();

        assertThat(panel.workers()).containsExactly(RENDERING, LOST);
        assertThat(panel.headlineProperty().get()).isEqualTo("Farm \"studio\": 1 worker, 3 frames done");
        assertThat(panel.workers()).extracting(FarmPanelViewModel::cores).containsExactly("16", "?");
        assertThat(panel.workers()).extracting(FarmWorkerStatus::describe).containsExactly("rendering frame 3", "lost");
    }

    @Test
    void aFarmThatWasNeverReachedSaysWhyInTheHeadline() {
        panel.jobStarting(FarmAddress.parse("studio", "10.0.0.5:5701"));
        panel.jobEnded(new JobResult(JobOutcome.FAILED, 0, 0, 4, Duration.ofSeconds(10), Optional.of(
                RenderJobException.ofJob("no worker of cluster \"studio\" answered at 10.0.0.5:5701", null))));
        fxThread.remove(0).run();

        assertThat(panel.headlineProperty().get())
                .isEqualTo("Farm \"studio\" not reached: no worker of cluster \"studio\" answered at 10.0.0.5:5701");
    }
}
