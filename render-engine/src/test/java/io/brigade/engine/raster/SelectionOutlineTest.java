package io.brigade.engine.raster;

import static org.assertj.core.api.Assertions.assertThat;

import io.brigade.engine.math.Color;
import io.brigade.engine.math.Mat4;
import io.brigade.engine.math.Vec3;
import io.brigade.engine.scene.Background;
import io.brigade.engine.scene.DrawItem;
import io.brigade.engine.scene.FramePose;
import io.brigade.engine.scene.RenderSettings;
import io.brigade.engine.schedule.CancellationToken;
import io.brigade.engine.shading.ShadingMode;
import java.util.List;
import java.util.OptionalInt;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class SelectionOutlineTest {

    private static final Color SKY = new Color(0.5, 0.7, 1.0);
    private static final RenderSettings SMALL = new RenderSettings(80, 60, 24, 0, 0, 1, ShadingMode.PHONG,
            Background.solid(SKY), false);

    private final FrameRenderer renderer = new FrameRenderer();
    /** A red square in front, partly covering a blue one behind it and to the right. */
    private final DrawItem front = TestPoses.item(0, TestPoses.square(0.5f), new Color(1, 0, 0), Mat4.IDENTITY);
    private final DrawItem behind = TestPoses.item(1, TestPoses.square(-0.5f), new Color(0, 0, 1),
            Mat4.translation(new Vec3(1, 0, 0)));
    private final FramePose pose = TestPoses.pose(TestPoses.FRONT_CAMERA, List.of(front, behind));

    @ParameterizedTest
    @CsvSource({"1, PHONG", "2, PHONG", "1, GOURAUD", "1, FLAT", "3, GOURAUD"})
    void outlinesOnlyTheVisibleRimOfTheHighlightedObject(int antiAliasing, ShadingMode shading) {
        RenderSettings settings = SMALL.withAntiAliasing(antiAliasing).withShading(shading);
        RenderedFrame plain = renderer.render(pose, settings, CancellationToken.NONE);
        RenderedFrame outlined = renderer.render(pose, settings, 1, CancellationToken.NONE);

        int changed = 0;
        for (int y = 0; y < SMALL.height(); y++) {
            for (int x = 0; x < SMALL.width(); x++) {
                if (plain.argb(x, y) != outlined.argb(x, y)) {
                    changed++;
                    // never where the red square in front shows; without supersampling only where the blue one does
                    OptionalInt picked = renderer.pick(pose, settings, x, y, CancellationToken.NONE);
                    assertThat(picked).as("pixel %d,%d", x, y).isNotEqualTo(OptionalInt.of(0));
                    if (antiAliasing == 1) {
                        assertThat(picked).as("pixel %d,%d", x, y).hasValue(1);
                    }
                }
            }
        }
        assertThat(changed).isPositive();
        // the blue square's inside keeps its colour; its right rim is painted
        int right = rightmostBluePixel(plain, 30);
        assertThat(outlined.argb(right - 6, 30)).isEqualTo(plain.argb(right - 6, 30));
        assertThat(outlined.argb(right, 30)).isNotEqualTo(plain.argb(right, 30));
        assertThat(outlined.stats()).isEqualTo(plain.stats());
    }

    @ParameterizedTest
    @ValueSource(ints = {FrameRenderer.NO_HIGHLIGHT, 5})
    void anIndexNoItemHasOutlinesNothing(int highlighted) {
        RenderedFrame plain = renderer.render(pose, SMALL, CancellationToken.NONE);

        assertThat(renderer.render(pose, SMALL, highlighted, CancellationToken.NONE).samePixels(plain)).isTrue();
    }

    private static int rightmostBluePixel(RenderedFrame frame, int y) {
        for (int x = frame.width() - 1; x >= 0; x--) {
            int argb = frame.argb(x, y);
            if (argb != SKY.toArgb() && (argb & 0xff) > 100) {
                return x;
            }
        }
        throw new AssertionError("no blue pixel in row " + y);
    }
}
