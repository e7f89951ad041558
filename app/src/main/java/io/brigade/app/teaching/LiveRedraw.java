package io.brigade.app.teaching;

import java.util.concurrent.TimeUnit;
import javafx.animation.AnimationTimer;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;

/**
 * Redraws a chart of the timeline's runs whenever they change, and ten times a second while one of them is
 * running, so that running blocks grow between samples. Not every pulse: in software rendering a large
 * canvas redrawn 60 times a second would take the UI thread's time this teaching mode is there to show.
 */
final class LiveRedraw extends AnimationTimer {

    private static final long EVERY_NANOS = TimeUnit.MILLISECONDS.toNanos(100);

    private final Runnable draw;
    private long drawnAt;

    private LiveRedraw(Runnable draw) {
        this.draw = draw;
    }

    /** Draws now and keeps {@code draw} in step with {@code runs}. */
    static void follow(ObservableList<TimelineRun> runs, Runnable draw) {
        LiveRedraw redraw = new LiveRedraw(draw);
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
        if (now - drawnAt >= EVERY_NANOS) {
            drawnAt = now;
            draw.run();
        }
    }
}
