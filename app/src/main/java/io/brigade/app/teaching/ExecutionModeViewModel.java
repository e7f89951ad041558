package io.brigade.app.teaching;

import io.brigade.app.render.RenderPreferences;
import io.brigade.app.render.RenderPreferencesStore;
import java.util.Objects;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;

/**
 * The two independent choices of how Render Animation runs: who waits (blocking or async) and how many
 * workers (1, sequential, up to twice the cores), each with one plain sentence about the current choice.
 * The worker count is the one Render > Settings edits: it lives in the render preferences, and a change
 * here is stored there. Use it on the FX thread.
 */
public final class ExecutionModeViewModel {

    private final RenderPreferencesStore preferences;
    private final int cores;
    private final ObjectProperty<WhoWaits> whoWaits = new SimpleObjectProperty<>(this, "whoWaits", WhoWaits.ASYNC);
    private final ReadOnlyIntegerWrapper workers = new ReadOnlyIntegerWrapper(this, "workers");
    private final ReadOnlyStringWrapper whoWaitsSentence = new ReadOnlyStringWrapper(this, "whoWaitsSentence");
    private final ReadOnlyStringWrapper workersSentence = new ReadOnlyStringWrapper(this, "workersSentence");

    /** @param cores the processors the machine has ({@code Runtime.availableProcessors()} in the app) */
    public ExecutionModeViewModel(RenderPreferencesStore preferences, int cores) {
        this.preferences = Objects.requireNonNull(preferences, "preferences");
        if (cores < 1) {
            throw new IllegalArgumentException("need at least one core, got " + cores);
        }
        this.cores = cores;
        workers.set(preferences.load().workers());
        whoWaitsSentence.bind(Bindings.createStringBinding(() -> whoWaitsSentence(whoWaits.get(), workers.get()),
                whoWaits, workers));
        workersSentence.bind(Bindings.createStringBinding(() -> workersSentence(workers.get(), cores), workers));
        whoWaits.addListener((observable, old, now) -> {
            if (now == null) {
                whoWaits.set(old); // a toggle group can deselect; there is always a choice
            }
        });
    }

    /** Blocking or async; async at start. */
    public ObjectProperty<WhoWaits> whoWaitsProperty() {
        return whoWaits;
    }

    public WhoWaits whoWaits() {
        return whoWaits.get();
    }

    public ReadOnlyIntegerProperty workersProperty() {
        return workers.getReadOnlyProperty();
    }

    public int workers() {
        return workers.get();
    }

    /** Sets the worker count and stores it in the render preferences, where Render > Settings reads it. */
    public void setWorkers(int count) {
        if (count < 1 || count > maxWorkers()) {
            throw new IllegalArgumentException("workers must be between 1 and " + maxWorkers() + ", got " + count);
        }
        RenderPreferences stored = preferences.load();
        if (stored.workers() != count) {
            preferences.save(stored.withWorkers(count));
        }
        workers.set(count);
    }

    public int cores() {
        return cores;
    }

    /** Twice the cores, to show what oversubscription does. */
    public int maxWorkers() {
        return RenderPreferences.maxWorkers();
    }

    /** One sentence on the chosen "who waits". */
    public ReadOnlyStringProperty whoWaitsSentenceProperty() {
        return whoWaitsSentence.getReadOnlyProperty();
    }

    /** One sentence on the chosen worker count. */
    public ReadOnlyStringProperty workersSentenceProperty() {
        return workersSentence.getReadOnlyProperty();
    }

    static String whoWaitsSentence(WhoWaits choice, int workers) {
        return switch (choice) {
            case BLOCKING -> workers == 1
                    ? "The UI thread renders every frame itself, so the window freezes until it is done (the anti-pattern, on purpose)."
                    : "The UI thread sits waiting for the workers, so the window freezes until they are done (the anti-pattern, on purpose).";
            case ASYNC -> "The UI thread only starts the render and carries on, so the window stays live.";
        };
    }

    static String workersSentence(int workers, int cores) {
        String machine = cores == 1 ? "this machine's one core" : "this machine's " + cores + " cores";
        if (workers == 1) {
            return "One worker renders the frames one after another (sequential).";
        }
        if (workers == cores) {
            return workers + " workers render frames at the same time, one on each of " + machine + ".";
        }
        if (workers < cores) {
            return workers + " workers render frames at the same time, on " + workers + " of " + machine + ".";
        }
        return workers + " workers share " + machine + ": more threads than cores take turns (oversubscribed).";
    }
}
