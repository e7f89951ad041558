package io.brigade.app.farm;

import io.brigade.engine.farm.ConnectingFarmSource;
import io.brigade.engine.farm.FarmAddress;
import io.brigade.engine.farm.FarmJob;
import io.brigade.engine.scene.Scene;
import io.brigade.engine.schedule.RenderJob;
import io.brigade.engine.schedule.RenderListener;
import io.brigade.engine.schedule.RenderRequest;
import io.brigade.engine.schedule.RenderScheduler;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Supplier;

/**
 * Starts the editor's final renders where the render preferences say: on this computer, or on the render farm
 * through the engine's farm, with the same events (so progress, thumbnails and the timeline work alike) and the
 * farm's per-worker status for the farm panel. Connecting and reading the scene's files happen on the job's own
 * thread, so {@link #start} returns at once. Call it on the FX thread.
 */
public final class FarmJobs {

    /** Consecutive frames a worker takes at once: one, so a fast machine takes more of a short animation. */
    static final int CHUNK_SIZE = 1;
    static final int CHUNK_RETRIES = 3;
    /** Where an untitled scene's relative paths would point: it has none, but the farm job needs a folder. */
    private static final Path UNTITLED = Path.of("untitled.scene.json");

    private final BiFunction<RenderRequest, RenderListener, RenderJob> local;
    private final Supplier<FarmPreferences> where;
    private final Supplier<Scene> scene;
    private final Supplier<Optional<Path>> sceneFile;
    private final FarmPanelViewModel panel;
    private final RenderScheduler scheduler = new RenderScheduler();

    /**
     * @param local     starts a job on this computer
     * @param where     the render preferences' choice, read as each job starts
     * @param scene     the scene the job renders (the editor's scene as the render starts)
     * @param sceneFile its file, which relative asset paths are resolved against; empty for an untitled scene
     */
    public FarmJobs(BiFunction<RenderRequest, RenderListener, RenderJob> local, Supplier<FarmPreferences> where,
                    Supplier<Scene> scene, Supplier<Optional<Path>> sceneFile, FarmPanelViewModel panel) {
        this.local = Objects.requireNonNull(local, "local");
        this.where = Objects.requireNonNull(where, "where");
        this.scene = Objects.requireNonNull(scene, "scene");
        this.sceneFile = Objects.requireNonNull(sceneFile, "sceneFile");
        this.panel = Objects.requireNonNull(panel, "panel");
    }

    /** The worker timeline's title for the next render on the farm, such as {@code Render farm "studio"}. */
    public Optional<String> farmTitle() {
        FarmPreferences preferences = where.get();
        return preferences.onFarm() ? Optional.of("Render farm \"" + preferences.cluster() + "\"") : Optional.empty();
    }

    /** Starts {@code request} here or on the farm and returns at once. */
    public RenderJob start(RenderRequest request, RenderListener listener) {
        FarmPreferences preferences = where.get();
        if (!preferences.onFarm()) {
            return local.apply(request, listener);
        }
        FarmAddress address = preferences.address();
        Scene shipped = scene.get().withSettings(request.settings()); // the frame range and size of this job
        Path file = sceneFile.get().orElse(UNTITLED);
        panel.jobStarting(address);
        RenderJob job = scheduler.start(request, listener, new ConnectingFarmSource(address,
                () -> FarmJob.of(file, shipped), CHUNK_SIZE, CHUNK_RETRIES, panel.listener(), System.err));
        job.result().thenAccept(panel::jobEnded);
        return job;
    }
}
