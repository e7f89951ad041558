package io.brigade.app;

import static org.assertj.core.api.Assertions.assertThat;

import io.brigade.app.concurrent.ExecutorBackgroundTasks;
import io.brigade.app.edit.SceneSaver;
import io.brigade.app.files.RecentFilesStore;
import io.brigade.app.files.SceneLoader;
import io.brigade.app.render.InMemoryRenderPreferencesStore;
import io.brigade.app.render.RenderJobs;
import io.brigade.app.render.RenderSettingsViewModel;
import io.brigade.app.testing.SampleScenes;
import io.brigade.app.testing.SynchronousPreviews;
import java.nio.file.Path;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The worker count has one home: Render > Settings and the execution mode's selector show and change the same. */
class TeachingWorkersTest {

    private static final long NO_HANG_SECONDS = 60;

    private final BlockingQueue<Runnable> fxTasks = new LinkedBlockingQueue<>();
    private final InMemoryRenderPreferencesStore store = new InMemoryRenderPreferencesStore();
    private final MainViewModel viewModel = new MainViewModel(SceneLoader.standard(), SceneSaver.standard(),
            new ExecutorBackgroundTasks(Runnable::run, Runnable::run), new SynchronousPreviews(),
            RenderJobs.scheduler(), fxTasks::add, store, RecentFilesStore.inMemory());

    @TempDir
    Path dir;

    @Test
    void renderSettingsAndTheSelectorShareTheCountAndRendersUseIt() throws Exception {
        viewModel.files().openScene(SampleScenes.TEAPOT_TURNTABLE);
        RenderSettingsViewModel fields = viewModel.renderSettings().orElseThrow();
        fields.workersProperty().set("1");
        viewModel.applyRenderSettings(fields.choice().orElseThrow());
        assertThat(viewModel.teaching().mode().workers()).as("the selector follows the settings").isEqualTo(1);

        int most = viewModel.teaching().mode().maxWorkers();
        viewModel.teaching().mode().setWorkers(most);

        assertThat(store.load().workers()).isEqualTo(most);
        assertThat(viewModel.renderSettings().orElseThrow().workersProperty().get()).isEqualTo(Integer.toString(most));
        viewModel.renderAnimation(dir.resolve("frames"));
        assertThat(viewModel.teaching().timeline().runs().get(0).workers()).isEqualTo(most);
        assertThat(viewModel.teaching().timeline().runs().get(0).title()).isEqualTo("Async, " + most + " workers");
        viewModel.cancelRenders();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(NO_HANG_SECONDS);
        while (viewModel.render().runningProperty().get()) {
            Runnable task = fxTasks.poll(deadline - System.nanoTime(), TimeUnit.NANOSECONDS);
            assertThat(task).as("the cancelled render ends").isNotNull();
            task.run();
        }
    }
}
