package io.brigade.app.teaching;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Objects;
import javafx.beans.binding.Bindings;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleIntegerProperty;

/**
 * What the confirmation before a blocking render shows and edits: the frame range, which the user may
 * shorten, and how long the window will freeze, estimated from one probe frame rendered beforehand:
 * frames times the probe's time, shared by as many workers as there are cores to run them. Use it on the
 * FX thread.
 */
public final class BlockingRenderPlan {

    private final Path folder;
    private final int sceneFirst;
    private final int sceneLast;
    private final long probeNanos;
    private final int workers;
    private final int cores;
    private final IntegerProperty firstFrame = new SimpleIntegerProperty(this, "firstFrame");
    private final IntegerProperty lastFrame = new SimpleIntegerProperty(this, "lastFrame");
    private final ReadOnlyStringWrapper estimate = new ReadOnlyStringWrapper(this, "estimate");
    private final ReadOnlyBooleanWrapper valid = new ReadOnlyBooleanWrapper(this, "valid");

    /**
     * @param probeNanos how long one frame took to render on one thread
     * @param workers    the workers the render will use; 1 renders on the UI thread itself
     */
    public BlockingRenderPlan(Path folder, int sceneFirst, int sceneLast, long probeNanos, int workers, int cores) {
        this.folder = Objects.requireNonNull(folder, "folder");
        if (sceneLast < sceneFirst || probeNanos < 0 || workers < 1 || cores < 1) {
            throw new IllegalArgumentException("bad plan: frames " + sceneFirst + "-" + sceneLast + ", probe "
                    + probeNanos + " ns, " + workers + " workers, " + cores + " cores");
        }
        this.sceneFirst = sceneFirst;
        this.sceneLast = sceneLast;
        this.probeNanos = probeNanos;
        this.workers = workers;
        this.cores = cores;
        firstFrame.set(sceneFirst);
        lastFrame.set(sceneLast);
        valid.bind(Bindings.createBooleanBinding(() -> firstFrame.get() >= sceneFirst
                && lastFrame.get() <= sceneLast && firstFrame.get() <= lastFrame.get(), firstFrame, lastFrame));
        estimate.bind(Bindings.createStringBinding(this::describe, firstFrame, lastFrame));
    }

    public Path folder() {
        return folder;
    }

    /** The first frame to render; the scene's first at start. */
    public IntegerProperty firstFrameProperty() {
        return firstFrame;
    }

    /** The last frame to render; the scene's last at start. Lower it to freeze the window for less time. */
    public IntegerProperty lastFrameProperty() {
        return lastFrame;
    }

    public int sceneFirst() {
        return sceneFirst;
    }

    public int sceneLast() {
        return sceneLast;
    }

    public int workers() {
        return workers;
    }

    /** Whether the range lies within the scene's and runs forward. */
    public ReadOnlyBooleanProperty validProperty() {
        return valid.getReadOnlyProperty();
    }

    /** Such as "The window will freeze for about 7.9 s: 24 frames at 0.33 s each, on 4 workers." */
    public ReadOnlyStringProperty estimateProperty() {
        return estimate.getReadOnlyProperty();
    }

    /** The expected freeze for the chosen range. */
    public long expectedFreezeNanos() {
        int frames = Math.max(0, lastFrame.get() - firstFrame.get() + 1);
        int sharing = Math.max(1, Math.min(Math.min(workers, cores), frames));
        return (long) ((double) probeNanos * frames / sharing);
    }

    private String describe() {
        if (!valid.get()) {
            return "Choose frames between " + sceneFirst + " and " + sceneLast + ", the first not after the last.";
        }
        int frames = lastFrame.get() - firstFrame.get() + 1;
        String who = workers == 1 ? "rendered by the UI thread itself" : "on " + workers + " workers";
        return String.format(Locale.ROOT, "The window will freeze for about %s: %d frame%s at %s each, %s.",
                ResponsivenessViewModel.millis(expectedFreezeNanos()), frames, frames == 1 ? "" : "s",
                ResponsivenessViewModel.millis(probeNanos), who);
    }
}
