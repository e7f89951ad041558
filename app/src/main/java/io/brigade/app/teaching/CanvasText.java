package io.brigade.app.teaching;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import javafx.scene.text.Font;
import javafx.scene.text.Text;

/**
 * Measuring and fitting the text the canvas charts draw, which a canvas never wraps or elides by itself.
 * Widths are remembered: a live chart measures the same labels on every redraw, and each measurement lays out
 * a text node on the UI thread.
 */
final class CanvasText {

    private static final String ELLIPSIS = "\u2026";
    private static final int REMEMBERED_WIDTHS = 512;
    private static final Map<Measured, Double> WIDTHS = Collections.synchronizedMap(
            new LinkedHashMap<>(REMEMBERED_WIDTHS, 0.75f, true) {
                @Override
                protected boolean removeEldestEntry(Map.Entry<Measured, Double> eldest) {
                    return size() > REMEMBERED_WIDTHS;
                }
            });

    private record Measured(String text, Font font) {
    }

    private CanvasText() {
    }

    static double width(String text, Font font) {
        return WIDTHS.computeIfAbsent(new Measured(text, font), CanvasText::measure);
    }

    private static double measure(Measured measured) {
        Text measure = new Text(measured.text());
        measure.setFont(measured.font());
        return measure.getLayoutBounds().getWidth();
    }

    /** {@code text}, or its longest start that fits {@code room} pixels with an ellipsis after it. */
    static String fit(String text, Font font, double room) {
        if (width(text, font) <= room) {
            return text;
        }
        int low = 0;
        int high = text.length();
        while (low < high) {
            int middle = (low + high + 1) / 2;
            if (width(text.substring(0, middle).stripTrailing() + ELLIPSIS, font) <= room) {
                low = middle;
            } else {
                high = middle - 1;
            }
        }
        return low == 0 ? "" : text.substring(0, low).stripTrailing() + ELLIPSIS;
    }
}
