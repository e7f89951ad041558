package io.brigade.app.teaching;

import java.util.concurrent.TimeUnit;
import javafx.animation.AnimationTimer;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;

/**
 * Redraws a chart of the timeline's runs whenever they change, and ten times a second while one of them is
 * running, so that running blocks grow between samples. Not every pulse: in software rendering a large
 * canvas redrawn 60 times a second would take the UI thread's time this teaching mode is there to show.
 * Each chart redraws at its own offset into the tenth of a second, so two charts never share a UI frame.
 */
final class LiveRedraw extends AnimationTimer {

    static final long EVERY_NANOS = TimeUnit.MILLISECONDS.toNanos(100);

    private final Runnable draw;
    private final Cadence cadence;

    private LiveRedraw(Runnable draw, long offsetNanos) {
        this.draw = draw;
        this.cadence = new Cadence(EVERY_NANOS, offsetNanos);
    }

    /**
     * Draws now and keeps {@code draw} in step with {@code runs}, live redraws {@code offsetNanos} (0 to
     * {@link #EVERY_NANOS}) into each tenth of a second.
     */
    static void follow(ObservableList<TimelineRun> runs, Runnable draw, long offsetNanos) {
        LiveRedraw redraw = new LiveRedraw(draw, offsetNanos);
        runs.addListener((ListChangeListener<TimelineRun>) change -> {
            if (runs.stream().anyMatch(TimelineRun::running)) {
                redraw.start(); // draws on its next turn
            } else {
                redraw.stop();
                draw.run();
            }
        });
        draw.run();
    }

    @Override
    public void handle(long now) {
        if (cadence.due(now)) {
            draw.run();
        }
    }
}
