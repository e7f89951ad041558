package io.brigade.app.teaching;

import java.util.List;
import javafx.scene.paint.Color;

/**
 * The charts' colours in one theme. Dark reads on a projector: a dark ground, clear saturated frame colours and
 * light text. Light is for slides and print: a white ground, dark text, and frame colours saturated enough to tell
 * apart on paper. In both, red is kept for the blocked UI thread alone.
 *
 * @param uiLabel the UI thread's lane label, in the blocked colour made readable on the lanes
 * @param frames  one colour per frame in turn; neighbouring frames always differ
 */
record TimelineColors(Color ground, Color laneEven, Color laneOdd, Color text, Color mutedText, Color grid, Color axis,
                      Color blocked, Color uiLabel, Color waiting, Color waitStripe, Color runningEdge, Color cores,
                      Color busy, List<Color> frames) {

    static final TimelineColors DARK = new TimelineColors(Color.web("#1b1c1f"), Color.web("#25272b"),
            Color.web("#2d3035"), Color.web("#e8eaed"), Color.web("#a9adb5"), Color.web("#ffffff22"),
            Color.web("#c8cbd0"), Color.web("#e5484d"), Color.web("#e5484d").brighter(), Color.web("#3f434a"),
            Color.web("#7a7f89"), Color.WHITE, Color.web("#f5b642"), Color.web("#4e9af1"),
            // Tableau's palette without its red
            List.of(Color.web("#4e79a7"), Color.web("#f28e2b"), Color.web("#59a14f"), Color.web("#edc948"),
                    Color.web("#b07aa1"), Color.web("#76b7b2"), Color.web("#ff9da7"), Color.web("#9c755f")));

    static final TimelineColors LIGHT = new TimelineColors(Color.WHITE, Color.web("#f3f4f6"), Color.web("#e7e9ed"),
            Color.web("#1d1f23"), Color.web("#50555e"), Color.web("#0000001f"), Color.web("#3a3e45"),
            Color.web("#d62728"), Color.web("#c01f20"), Color.web("#d5d8de"), Color.web("#7f858f"),
            Color.web("#111111"), Color.web("#b35c00"), Color.web("#1f6fc5"),
            // The classic category palette without its red, made a little more saturated for print
            List.of(Color.web("#1f77b4"), Color.web("#ff7f0e"), Color.web("#2ca02c"), Color.web("#e2b100"),
                    Color.web("#8a4fcf"), Color.web("#17becf"), Color.web("#e0409f"), Color.web("#a0522d")));

    TimelineColors {
        frames = List.copyOf(frames);
    }

    Color frame(int frame) {
        return frame < 0 ? waiting : frames.get(Math.floorMod(frame, frames.size()));
    }

    /** Black or white, whichever reads better on {@code fill}. */
    static Color textOn(Color fill) {
        double luminance = 0.2126 * fill.getRed() + 0.7152 * fill.getGreen() + 0.0722 * fill.getBlue();
        return luminance > 0.5 ? Color.web("#111111") : Color.WHITE;
    }
}
