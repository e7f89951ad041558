package io.brigade.app.viewport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.brigade.app.concurrent.ExecutorBackgroundTasks;
import io.brigade.app.testing.HeldPreviews;
import io.brigade.app.testing.SampleScenes;
import io.brigade.engine.animation.Interpolators;
import io.brigade.engine.animation.Keyframe;
import io.brigade.engine.animation.Track;
import io.brigade.engine.camera.Camera;
import io.brigade.engine.math.Vec3;
import io.brigade.engine.scene.Scene;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;

/** Orbit, pan and zoom move the viewport's own camera; the scene and its camera stay as they are. */
class ViewportNavigationTest {

    /** Rounding of a few trigonometric steps on coordinates of order 10. */
    private static final double TOLERANCE = 1e-9;

    private final Scene scene = SampleScenes.teapotTurntable();
    private final Camera sceneCamera = scene.camera().valueAt(0);
    private final HeldPreviews previews = new HeldPreviews();
    private final ViewportViewModel viewport = new ViewportViewModel(previews, Runnable::run,
            new ExecutorBackgroundTasks(Runnable::run, Runnable::run), picked -> { });

    @BeforeAll
    static void startFxToolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    private void showScene() {
        viewport.areaResized(960, 540);
        viewport.show(scene, 0);
    }

    @Test
    void theViewStartsAtTheSceneCamera() {
        showScene();

        assertThat(viewport.throughSceneCameraProperty().get()).isTrue();
        assertThat(viewport.viewCamera()).contains(sceneCamera);
        assertThat(previews.last().view()).isEqualTo(sceneCamera);
    }

    @Test
    void orbitingTurnsTheViewAboutTheTargetAndRendersIt() {
        showScene();

        viewport.orbit(50, 0);

        Camera view = viewport.viewCamera().orElseThrow();
        assertThat(viewport.throughSceneCameraProperty().get()).isFalse();
        assertThat(view.target()).isEqualTo(sceneCamera.target());
        assertThat(distance(view)).isCloseTo(distance(sceneCamera), within(TOLERANCE));
        // dragged right, the scene turns right with the pointer: the eye goes round to the left (-X)
        assertThat(view.position().x()).isNegative();
        assertThat(OrbitView.of(view).yawDegrees())
                .isCloseTo(-50 * ViewportViewModel.ORBIT_DEGREES_PER_PIXEL, within(TOLERANCE));
        assertThat(previews.last().view()).isEqualTo(view);
        assertThat(previews.last().scene()).isSameAs(scene);
    }

    @Test
    void draggingDownRaisesTheEye() {
        showScene();

        viewport.orbit(0, 30);

        assertThat(viewport.viewCamera().orElseThrow().position().y()).isGreaterThan(sceneCamera.position().y());
    }

    @Test
    void panningByHalfThePictureHeightMovesTheTargetByHalfTheHeightSeenThere() {
        showScene();
        double heightSeen = 2 * distance(sceneCamera) * Math.tan(Math.toRadians(sceneCamera.fovYDegrees()) / 2);

        viewport.pan(0.5, 0);

        Camera view = viewport.viewCamera().orElseThrow();
        Vec3 moved = view.target().minus(sceneCamera.target());
        assertThat(moved.length()).isCloseTo(heightSeen / 2, within(TOLERANCE));
        assertThat(moved.x()).isNegative(); // the scene follows the pointer right, so the view slides left
        assertThat(view.position().minus(sceneCamera.position()).minus(moved).length()).isLessThan(TOLERANCE);
    }

    @Test
    void theWheelDolliesTowardsTheTargetAndBack() {
        showScene();

        viewport.dolly(2);
        assertThat(distance(viewport.viewCamera().orElseThrow()))
                .isCloseTo(distance(sceneCamera) * ViewportViewModel.DOLLY_PER_NOTCH * ViewportViewModel.DOLLY_PER_NOTCH,
                        within(TOLERANCE));

        viewport.dolly(-2);
        assertThat(distance(viewport.viewCamera().orElseThrow())).isCloseTo(distance(sceneCamera), within(TOLERANCE));
    }

    @Test
    void viewingThroughTheSceneCameraResetsTheView() {
        showScene();
        viewport.orbit(80, -20);
        viewport.pan(0.1, 0.2);

        viewport.viewThroughSceneCamera();

        assertThat(viewport.throughSceneCameraProperty().get()).isTrue();
        assertThat(viewport.viewCamera()).contains(sceneCamera);
        assertThat(previews.last().view()).isEqualTo(sceneCamera);
    }

    @Test
    void throughTheSceneCameraTheViewFollowsItsAnimationAndAMovedViewStaysPut() {
        Camera later = sceneCamera.withPosition(new Vec3(6, 3, 6));
        Scene animated = scene.withCamera(Track.of(Interpolators.CAMERA, Keyframe.of(0, sceneCamera),
                Keyframe.of(1, later)));
        viewport.areaResized(960, 540);
        viewport.show(animated, 0);

        viewport.show(animated, 24);
        assertThat(viewport.viewCamera()).contains(later);

        viewport.orbit(10, 0);
        Camera moved = viewport.viewCamera().orElseThrow();
        viewport.show(animated, 0);
        assertThat(viewport.viewCamera()).contains(moved);
    }

    @Test
    void everyDragStepAsksForTheNewestViewOnly() {
        showScene();
        int before = previews.requests().size();

        for (int step = 0; step < 5; step++) {
            viewport.orbit(3, 1);
        }

        assertThat(previews.requests()).hasSize(before + 5);
        assertThat(previews.last().view()).isEqualTo(viewport.viewCamera().orElseThrow());
        assertThat(previews.requests().subList(before, before + 5)).allSatisfy(request ->
                assertThat(request.refined()).isFalse());
    }

    @Test
    void navigatingBeforeASceneIsShownDoesNothing() {
        viewport.orbit(10, 10);
        viewport.pan(0.1, 0.1);
        viewport.dolly(1);

        assertThat(viewport.viewCamera()).isEmpty();
        assertThat(viewport.throughSceneCameraProperty().get()).isTrue();
        assertThat(previews.requests()).isEmpty();
    }

    private static double distance(Camera camera) {
        return camera.position().minus(camera.target()).length();
    }
}
