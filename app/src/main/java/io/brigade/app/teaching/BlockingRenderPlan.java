package io.brigade.app.teaching;

import io.brigade.engine.schedule.FrameCostSamples;
import io.brigade.engine.schedule.RenderTimeEstimate;
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
 * shorten, and how long the window will freeze, estimated from a few frames spread over the scene's range and
 * timed beforehand (after a warm-up) the way the render will spend them, scaled by the workers and the cores
 * that can run them, with the range the freeze likely falls in. Use it on the FX thread.
 */
public final class BlockingRenderPlan {

    private final Path folder;
    private final int sceneFirst;
    private final int sceneLast;
    private final FrameCostSamples costs;
    private final int workers;
    private final int cores;
    private final IntegerProperty firstFrame = new SimpleIntegerProperty(this, "firstFrame");
    private final IntegerProperty lastFrame = new SimpleIntegerProperty(this, "lastFrame");
    private final ReadOnlyStringWrapper estimate = new ReadOnlyStringWrapper(this, "estimate");
    private final ReadOnlyBooleanWrapper valid = new ReadOnlyBooleanWrapper(this, "valid");

    /**
     * @param costs   frames of the scene's range timed on one thread, rendered and written as a render of
     *                {@code workers} will
     * @param workers the workers the render will use; 1 renders on the UI thread itself
     */
    public BlockingRenderPlan(Path folder, int sceneFirst, int sceneLast, FrameCostSamples costs, int workers,
                              int cores) {
        this.folder = Objects.requireNonNull(folder, "folder");
        this.costs = Objects.requireNonNull(costs, "costs");
        if (sceneLast < sceneFirst || workers < 1 || cores < 1) {
            throw new IllegalArgumentException("bad plan: frames " + sceneFirst + "-" + sceneLast + ", " + workers
                    + " workers, " + cores + " cores");
        }
        this.sceneFirst = sceneFirst;
        this.sceneLast = sceneLast;
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

    /** The timed frames the estimate reads. */
    FrameCostSamples costs() {
        return costs;
    }

    /** Whether the range lies within the scene's and runs forward. */
    public ReadOnlyBooleanProperty validProperty() {
        return valid.getReadOnlyProperty();
    }

    /**
     * Such as "The window will freeze for about 4.0 s (3.6-4.4 s): 24 frames, 330 ms each on average (2 timed
     * after 1 to warm up), on 4 workers sharing 2 cores."
     */
    public ReadOnlyStringProperty estimateProperty() {
        return estimate.getReadOnlyProperty();
    }

    /** The expected freeze for the chosen range; 0 while the range is not valid. */
    public long expectedFreezeNanos() {
        return valid.get() ? estimate().nanos() : 0;
    }

    /** The expected freeze for the chosen range and the range it likely falls in; call while the range is valid. */
    public RenderTimeEstimate estimate() {
        return RenderTimeEstimate.of(costs, firstFrame.get(), lastFrame.get(), workers, cores);
    }

    private String describe() {
        if (!valid.get()) {
            return "Choose frames between " + sceneFirst + " and " + sceneLast + ", the first not after the last.";
        }
        int first = firstFrame.get();
        int last = lastFrame.get();
        int frames = last - first + 1;
        RenderTimeEstimate estimate = estimate();
        long perFrame = (long) (costs.wallNanos(first, last) / frames);
        String who = workers == 1 ? "rendered and written by the UI thread itself"
                : "on " + workers + " workers sharing " + cores + (cores == 1 ? " core" : " cores");
        return String.format(Locale.ROOT, "The window will freeze for about %s (%s): %d frame%s, %s each on"
                        + " average (%d timed after %d to warm up), %s.",
                ResponsivenessViewModel.millis(estimate.nanos()), range(estimate), frames, frames == 1 ? "" : "s",
                ResponsivenessViewModel.millis(perFrame), costs.samples().size(), costs.warmUps(), who);
    }

    /** Such as "3.6-4.4 s", or "50 s to 1 min 10 s" where the ends are told in different units. */
    static String range(RenderTimeEstimate estimate) {
        String[] low = ResponsivenessViewModel.millis(estimate.lowNanos()).split(" ");
        String[] high = ResponsivenessViewModel.millis(estimate.highNanos()).split(" ");
        if (low.length == 2 && high.length == 2 && low[1].equals(high[1])) {
            return low[0] + "-" + high[0] + " " + high[1];
        }
        return String.join(" ", low) + " to " + String.join(" ", high);
    }
}
