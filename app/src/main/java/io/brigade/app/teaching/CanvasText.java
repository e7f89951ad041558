package io.brigade.app.teaching;

import javafx.scene.text.Font;
import javafx.scene.text.Text;

/** Measuring and fitting the text the canvas charts draw, which a canvas never wraps or elides by itself. */
final class CanvasText {

    private static final String ELLIPSIS = "\u2026";

    private CanvasText() {
    }

    static double width(String text, Font font) {
        Text measure = new Text(text);
        measure.setFont(font);
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
