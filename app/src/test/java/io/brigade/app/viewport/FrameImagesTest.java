package io.brigade.app.viewport;

import static org.assertj.core.api.Assertions.assertThat;

import io.brigade.app.testing.ImagePixels;
import io.brigade.engine.raster.RenderStats;
import io.brigade.engine.raster.RenderedFrame;
import javafx.scene.image.WritableImage;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;

class FrameImagesTest {

    @BeforeAll
    static void startFxToolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    @Test
    void copiesEveryPixelInPlace() {
        int[] argb = {
                0xff000000, 0xffff0000, 0xff00ff00,
                0xff0000ff, 0xffffffff, 0xff123456,
        };
        RenderedFrame frame = RenderedFrame.of(0, 3, 2, argb, RenderStats.NONE);

        WritableImage image = FrameImages.toImage(frame);

        assertThat(image.getWidth()).isEqualTo(3);
        assertThat(image.getHeight()).isEqualTo(2);
        assertThat(ImagePixels.argb(image)).containsExactly(argb);
    }
}
