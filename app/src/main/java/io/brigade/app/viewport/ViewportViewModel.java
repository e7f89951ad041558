package io.brigade.app.viewport;

import io.brigade.app.concurrent.BackgroundTasks;
import io.brigade.app.concurrent.FxLatestValueBridge;
import io.brigade.engine.camera.Camera;
import io.brigade.engine.raster.FrameRenderer;
import io.brigade.engine.raster.RenderedFrame;
import io.brigade.engine.scene.Scene;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.image.Image;

/**
 * The preview: which frame of which scene to show, at a size that fits the area the view reports, rendered
 * by the {@link PreviewRenderService} and shown once it arrives. Once nothing newer is asked for, the frame
 * on show is rendered again with the scene's anti-aliasing.
 *
 * <p>The view looks through the scene's camera until the user orbits, pans or zooms; from then on through
 * the viewport's own camera, which belongs to the editor, not to the scene: navigating edits nothing.
 * Clicking the picture picks the object drawn there, off the FX thread. Use it on the FX thread.
 */
public final class ViewportViewModel {

    /** Degrees the view turns per pixel dragged. */
    static final double ORBIT_DEGREES_PER_PIXEL = 0.4;
    /** The distance to the target is multiplied by this for each wheel notch towards it. */
    static final double DOLLY_PER_NOTCH = 0.85;

    private final PreviewRenderService renderService;
    private final FxLatestValueBridge<PreviewResult> results;
    private final BackgroundTasks picking;
    private final Consumer<? super OptionalInt> picked;

    private final ReadOnlyObjectWrapper<Image> image = new ReadOnlyObjectWrapper<>(this, "image");
    private final ReadOnlyObjectWrapper<PreviewSize> previewSize = new ReadOnlyObjectWrapper<>(this, "previewSize");
    private final ReadOnlyStringWrapper renderTimeText = new ReadOnlyStringWrapper(this, "renderTimeText", "");
    private final ReadOnlyStringWrapper triangleCountText = new ReadOnlyStringWrapper(this, "triangleCountText", "");
    private final ReadOnlyObjectWrapper<PreviewResult.Failed> failure = new ReadOnlyObjectWrapper<>(this, "failure");
    private final ReadOnlyObjectWrapper<Exception> pickFailure = new ReadOnlyObjectWrapper<>(this, "pickFailure");
    private final ReadOnlyBooleanWrapper throughSceneCamera = new ReadOnlyBooleanWrapper(this, "throughSceneCamera",
            true);
    private final ReadOnlyBooleanWrapper refined = new ReadOnlyBooleanWrapper(this, "refined");

    private Scene scene;
    private int frame;
    private double areaWidth;
    private double areaHeight;
    /** The viewport's own camera; null while the view looks through the scene's. */
    private OrbitView orbit;
    private int highlightedObject = FrameRenderer.NO_HIGHLIGHT;
    private PreviewRequest lastRequest;
    /** What the picture on show was rendered from, to pick in; null before the first. */
    private PreviewRequest onShow;
    /** True while a final still of the frame on show replaces the preview, until the scene, frame or view changes. */
    private boolean stillOnShow;
    /** Counts clicks, so that only the newest pick selects. */
    private long picks;
    /** True while the timeline plays: each frame replaces the last at once, so none is refined. */
    private boolean playing;

    /**
     * {@code fxThread} runs the finished renders' hand-over on the FX thread ({@code Platform::runLater}
     * in the app, {@code Runnable::run} in tests whose render service answers on the calling thread).
     * {@code picking} runs picks in the background; {@code picked} then hears, on the FX thread, the object
     * clicked (its index in the scene) or nothing for the background.
     */
    public ViewportViewModel(PreviewRenderService renderService, Executor fxThread, BackgroundTasks picking,
                             Consumer<? super OptionalInt> picked) {
        this.renderService = Objects.requireNonNull(renderService, "renderService");
        this.results = new FxLatestValueBridge<>(fxThread, this::finished);
        this.picking = Objects.requireNonNull(picking, "picking");
        this.picked = Objects.requireNonNull(picked, "picked");
    }

    /** The newest rendered frame on show, or null before the first. */
    public ReadOnlyObjectProperty<Image> imageProperty() {
        return image.getReadOnlyProperty();
    }

    /** The size of the preview asked for last, or null while there is nothing to render or no room. */
    public ReadOnlyObjectProperty<PreviewSize> previewSizeProperty() {
        return previewSize.getReadOnlyProperty();
    }

    /** How long the frame on show took to render, such as "31 ms" or "124 ms, anti-aliased"; empty before the first. */
    public ReadOnlyStringProperty renderTimeTextProperty() {
        return renderTimeText.getReadOnlyProperty();
    }

    /** Triangles submitted for the frame on show, such as "9,122 triangles"; empty before the first. */
    public ReadOnlyStringProperty triangleCountTextProperty() {
        return triangleCountText.getReadOnlyProperty();
    }

    /** The last render that failed, until a later one succeeds; null when none. */
    public ReadOnlyObjectProperty<PreviewResult.Failed> failureProperty() {
        return failure.getReadOnlyProperty();
    }

    /** What the last pick that failed threw, until a later one succeeds; null when none. */
    public ReadOnlyObjectProperty<Exception> pickFailureProperty() {
        return pickFailure.getReadOnlyProperty();
    }

    /** True while the view looks through the scene's camera, false once the user has moved it. */
    public ReadOnlyBooleanProperty throughSceneCameraProperty() {
        return throughSceneCamera.getReadOnlyProperty();
    }

    /** True while the picture on show is the refined one, rendered with the scene's anti-aliasing. */
    public ReadOnlyBooleanProperty refinedProperty() {
        return refined.getReadOnlyProperty();
    }

    /** Shows {@code frame} of {@code scene}; asks for a render unless that very one was asked for last. */
    public void show(Scene scene, int frame) {
        Objects.requireNonNull(scene, "scene");
        if (scene != this.scene || frame != this.frame) {
            stillOnShow = false;
        }
        this.scene = scene;
        this.frame = frame;
        requestRender();
    }

    /**
     * Shows {@code still}, a final render of {@code frame} of {@code scene}, in place of the preview until
     * another scene, frame or view is shown; ignored when that is not what is on show now. The still was
     * taken through the scene's camera, so the view goes back to it.
     */
    public void showStill(Scene scene, int frame, RenderedFrame still) {
        if (scene != this.scene || frame != this.frame) {
            return;
        }
        viewThroughSceneCamera();
        stillOnShow = true;
        onShow = new PreviewRequest(scene, frame, new PreviewSize(still.width(), still.height()));
        image.set(FrameImages.toImage(still));
        refined.set(true);
        triangleCountText.set(String.format(Locale.ROOT, "%,d triangles", still.stats().trianglesSubmitted()));
    }

    /**
     * Tells whether the timeline is playing. While it plays no frame is refined, as the next one would cancel
     * the refinement; once it stops, the frame on show is refined.
     */
    public void setPlaying(boolean playing) {
        boolean stopped = this.playing && !playing;
        this.playing = playing;
        if (stopped) {
            refineOnShow();
        }
    }

    /** True while a final still replaces the preview. */
    public boolean isShowingStill() {
        return stillOnShow;
    }

    /** The view's room for the image changed; the preview is re-rendered to fit it. */
    public void areaResized(double width, double height) {
        areaWidth = width;
        areaHeight = height;
        requestRender();
    }

    /** Outlines the object at {@code index} of the scene in the preview; {@link FrameRenderer#NO_HIGHLIGHT} for none. */
    public void highlightObject(int index) {
        highlightedObject = index;
        requestRender();
    }

    /** The camera the preview looks through now; empty before a scene is shown. */
    public Optional<Camera> viewCamera() {
        if (scene == null) {
            return Optional.empty();
        }
        Camera sceneCamera = PreviewRequest.sceneCamera(scene, frame);
        return Optional.of(orbit == null ? sceneCamera : orbit.toCamera(sceneCamera));
    }

    /**
     * Turns the view about its target as the pointer moved by ({@code dx}, {@code dy}) screen pixels: the
     * scene follows the pointer, as if turned by hand.
     */
    public void orbit(double dx, double dy) {
        navigate(view -> view.orbited(-dx * ORBIT_DEGREES_PER_PIXEL, dy * ORBIT_DEGREES_PER_PIXEL));
    }

    /**
     * Slides the view sideways as the pointer moved by ({@code dx}, {@code dy}), in heights of the picture:
     * the point at the target's depth under the pointer stays under it.
     */
    public void pan(double dx, double dy) {
        navigate(view -> {
            double fovY = Math.toRadians(PreviewRequest.sceneCamera(scene, frame).fovYDegrees());
            double worldPerHeight = 2 * view.distance() * Math.tan(fovY / 2); // the picture's height at the target
            return view.panned(-dx * worldPerHeight, dy * worldPerHeight);
        });
    }

    /** Moves the view towards its target by {@code notches} wheel notches, or away for negative ones. */
    public void dolly(double notches) {
        navigate(view -> view.dollied(Math.pow(DOLLY_PER_NOTCH, notches)));
    }

    /** Looks through the scene's camera again, following it through its animation; nothing to do while it does. */
    public void viewThroughSceneCamera() {
        if (orbit == null) {
            return; // a still on show stays
        }
        orbit = null;
        throughSceneCamera.set(true);
        stillOnShow = false;
        requestRender();
    }

    /**
     * Picks what is drawn at a point of the picture on show, given as fractions of its width and height
     * from its top-left corner, in the background; a point beyond the picture picks nothing at once. The
     * pick is dropped when the scene changes or another click comes before it is done.
     */
    public void click(double across, double down) {
        PreviewRequest target = onShow;
        if (target == null) {
            return;
        }
        long click = ++picks;
        if (!(across >= 0 && across < 1 && down >= 0 && down < 1)) {
            picked.accept(OptionalInt.empty());
            return;
        }
        picking.run(() -> target.pick(across, down, new FrameRenderer()), object -> {
            if (click == picks && target.scene() == scene) {
                pickFailure.set(null);
                picked.accept(object);
            }
        }, pickFailure::set);
    }

    private void navigate(UnaryOperator<OrbitView> move) {
        if (scene == null) {
            return;
        }
        OrbitView from = orbit != null ? orbit : OrbitView.of(PreviewRequest.sceneCamera(scene, frame));
        orbit = move.apply(from);
        throughSceneCamera.set(false);
        stillOnShow = false;
        requestRender();
    }

    private void requestRender() {
        if (scene == null) {
            return;
        }
        Optional<PreviewSize> size = PreviewSize.fit(areaWidth, areaHeight, scene.settings().aspect(),
                PreviewSize.MAX_WIDTH);
        previewSize.set(size.orElse(null));
        if (size.isEmpty()) {
            return;
        }
        PreviewRequest request = new PreviewRequest(scene, frame, size.get(), viewCamera().orElseThrow(),
                highlightedObject, false);
        if (request.sameView(lastRequest)) {
            return;
        }
        lastRequest = request;
        renderService.request(request, results::post);
    }

    private void finished(PreviewResult result) {
        PreviewRequest request = result.request();
        if (request.scene() != scene) {
            return; // rendered for a scene replaced since; its frame would flash up out of place
        }
        if (stillOnShow) {
            return; // the final still of this very frame is on show, better than any preview of it
        }
        if (request.refined() && !request.sameView(lastRequest)) {
            return; // polishes a picture that something newer has replaced
        }
        if (result instanceof PreviewResult.Failed failed) {
            failure.set(failed);
            return;
        }
        PreviewResult.Rendered rendered = (PreviewResult.Rendered) result;
        onShow = request;
        image.set(FrameImages.toImage(rendered.image()));
        refined.set(request.refined() || !request.needsRefinement());
        renderTimeText.set(String.format(Locale.ROOT, request.refined() ? "%.0f ms, anti-aliased" : "%.0f ms",
                rendered.renderMillis()));
        triangleCountText.set(String.format(Locale.ROOT, "%,d triangles", rendered.image().stats().trianglesSubmitted()));
        failure.set(null);
        refineOnShow();
    }

    /** Asks for the refined version of the draft on show, unless something newer is asked for or playing. */
    private void refineOnShow() {
        if (!playing && onShow != null && onShow == lastRequest && onShow.needsRefinement()) {
            renderService.request(onShow.refinedVersion(), results::post); // nothing newer is waiting
        }
    }
}
