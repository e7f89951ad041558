package io.brigade.app.viewport;

import static org.assertj.core.api.Assertions.assertThat;

import io.brigade.app.concurrent.ExecutorBackgroundTasks;
import io.brigade.app.testing.HeldPreviews;
import io.brigade.app.testing.ImagePixels;
import io.brigade.app.testing.SampleScenes;
import io.brigade.app.testing.SynchronousPreviews;
import io.brigade.engine.raster.FrameRenderer;
import io.brigade.engine.raster.RenderStats;
import io.brigade.engine.raster.RenderedFrame;
import io.brigade.engine.scene.Scene;
import io.brigade.engine.schedule.CancellationToken;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.OptionalInt;
import javafx.scene.image.Image;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;

class ViewportViewModelTest {

    private static final double WIDE_AREA_WIDTH = 1176;
    private static final double WIDE_AREA_HEIGHT = 700;
    private static final int STILL_WIDTH = 32;
    private static final int STILL_HEIGHT = 18;

    private final Scene scene = SampleScenes.teapotTurntable();
    private final SynchronousPreviews previews = new SynchronousPreviews();
    private final List<OptionalInt> picks = new ArrayList<>();
    private final ViewportViewModel viewport = viewportOn(previews);

    @BeforeAll
    static void startFxToolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    @Test
    void rendersNothingBeforeTheViewReportsItsRoom() {
        viewport.show(scene, 0);

        assertThat(previews.requests()).isEmpty();
        assertThat(viewport.imageProperty().get()).isNull();
        assertThat(viewport.previewSizeProperty().get()).isNull();
    }

    @Test
    void showsTheFrameRenderedAtTheCappedSizeThatFitsTheArea() {
        viewport.areaResized(WIDE_AREA_WIDTH, WIDE_AREA_HEIGHT);
        viewport.show(scene, 0);

        Image image = viewport.imageProperty().get();
        assertThat(viewport.previewSizeProperty().get()).isEqualTo(new PreviewSize(PreviewSize.MAX_WIDTH, 540));
        assertThat(image.getWidth()).isEqualTo(PreviewSize.MAX_WIDTH);
        assertThat(image.getHeight()).isEqualTo(540);
        assertThat(ImagePixels.showsMoreThanTheBackground(image)).isTrue();
        assertThat(viewport.renderTimeTextProperty().get()).matches("\\d+ ms, anti-aliased");
        assertThat(viewport.triangleCountTextProperty().get())
                .isEqualTo(String.format(Locale.ROOT, "%,d triangles", scene.poseAt(0).triangleCount()));
    }

    @Test
    void anotherFrameShowsAnotherImage() {
        viewport.areaResized(WIDE_AREA_WIDTH, WIDE_AREA_HEIGHT);
        viewport.show(scene, 0);
        int[] first = ImagePixels.argb(viewport.imageProperty().get());

        viewport.show(scene, 24);

        assertThat(ImagePixels.argb(viewport.imageProperty().get())).isNotEqualTo(first);
    }

    @Test
    void resizingRendersAgainAtTheNewSize() {
        viewport.areaResized(WIDE_AREA_WIDTH, WIDE_AREA_HEIGHT);
        viewport.show(scene, 0);

        viewport.areaResized(400, 400);

        assertThat(viewport.imageProperty().get().getWidth()).isEqualTo(400);
        assertThat(viewport.imageProperty().get().getHeight()).isEqualTo(225);
    }

    @Test
    void aStillOfTheFrameOnShowStaysThroughResizesUntilTheFrameChanges() {
        viewport.areaResized(WIDE_AREA_WIDTH, WIDE_AREA_HEIGHT);
        viewport.show(scene, 2);
        RenderedFrame still = blankStill(2);

        viewport.showStill(scene, 2, still);
        viewport.areaResized(400, 400);

        assertThat(viewport.isShowingStill()).isTrue();
        assertThat(viewport.imageProperty().get().getWidth()).isEqualTo(STILL_WIDTH);
        viewport.show(scene, 3);
        assertThat(viewport.isShowingStill()).isFalse();
        assertThat(viewport.imageProperty().get().getWidth()).isEqualTo(400);
    }

    @Test
    void aStillStaysWhenTheViewIsAskedForTheSceneCameraItAlreadyShows() {
        viewport.areaResized(WIDE_AREA_WIDTH, WIDE_AREA_HEIGHT);
        viewport.show(scene, 2);
        viewport.showStill(scene, 2, blankStill(2));

        viewport.viewThroughSceneCamera();
        assertThat(viewport.isShowingStill()).isTrue();

        viewport.orbit(5, 0);
        assertThat(viewport.isShowingStill()).isFalse();
        assertThat(viewport.imageProperty().get().getWidth()).isEqualTo(PreviewSize.MAX_WIDTH);
    }

    @Test
    void aStillOfAFrameNoLongerOnShowIsIgnored() {
        viewport.areaResized(WIDE_AREA_WIDTH, WIDE_AREA_HEIGHT);
        viewport.show(scene, 5);

        viewport.showStill(scene, 2, blankStill(2));

        assertThat(viewport.isShowingStill()).isFalse();
        assertThat(viewport.imageProperty().get().getWidth()).isNotEqualTo(STILL_WIDTH);
    }

    @Test
    void askingForTheFrameOnShowAgainRendersNothingNew() {
        viewport.areaResized(WIDE_AREA_WIDTH, WIDE_AREA_HEIGHT);
        viewport.show(scene, 3);
        viewport.show(scene, 3);
        viewport.areaResized(WIDE_AREA_WIDTH, WIDE_AREA_HEIGHT);

        assertThat(previews.requests()).filteredOn(request -> !request.refined()).hasSize(1);
    }

    @Test
    void dropsAFrameThatArrivesAfterItsSceneWasReplaced() {
        HeldPreviews held = new HeldPreviews();
        ViewportViewModel slow = viewportOn(held);
        Scene replacement = SampleScenes.teapotTurntable();
        slow.areaResized(WIDE_AREA_WIDTH, WIDE_AREA_HEIGHT);
        slow.show(scene, 0);
        slow.show(replacement, 0);

        held.render(0);
        assertThat(slow.imageProperty().get()).isNull();

        held.render(1);
        assertThat(slow.imageProperty().get()).isNotNull();
    }

    @Test
    void reportsAFailedRenderUntilOneSucceeds() {
        List<PreviewRequest> asked = new ArrayList<>();
        IllegalStateException bug = new IllegalStateException("renderer bug");
        ViewportViewModel failing = viewportOn((request, whenDone) -> {
            asked.add(request);
            whenDone.accept(asked.size() == 1
                    ? new PreviewResult.Failed(request, bug)
                    : request.render(new FrameRenderer(), CancellationToken.NONE));
        });
        failing.areaResized(WIDE_AREA_WIDTH, WIDE_AREA_HEIGHT);

        failing.show(scene, 0);
        assertThat(failing.failureProperty().get().error()).isSameAs(bug);
        assertThat(failing.imageProperty().get()).isNull();

        failing.show(scene, 1);
        assertThat(failing.failureProperty().get()).isNull();
        assertThat(failing.imageProperty().get()).isNotNull();
    }

    /** A viewport whose picks run at once on the calling thread and land in {@link #picks}. */
    private ViewportViewModel viewportOn(PreviewRenderService service) {
        return new ViewportViewModel(service, Runnable::run, new ExecutorBackgroundTasks(Runnable::run, Runnable::run),
                picks::add);
    }

    private static RenderedFrame blankStill(int frame) {
        return RenderedFrame.of(frame, STILL_WIDTH, STILL_HEIGHT, new int[STILL_WIDTH * STILL_HEIGHT], RenderStats.NONE);
    }
}
