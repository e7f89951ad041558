package io.brigade.app.timeline;

import java.util.Locale;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.value.ObservableStringValue;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;

/**
 * The current frame within the scene's frame range, and playback. Playing follows the clock: a pulse at
 * time t shows the frame due at t, looping over the range, so frames are skipped when the preview cannot
 * keep up rather than played slowly. Use it on the FX thread.
 */
public final class TimelineViewModel {

    private static final long NANOS_PER_SECOND = 1_000_000_000L;
    private static final long NOT_ANCHORED = Long.MIN_VALUE;

    private final ReadOnlyBooleanWrapper available = new ReadOnlyBooleanWrapper(this, "available");
    private final ReadOnlyIntegerWrapper startFrame = new ReadOnlyIntegerWrapper(this, "startFrame");
    private final ReadOnlyIntegerWrapper endFrame = new ReadOnlyIntegerWrapper(this, "endFrame");
    private final ReadOnlyIntegerWrapper frame = new ReadOnlyIntegerWrapper(this, "frame");
    private final ReadOnlyBooleanWrapper playing = new ReadOnlyBooleanWrapper(this, "playing");
    private final ReadOnlyDoubleWrapper fps = new ReadOnlyDoubleWrapper(this, "fps", 1);
    private final StringBinding positionText =
            Bindings.createStringBinding(() -> "frame " + frame.get() + " / " + endFrame.get(), frame, endFrame);
    private final StringBinding timeText = Bindings.createStringBinding(
            () -> String.format(Locale.ROOT, "%.2f s", frame.get() / fps.get()), frame, fps);

    // Playback: the pulse time and the frame that playing started (or last restarted) from.
    private long anchorNanos = NOT_ANCHORED;
    private int anchorFrame;

    /** False until a frame range is set: without one the commands do nothing. */
    public ReadOnlyBooleanProperty availableProperty() {
        return available.getReadOnlyProperty();
    }

    public ReadOnlyIntegerProperty startFrameProperty() {
        return startFrame.getReadOnlyProperty();
    }

    /** The last frame, inclusive. */
    public ReadOnlyIntegerProperty endFrameProperty() {
        return endFrame.getReadOnlyProperty();
    }

    public ReadOnlyIntegerProperty frameProperty() {
        return frame.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty playingProperty() {
        return playing.getReadOnlyProperty();
    }

    /** Such as "frame 12 / 95": the current frame and the last. */
    public ObservableStringValue positionTextProperty() {
        return positionText;
    }

    /** The current frame's scene time, such as "0.50 s". */
    public ObservableStringValue timeTextProperty() {
        return timeText;
    }

    /** Takes a new scene's frame range (inclusive) and rate, and goes to its first frame. */
    public void setRange(int start, int end, double framesPerSecond) {
        if (end < start || !(framesPerSecond > 0)) {
            throw new IllegalArgumentException("need start <= end and fps > 0, got " + start + ".." + end
                    + " at " + framesPerSecond + " fps");
        }
        startFrame.set(start);
        endFrame.set(end);
        fps.set(framesPerSecond);
        available.set(true);
        goTo(start);
    }

    /** Goes to {@code target}, clamped to the range; playing goes on from there. */
    public void setFrame(int target) {
        int clamped = Math.max(startFrame.get(), Math.min(endFrame.get(), target));
        if (available.get() && clamped != frame.get()) {
            goTo(clamped);
        }
    }

    public void stepForward() {
        setFrame(frame.get() + 1);
    }

    public void stepBack() {
        setFrame(frame.get() - 1);
    }

    public void togglePlay() {
        if (playing.get()) {
            pause();
        } else if (available.get()) {
            anchorNanos = NOT_ANCHORED;
            playing.set(true);
        }
    }

    public void pause() {
        playing.set(false);
    }

    /**
     * A display pulse at {@code nowNanos} (any fixed origin, such as {@code AnimationTimer}'s): while
     * playing, moves to the frame due by then. The first pulse after play starts only sets the clock.
     */
    public void tick(long nowNanos) {
        if (!playing.get()) {
            return;
        }
        if (anchorNanos == NOT_ANCHORED) {
            anchorNanos = nowNanos;
            anchorFrame = frame.get();
            return;
        }
        long elapsedFrames = (long) Math.floor((nowNanos - anchorNanos) * fps.get() / NANOS_PER_SECOND);
        int count = endFrame.get() - startFrame.get() + 1;
        long offset = Math.floorMod(anchorFrame - startFrame.get() + elapsedFrames, (long) count);
        frame.set(startFrame.get() + (int) offset);
    }

    private void goTo(int target) {
        frame.set(target);
        anchorNanos = NOT_ANCHORED; // a jump while playing restarts the clock from the new frame
    }
}
