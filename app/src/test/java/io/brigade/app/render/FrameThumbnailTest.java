package io.brigade.app.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.brigade.engine.raster.RenderStats;
import io.brigade.engine.raster.RenderedFrame;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FrameThumbnailTest {

    private static final int OPAQUE = 0xff000000;

    @ParameterizedTest(name = "{0}x{1} at most {2} wide -> {3}x{4}")
    @CsvSource({"1280, 720, 96, 96, 54", "48, 27, 96, 48, 27", "200, 1, 96, 96, 1", "7, 300, 3, 3, 129"})
    void keepsTheAspectAndNeverEnlarges(int width, int height, int maxWidth, int thumbWidth, int thumbHeight) {
        FrameThumbnail thumbnail = FrameThumbnail.of(uniform(3, width, height, OPAQUE | 0x336699), maxWidth);

        assertThat(thumbnail.frame()).isEqualTo(3);
        assertThat(thumbnail.width()).isEqualTo(thumbWidth);
        assertThat(thumbnail.height()).isEqualTo(thumbHeight);
        assertThat(thumbnail.copyPixels()).containsOnly(OPAQUE | 0x336699);
    }

    @Test
    void eachPixelAveragesTheBoxItCovers() {
        // 4x2 shrunk to 2x1: the left box holds black and white, the right box red and blue.
        int[] pixels = {
            OPAQUE, OPAQUE | 0xffffff, OPAQUE | 0xff0000, OPAQUE | 0xff0000,
            OPAQUE, OPAQUE | 0xffffff, OPAQUE | 0x0000ff, OPAQUE | 0x0000ff,
        };
        FrameThumbnail thumbnail = FrameThumbnail.of(RenderedFrame.of(0, 4, 2, pixels, RenderStats.NONE), 2);

        assertThat(thumbnail.height()).isEqualTo(1);
        assertThat(thumbnail.argb(0, 0)).isEqualTo(OPAQUE | 0x808080);
        assertThat(thumbnail.argb(1, 0)).isEqualTo(OPAQUE | 0x800080);
    }

    @Test
    void pixelsHandedOutAreCopies() {
        FrameThumbnail thumbnail = FrameThumbnail.of(uniform(0, 4, 4, OPAQUE), 2);

        thumbnail.copyPixels()[0] = 0;

        assertThat(thumbnail.argb(0, 0)).isEqualTo(OPAQUE);
    }

    @Test
    void aWidthBelowOneIsRefused() {
        assertThatThrownBy(() -> FrameThumbnail.of(uniform(0, 4, 4, OPAQUE), 0))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("0");
    }

    private static RenderedFrame uniform(int frame, int width, int height, int argb) {
        int[] pixels = new int[width * height];
        Arrays.fill(pixels, argb);
        return RenderedFrame.of(frame, width, height, pixels, RenderStats.NONE);
    }
}
