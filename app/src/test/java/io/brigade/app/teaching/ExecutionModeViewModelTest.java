package io.brigade.app.teaching;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.brigade.app.render.InMemoryRenderPreferencesStore;
import io.brigade.app.render.RenderPreferences;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ExecutionModeViewModelTest {

    private static final int CORES = 4;

    private final InMemoryRenderPreferencesStore store = new InMemoryRenderPreferencesStore();

    @Test
    void theWorkerCountComesFromTheRenderPreferencesAndIsStoredThere() {
        store.save(new RenderPreferences(1, Optional.of(Path.of("out"))));
        ExecutionModeViewModel mode = new ExecutionModeViewModel(store, CORES);
        assertThat(mode.workers()).isEqualTo(1);

        mode.setWorkers(2);

        assertThat(mode.workersProperty().get()).isEqualTo(2);
        assertThat(store.load()).isEqualTo(new RenderPreferences(2, Optional.of(Path.of("out"))));
    }

    @Test
    void aCountOutsideOneToTwiceTheCoresIsRefused() {
        ExecutionModeViewModel mode = new ExecutionModeViewModel(store, CORES);

        assertThatThrownBy(() -> mode.setWorkers(0)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("workers must be between 1 and " + mode.maxWorkers());
        assertThatThrownBy(() -> mode.setWorkers(mode.maxWorkers() + 1)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void eachChoiceHasItsOwnSentence() {
        ExecutionModeViewModel mode = new ExecutionModeViewModel(store, CORES);
        assertThat(mode.whoWaits()).isEqualTo(WhoWaits.ASYNC);
        assertThat(mode.whoWaitsSentenceProperty().get()).contains("only starts the render");

        mode.whoWaitsProperty().set(WhoWaits.BLOCKING);
        mode.setWorkers(1);
        assertThat(mode.whoWaitsSentenceProperty().get()).contains("renders every frame itself", "anti-pattern");
        assertThat(mode.workersSentenceProperty().get()).contains("one after another");

        mode.setWorkers(3);
        assertThat(mode.whoWaitsSentenceProperty().get()).contains("waiting for the workers");
        assertThat(ExecutionModeViewModel.workersSentence(3, CORES)).contains("on 3 of this machine's 4 cores");
        assertThat(ExecutionModeViewModel.workersSentence(4, CORES)).contains("one on each of");
        assertThat(ExecutionModeViewModel.workersSentence(8, CORES)).contains("oversubscribed");
    }

    @Test
    void clearingTheChoiceKeepsThePreviousOne() {
        ExecutionModeViewModel mode = new ExecutionModeViewModel(store, CORES);
        mode.whoWaitsProperty().set(WhoWaits.BLOCKING);

        mode.whoWaitsProperty().set(null);

        assertThat(mode.whoWaits()).isEqualTo(WhoWaits.BLOCKING);
    }
}
