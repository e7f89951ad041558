package io.brigade.app.teaching;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.scene.text.Font;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;

@ExtendWith(ApplicationExtension.class)
class CanvasTextTest {

    private static final Font FONT = Font.font("System", 12);
    private static final String SUMMARY = "2 workers: 1.9 cores busy, 2.0 threads with work (averages)";

    @Test
    void textThatFitsIsKeptWhole() {
        assertThat(CanvasText.fit(SUMMARY, FONT, CanvasText.width(SUMMARY, FONT) + 1)).isEqualTo(SUMMARY);
    }

    @Test
    void textTooWideKeepsItsLongestStartThatFitsWithAnEllipsis() {
        double room = CanvasText.width(SUMMARY, FONT) / 2;

        String fitted = CanvasText.fit(SUMMARY, FONT, room);

        assertThat(fitted).endsWith("\u2026").hasSizeLessThan(SUMMARY.length());
        assertThat(SUMMARY).startsWith(fitted.substring(0, fitted.length() - 1));
        assertThat(CanvasText.width(fitted, FONT)).isLessThanOrEqualTo(room);
        assertThat(fitted.length()).as("not shortened more than needed").isGreaterThan(SUMMARY.length() / 3);
    }

    @Test
    void noRoomLeavesNothing() {
        assertThat(CanvasText.fit(SUMMARY, FONT, 2)).isEmpty();
    }
}
