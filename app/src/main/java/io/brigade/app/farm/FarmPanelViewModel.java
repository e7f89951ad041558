package io.brigade.app.farm;

import io.brigade.app.concurrent.FxLatestValueBridge;
import io.brigade.engine.farm.FarmAddress;
import io.brigade.engine.farm.FarmStatus;
import io.brigade.engine.farm.FarmWorkerStatus;
import io.brigade.engine.schedule.JobOutcome;
import io.brigade.engine.schedule.JobResult;
import java.util.Locale;
import java.util.Objects;
import java.util.concurrent.Executor;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The farm panel: each worker of the newest farm render with its host, cores, state and frames done. The job's
 * farm status reaches the FX thread through one coalescing bridge; only the newest status is shown. Use it on
 * the FX thread, except {@link #listener()}, whose status may come from any thread.
 */
public final class FarmPanelViewModel {

    private final FxLatestValueBridge<FarmStatus> statuses;
    private final FxLatestValueBridge<JobResult> endings;
    private final BooleanProperty shown = new SimpleBooleanProperty(this, "shown");
    private final ReadOnlyStringWrapper headline = new ReadOnlyStringWrapper(this, "headline",
            "No farm render yet: choose Render > Settings > Where: Render farm");
    private final ObservableList<FarmWorkerStatus> workers = FXCollections.observableArrayList();
    private final ObservableList<FarmWorkerStatus> workersView = FXCollections.unmodifiableObservableList(workers);
    private String farmName = "";

    /** @param fxThread runs the hand-over on the FX thread ({@code Platform::runLater} in the app) */
    public FarmPanelViewModel(Executor fxThread) {
        this.statuses = new FxLatestValueBridge<>(Objects.requireNonNull(fxThread, "fxThread"), this::show);
        this.endings = new FxLatestValueBridge<>(fxThread, this::ended);
    }

    /** Whether the panel is on show: from the View menu, and whenever a farm render starts. */
    public BooleanProperty shownProperty() {
        return shown;
    }

    /** Which farm and how its workers are doing, such as "Farm "studio": 2 workers, 12 frames done". */
    public ReadOnlyStringProperty headlineProperty() {
        return headline.getReadOnlyProperty();
    }

    /** The workers of the newest farm render, in the order the farm first showed them. */
    public ObservableList<FarmWorkerStatus> workers() {
        return workersView;
    }

    /** A farm render is starting at {@code address}: the panel shows, empty until the farm answers. */
    public void jobStarting(FarmAddress address) {
        farmName = address.cluster();
        workers.clear();
        headline.set("Connecting to farm \"" + farmName + "\" at " + address.membersText() + "...");
        shown.set(true);
    }

    /** Where the job's farm statuses go; safe from any thread. */
    public FarmStatus.Listener listener() {
        return statuses::post;
    }

    /**
     * The farm render has ended; safe from any thread. One that never reached the farm says why in the headline
     * (the statuses of one that did arrive before its end: both bridges deliver in the order they were posted).
     */
    public void jobEnded(JobResult result) {
        endings.post(result);
    }

    private void ended(JobResult result) {
        if (workers.isEmpty() && result.outcome() == JobOutcome.FAILED) {
            headline.set("Farm \"" + farmName + "\" not reached: "
                    + result.failure().map(Throwable::getMessage).orElse("the render failed"));
        }
    }

    private void show(FarmStatus status) {
        workers.setAll(status.workers());
        int done = status.workers().stream().mapToInt(FarmWorkerStatus::framesDone).sum();
        long answering = status.workers().stream().filter(worker -> worker.state() != FarmWorkerStatus.State.LOST).count();
        headline.set(String.format(Locale.ROOT, "Farm \"%s\": %d worker%s, %d frame%s done", farmName, answering,
                answering == 1 ? "" : "s", done, done == 1 ? "" : "s"));
    }

    /** "16 cores", or "?" when the worker did not say. */
    public static String cores(FarmWorkerStatus worker) {
        return worker.member().cores() == 0 ? "?" : Integer.toString(worker.member().cores());
    }
}
