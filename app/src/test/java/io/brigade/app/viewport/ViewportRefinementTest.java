package io.brigade.app.viewport;

import static org.assertj.core.api.Assertions.assertThat;

import io.brigade.app.concurrent.ExecutorBackgroundTasks;
import io.brigade.app.testing.HeldPreviews;
import io.brigade.app.testing.ImagePixels;
import io.brigade.app.testing.SampleScenes;
import io.brigade.engine.scene.Scene;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;

/** Once nothing newer is asked for, the draft on show is rendered again with the scene's anti-aliasing. */
class ViewportRefinementTest {

    private static final double AREA_WIDTH = 320;
    private static final double AREA_HEIGHT = 180;

    private final Scene scene = SampleScenes.teapotTurntable();
    private final HeldPreviews previews = new HeldPreviews();
    private final ViewportViewModel viewport = new ViewportViewModel(previews, Runnable::run,
            new ExecutorBackgroundTasks(Runnable::run, Runnable::run), picked -> { });

    @BeforeAll
    static void startFxToolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    @Test
    void theNewestDraftIsFollowedByItsRefinementWhichReplacesIt() {
        viewport.areaResized(AREA_WIDTH, AREA_HEIGHT);
        viewport.show(scene, 0);

        previews.render(0);
        assertThat(viewport.refinedProperty().get()).isFalse();
        int[] draft = ImagePixels.argb(viewport.imageProperty().get());
        assertThat(previews.requests()).hasSize(2);
        PreviewRequest refinement = previews.requests().get(1);
        assertThat(refinement.refined()).isTrue();
        assertThat(refinement.sameView(previews.requests().get(0))).isTrue();
        assertThat(refinement.settings().antiAliasing()).isEqualTo(scene.settings().antiAliasing());

        previews.render(1);
        assertThat(viewport.refinedProperty().get()).isTrue();
        assertThat(ImagePixels.argb(viewport.imageProperty().get())).isNotEqualTo(draft);
        assertThat(viewport.renderTimeTextProperty().get()).endsWith("ms, anti-aliased");
        assertThat(previews.requests()).hasSize(2);
    }

    @Test
    void aDraftOvertakenByANewerRequestIsShownButNotRefined() {
        viewport.areaResized(AREA_WIDTH, AREA_HEIGHT);
        viewport.show(scene, 0);
        viewport.orbit(20, 0);

        previews.render(0);

        assertThat(viewport.imageProperty().get()).isNotNull();
        assertThat(previews.requests()).hasSize(2).noneMatch(PreviewRequest::refined);
        previews.render(1);
        assertThat(previews.requests()).hasSize(3);
        assertThat(previews.requests().get(2).refined()).isTrue();
    }

    @Test
    void aRefinementThatArrivesAfterANewerRequestIsDropped() {
        viewport.areaResized(AREA_WIDTH, AREA_HEIGHT);
        viewport.show(scene, 0);
        previews.render(0);
        viewport.orbit(20, 0); // the user moves again before the refinement is done
        previews.render(2);
        int[] newerDraft = ImagePixels.argb(viewport.imageProperty().get());

        previews.render(1);

        assertThat(viewport.refinedProperty().get()).isFalse();
        assertThat(ImagePixels.argb(viewport.imageProperty().get())).isEqualTo(newerDraft);
    }

    @Test
    void aSceneWithoutAntiAliasingIsFinalAtOnce() {
        Scene plain = scene.withSettings(scene.settings().withAntiAliasing(1));
        viewport.areaResized(AREA_WIDTH, AREA_HEIGHT);
        viewport.show(plain, 0);

        previews.render(0);

        assertThat(previews.requests()).hasSize(1);
        assertThat(viewport.refinedProperty().get()).isTrue();
    }

    @Test
    void whilePlayingNoFrameIsRefined() {
        startPlaying();
        viewport.show(scene, 0);
        previews.render(0);
        viewport.show(scene, 1);
        previews.render(1);

        assertThat(previews.requests()).hasSize(2).noneMatch(PreviewRequest::refined);
        assertThat(viewport.refinedProperty().get()).isFalse();
    }

    @Test
    void whenPlaybackStopsTheFrameOnShowIsRefined() {
        startPlaying();
        viewport.show(scene, 3);
        previews.render(0);

        viewport.setPlaying(false);

        assertThat(previews.requests()).hasSize(2);
        PreviewRequest refinement = previews.requests().get(1);
        assertThat(refinement.refined()).isTrue();
        assertThat(refinement.sameView(previews.requests().get(0))).isTrue();
        previews.render(1);
        assertThat(viewport.refinedProperty().get()).isTrue();
    }

    @Test
    void whenPlaybackStopsBeforeTheLastFrameArrivesThatFrameIsRefinedOnArrival() {
        startPlaying();
        viewport.show(scene, 0);
        previews.render(0);
        viewport.show(scene, 1);

        viewport.setPlaying(false);
        assertThat(previews.requests()).hasSize(2).noneMatch(PreviewRequest::refined);
        previews.render(1);

        assertThat(previews.requests()).hasSize(3);
        assertThat(previews.requests().get(2).refined()).isTrue();
        assertThat(previews.requests().get(2).frame()).isEqualTo(1);
    }

    private void startPlaying() {
        viewport.setPlaying(true);
        viewport.areaResized(AREA_WIDTH, AREA_HEIGHT);
    }
}
