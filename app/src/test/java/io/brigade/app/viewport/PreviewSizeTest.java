package io.brigade.app.viewport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class PreviewSizeTest {

    private static final double WIDESCREEN = 16.0 / 9.0;

    @ParameterizedTest(name = "{0}x{1} area, aspect {2}, max {3} -> {4}x{5}")
    @CsvSource({
            // a wide area: the width cap decides
            "1176, 700, 1.7777777777777777, 960, 960, 540",
            // a narrow area: its width decides
            "640, 700, 1.7777777777777777, 960, 640, 360",
            // a short area: its height decides, the width follows the aspect
            "1176, 300, 1.7777777777777777, 960, 533, 300",
            // a portrait scene in a landscape area
            "1000, 600, 0.5, 960, 300, 600",
            // fractional room rounds down, never past the area
            "640.9, 360.9, 1.7777777777777777, 960, 640, 360",
            "2, 1, 1.7777777777777777, 960, 2, 1",
    })
    void fitsTheAreaKeepingTheAspect(double areaWidth, double areaHeight, double aspect, int maxWidth,
                                     int width, int height) {
        assertThat(PreviewSize.fit(areaWidth, areaHeight, aspect, maxWidth)).contains(new PreviewSize(width, height));
    }

    @ParameterizedTest(name = "{0}x{1}")
    @CsvSource({"0, 500", "500, 0", "0.5, 500", "1, 1", "-10, -10"})
    void isEmptyWhenTheAreaHoldsNoPixel(double areaWidth, double areaHeight) {
        assertThat(PreviewSize.fit(areaWidth, areaHeight, WIDESCREEN, PreviewSize.MAX_WIDTH)).isEmpty();
    }

    @Test
    void rejectsAnAspectThatIsNotAPositiveNumber() {
        assertThatIllegalArgumentException().isThrownBy(() -> PreviewSize.fit(100, 100, 0, PreviewSize.MAX_WIDTH));
        assertThatIllegalArgumentException().isThrownBy(() -> PreviewSize.fit(100, 100, Double.NaN, PreviewSize.MAX_WIDTH));
        assertThatIllegalArgumentException().isThrownBy(() -> new PreviewSize(0, 10));
    }
}
