package io.brigade.app.teaching;

import static org.assertj.core.api.Assertions.assertThat;

import io.brigade.app.theme.Theme;
import io.brigade.app.theme.ThemeChoice;
import org.junit.jupiter.api.Test;

class ChartStyleTest {

    private static final ChartStyle DARK = ChartStyle.of(ThemeChoice.DEFAULT);
    private static final ChartStyle LIGHT = ChartStyle.of(new ThemeChoice(Theme.LIGHT, false));
    private static final ChartStyle PRESENTING = ChartStyle.of(new ThemeChoice(Theme.DARK, true));

    @Test
    void theLightThemeDrawsDarkTextOnALightGround() {
        assertThat(LIGHT.colors().ground().getBrightness()).isGreaterThan(0.9);
        assertThat(LIGHT.colors().text().getBrightness()).isLessThan(0.3);
        assertThat(DARK.colors().ground().getBrightness()).isLessThan(0.2);
        assertThat(DARK.colors().text().getBrightness()).isGreaterThan(0.8);
    }

    @Test
    void theLightThemesFramesStandOutOnPaperAndNeighboursDiffer() {
        for (int frame = 0; frame < LIGHT.colors().frames().size(); frame++) {
            assertThat(LIGHT.colors().frame(frame).getSaturation()).as("frame %d", frame).isGreaterThan(0.5);
            assertThat(LIGHT.colors().frame(frame)).isNotEqualTo(LIGHT.colors().frame(frame + 1));
        }
    }

    @Test
    void presentationModeEnlargesTypeAndSpacingInEitherTheme() {
        assertThat(PRESENTING.laneFont().getSize()).isGreaterThan(DARK.laneFont().getSize() * 1.3);
        assertThat(PRESENTING.axisFont().getSize()).isGreaterThan(DARK.axisFont().getSize() * 1.3);
        assertThat(PRESENTING.size(10)).isGreaterThan(DARK.size(10));
        assertThat(PRESENTING.colors()).isEqualTo(DARK.colors());
        assertThat(ChartStyle.of(new ThemeChoice(Theme.LIGHT, true)).headerFont().getSize())
                .isEqualTo(PRESENTING.headerFont().getSize());
    }

    @Test
    void layoutGrowsWithTheStyle() {
        TimelineLayout normal = new TimelineLayout(java.util.List.of(), 1000, 300, 0, DARK.scale());
        TimelineLayout presenting = new TimelineLayout(java.util.List.of(), 1000, 300, 0, PRESENTING.scale());

        assertThat(presenting.plotLeft()).isGreaterThan(normal.plotLeft());
        assertThat(presenting.headerHeight()).isGreaterThan(normal.headerHeight());
        assertThat(presenting.axisHeight()).isGreaterThan(normal.axisHeight());
    }
}
