package io.brigade.app.teaching;

import io.brigade.app.theme.Theme;
import javafx.scene.paint.Color;

/**
 * The responsiveness meter's colours in one theme: the sparkline's ground, its 60 Hz line, the bars of live,
 * slow and frozen UI frames, the spinner's ring. Each bar keeps at least 3:1 contrast with the ground (WCAG AA
 * for graphics) in both themes.
 */
record SparklineColors(Color ground, Color smoothLine, Color live, Color slow, Color frozen, Color ring) {

    static final SparklineColors DARK = new SparklineColors(Color.web("#1b1c1f"), Color.web("#ffffff33"),
            Color.web("#5ec27a"), Color.web("#f5b642"), Color.web("#e5484d"), Color.web("#4a4e56"));
    static final SparklineColors LIGHT = new SparklineColors(Color.web("#f3f4f6"), Color.web("#00000033"),
            Color.web("#1a7f37"), Color.web("#9a6700"), Color.web("#cf222e"), Color.web("#c4c8cf"));

    static SparklineColors of(Theme theme) {
        return theme == Theme.LIGHT ? LIGHT : DARK;
    }

    /** The WCAG contrast ratio of two opaque colours, 1 to 21. */
    static double contrast(Color a, Color b) {
        double lighter = Math.max(luminance(a), luminance(b));
        double darker = Math.min(luminance(a), luminance(b));
        return (lighter + 0.05) / (darker + 0.05);
    }

    private static double luminance(Color color) {
        return 0.2126 * linear(color.getRed()) + 0.7152 * linear(color.getGreen()) + 0.0722 * linear(color.getBlue());
    }

    private static double linear(double channel) {
        return channel <= 0.03928 ? channel / 12.92 : Math.pow((channel + 0.055) / 1.055, 2.4);
    }
}
