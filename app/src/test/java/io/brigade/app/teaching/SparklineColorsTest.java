package io.brigade.app.teaching;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.brigade.app.theme.Theme;
import javafx.scene.paint.Color;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class SparklineColorsTest {

    /** WCAG 2.1 AA for graphical objects and large text. */
    private static final double AA_GRAPHICS = 3.0;
    /** WCAG 2.1 AA for normal text. */
    private static final double AA_TEXT = 4.5;

    @ParameterizedTest
    @EnumSource(Theme.class)
    void everyBarStandsOutFromTheGround(Theme theme) {
        SparklineColors colors = SparklineColors.of(theme);

        assertThat(SparklineColors.contrast(colors.live(), colors.ground())).isGreaterThanOrEqualTo(AA_GRAPHICS);
        assertThat(SparklineColors.contrast(colors.slow(), colors.ground())).isGreaterThanOrEqualTo(AA_GRAPHICS);
        assertThat(SparklineColors.contrast(colors.frozen(), colors.ground())).isGreaterThanOrEqualTo(AA_GRAPHICS);
    }

    @Test
    void theFreezeLinesTextColoursPassAaOnTheirThemesBackground() {
        // brigade.css and brigade-light.css: .freeze-report and .responsiveness-frozen on each theme's background
        assertThat(SparklineColors.contrast(Color.web("#ff8a8d"), Color.web("#2b2d31")))
                .isGreaterThanOrEqualTo(AA_TEXT);
        assertThat(SparklineColors.contrast(Color.web("#b42318"), Color.web("#f7f8fa")))
                .isGreaterThanOrEqualTo(AA_TEXT);
    }

    @Test
    void contrastIsTheWcagRatio() {
        assertThat(SparklineColors.contrast(Color.BLACK, Color.WHITE)).isCloseTo(21, within(1e-9));
        assertThat(SparklineColors.contrast(Color.GRAY, Color.GRAY)).isCloseTo(1, within(1e-9));
    }
}
