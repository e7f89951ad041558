package io.brigade.app.timeline;

import javafx.animation.AnimationTimer;

/** Feeds display pulses to the timeline while it plays, and stops when it stops. */
final class PlaybackTimer extends AnimationTimer {

    private final TimelineViewModel timeline;

    private PlaybackTimer(TimelineViewModel timeline) {
        this.timeline = timeline;
    }

    /** Starts a timer that runs exactly while {@code timeline} is playing. */
    static void follow(TimelineViewModel timeline) {
        PlaybackTimer timer = new PlaybackTimer(timeline);
        timeline.playingProperty().addListener((observable, was, playing) -> {
            if (playing) {
                timer.start();
            } else {
                timer.stop();
            }
        });
    }

    @Override
    public void handle(long now) {
        timeline.tick(now);
    }
}
