package io.brigade.app.teaching;

import io.brigade.app.theme.Theme;
import io.brigade.app.theme.ThemeChoice;
import java.util.Objects;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;

/**
 * How the canvas charts look in the chosen theme: their colours, and their type and spacing, enlarged in
 * presentation mode as the stylesheets enlarge the rest of the window.
 *
 * @param scale type and spacing against the normal look: 1, or more for a projector
 */
record ChartStyle(TimelineColors colors, double scale) {

    /** As much as presentation mode enlarges the window's type (19 px for 13 px). */
    static final double PRESENTATION_SCALE = 1.45;

    ChartStyle {
        Objects.requireNonNull(colors, "colors");
        if (!(scale > 0)) {
            throw new IllegalArgumentException("the scale must be positive: " + scale);
        }
    }

    static ChartStyle of(ThemeChoice choice) {
        return new ChartStyle(choice.theme() == Theme.LIGHT ? TimelineColors.LIGHT : TimelineColors.DARK,
                choice.presentation() ? PRESENTATION_SCALE : 1);
    }

    /** {@code pixels} of spacing in the normal look, in this style. */
    double size(double pixels) {
        return pixels * scale;
    }

    /** Run titles and chart titles. */
    Font headerFont() {
        return bold(14);
    }

    /** Lane labels. */
    Font laneFont() {
        return bold(13);
    }

    /** Text inside blocks. */
    Font blockFont() {
        return bold(12);
    }

    /** Axis ticks, legend and chart labels. */
    Font axisFont() {
        return Font.font("System", size(12));
    }

    private Font bold(double pixels) {
        return Font.font("System", FontWeight.BOLD, size(pixels));
    }
}
