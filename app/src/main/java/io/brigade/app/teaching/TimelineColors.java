package io.brigade.app.teaching;

import javafx.scene.paint.Color;

/**
 * The timeline's colours, chosen to read on a projector: a dark ground, clear saturated frame colours
 * (red is kept for the blocked UI thread alone), and text that contrasts with each.
 */
final class TimelineColors {

    static final Color GROUND = Color.web("#1b1c1f");
    static final Color LANE_EVEN = Color.web("#25272b");
    static final Color LANE_ODD = Color.web("#2d3035");
    static final Color TEXT = Color.web("#e8eaed");
    static final Color MUTED_TEXT = Color.web("#a9adb5");
    static final Color GRID = Color.web("#ffffff22");
    static final Color AXIS = Color.web("#c8cbd0");
    static final Color BLOCKED = Color.web("#e5484d");
    static final Color WAIT = Color.web("#3f434a");
    static final Color WAIT_STRIPE = Color.web("#7a7f89");
    static final Color RUNNING_EDGE = Color.WHITE;
    static final Color CORES = Color.web("#f5b642");
    static final Color BUSY = Color.web("#4e9af1");

    /** Tableau's palette without its red: neighbouring frames always differ. */
    private static final Color[] FRAMES = {
        Color.web("#4e79a7"), Color.web("#f28e2b"), Color.web("#59a14f"), Color.web("#edc948"),
        Color.web("#b07aa1"), Color.web("#76b7b2"), Color.web("#ff9da7"), Color.web("#9c755f"),
    };

    private TimelineColors() {
    }

    static Color frame(int frame) {
        return frame < 0 ? WAIT : FRAMES[Math.floorMod(frame, FRAMES.length)];
    }

    /** Black or white, whichever reads better on {@code fill}. */
    static Color textOn(Color fill) {
        double luminance = 0.2126 * fill.getRed() + 0.7152 * fill.getGreen() + 0.0722 * fill.getBlue();
        return luminance > 0.5 ? Color.web("#111111") : Color.WHITE;
    }
}
