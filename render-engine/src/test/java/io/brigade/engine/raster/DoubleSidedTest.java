package io.brigade.engine.raster;

import io.brigade.engine.geometry.MeshPart;
import io.brigade.engine.geometry.Model;
import io.brigade.engine.math.Color;
import io.brigade.engine.math.Mat4;
import io.brigade.engine.math.Quat;
import io.brigade.engine.math.Vec3;
import io.brigade.engine.scene.Background;
import io.brigade.engine.scene.DrawItem;
import io.brigade.engine.scene.RenderSettings;
import io.brigade.engine.schedule.CancellationToken;
import io.brigade.engine.shading.Material;
import io.brigade.engine.shading.ShadingMode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** A double-sided material shows its back faces, lit as if they faced the viewer; a single-sided one culls them. */
class DoubleSidedTest {

    private static final Color SKY = new Color(0.5, 0.7, 1.0);
    private static final RenderSettings SMALL = new RenderSettings(80, 60, 24, 0, 0, 1, ShadingMode.PHONG,
            Background.solid(SKY), false);
    private static final Mat4 TURNED_AWAY = Mat4.rotation(Quat.fromAxisAngle(Vec3.UNIT_Y, 180));
    private static final Color GREY = new Color(0.5, 0.5, 0.5);

    private static DrawItem square(boolean doubleSided, Mat4 world) {
        Material material = new Material("m", GREY, Color.BLACK, 1, null, doubleSided);
        return new DrawItem(0, "square", Model.of(new MeshPart("part", TestPoses.square(0), material)), world);
    }

    private static RenderedFrame render(DrawItem item, RenderSettings settings) {
        return new FrameRenderer().render(TestPoses.pose(TestPoses.FRONT_CAMERA, List.of(item)), settings,
                CancellationToken.NONE);
    }

    @ParameterizedTest
    @EnumSource(ShadingMode.class)
    void theBackOfADoubleSidedSquareIsLitLikeItsFront(ShadingMode mode) {
        RenderSettings settings = SMALL.withShading(mode);
        RenderedFrame front = render(square(true, Mat4.IDENTITY), settings);
        RenderedFrame back = render(square(true, TURNED_AWAY), settings);

        // ambient 0.1 + head light 1.0 on the normal turned towards the viewer: 0.5 * 1.1 = 0.55, both ways round
        assertThat(back.argb(40, 30)).isEqualTo(new Color(0.55, 0.55, 0.55).toArgb());
        assertThat(back.argb(40, 30)).isEqualTo(front.argb(40, 30));
    }

    @Test
    void aSingleSidedSquareSeenFromBehindIsCulledAndADoubleSidedOneIsNot() {
        assertThat(render(square(false, TURNED_AWAY), SMALL).argb(40, 30)).isEqualTo(SKY.toArgb());
        assertThat(render(square(true, TURNED_AWAY), SMALL).stats().trianglesRasterized()).isEqualTo(2);
    }

    @Test
    void theFrontOfADoubleSidedSquareLooksExactlyAsSingleSided() {
        assertThat(render(square(true, Mat4.IDENTITY), SMALL).samePixels(render(square(false, Mat4.IDENTITY), SMALL)))
                .isTrue();
    }

    @Test
    void theBackOfADoubleSidedSquareCanBePicked() {
        assertThat(new FrameRenderer().pick(TestPoses.pose(TestPoses.FRONT_CAMERA, List.of(square(true, TURNED_AWAY))),
                SMALL, 40, 30, CancellationToken.NONE)).hasValue(0);
    }
}
