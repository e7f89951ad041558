package io.brigade.app.viewport;

import io.brigade.app.concurrent.FxLatestValueBridge;
import io.brigade.engine.raster.RenderedFrame;
import io.brigade.engine.scene.Scene;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.Executor;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.image.Image;

/**
 * The preview: which frame of which scene to show, at a size that fits the area the view reports, rendered
 * by the {@link PreviewRenderService} and shown once it arrives. Use it on the FX thread.
 */
public final class ViewportViewModel {

    private final PreviewRenderService renderService;
    private final FxLatestValueBridge<PreviewResult> results;

    private final ReadOnlyObjectWrapper<Image> image = new ReadOnlyObjectWrapper<>(this, "image");
    private final ReadOnlyObjectWrapper<PreviewSize> previewSize = new ReadOnlyObjectWrapper<>(this, "previewSize");
    private final ReadOnlyStringWrapper renderTimeText = new ReadOnlyStringWrapper(this, "renderTimeText", "");
    private final ReadOnlyStringWrapper triangleCountText = new ReadOnlyStringWrapper(this, "triangleCountText", "");
    private final ReadOnlyObjectWrapper<PreviewResult.Failed> failure = new ReadOnlyObjectWrapper<>(this, "failure");

    private Scene scene;
    private int frame;
    private double areaWidth;
    private double areaHeight;
    private PreviewRequest lastRequest;
    /** True while a final still of the frame on show replaces the preview, until the scene or frame changes. */
    private boolean stillOnShow;

    /**
     * {@code fxThread} runs the finished renders' hand-over on the FX thread ({@code Platform::runLater}
     * in the app, {@code Runnable::run} in tests whose render service answers on the calling thread).
     */
    public ViewportViewModel(PreviewRenderService renderService, Executor fxThread) {
        this.renderService = Objects.requireNonNull(renderService, "renderService");
        this.results = new FxLatestValueBridge<>(fxThread, this::finished);
    }

    /** The newest rendered frame on show, or null before the first. */
    public ReadOnlyObjectProperty<Image> imageProperty() {
        return image.getReadOnlyProperty();
    }

    /** The size of the preview asked for last, or null while there is nothing to render or no room. */
    public ReadOnlyObjectProperty<PreviewSize> previewSizeProperty() {
        return previewSize.getReadOnlyProperty();
    }

    /** How long the frame on show took to render, such as "31 ms"; empty before the first. */
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
     * another scene or frame is shown; ignored when that is not what is on show now.
     */
    public void showStill(Scene scene, int frame, RenderedFrame still) {
        if (scene != this.scene || frame != this.frame) {
            return;
        }
        stillOnShow = true;
        image.set(FrameImages.toImage(still));
        triangleCountText.set(String.format(Locale.ROOT, "%,d triangles", still.stats().trianglesSubmitted()));
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
        if (lastRequest != null && lastRequest.scene() == scene && lastRequest.frame() == frame
                && lastRequest.size().equals(size.get())) {
            return; // the scene by identity: Scene.equals compares every mesh, too slow for each slider step
        }
        PreviewRequest request = new PreviewRequest(scene, frame, size.get());
        lastRequest = request;
        renderService.request(request, results::post);
    }

    private void finished(PreviewResult result) {
        if (result.request().scene() != scene) {
            return; // rendered for a scene replaced since; its frame would flash up out of place
        }
        if (stillOnShow) {
            return; // the final still of this very frame is on show, better than any preview of it
        }
        if (result instanceof PreviewResult.Failed failed) {
            failure.set(failed);
            return;
        }
        PreviewResult.Rendered rendered = (PreviewResult.Rendered) result;
        image.set(FrameImages.toImage(rendered.image()));
        renderTimeText.set(String.format(Locale.ROOT, "%.0f ms", rendered.renderMillis()));
        triangleCountText.set(String.format(Locale.ROOT, "%,d triangles", rendered.image().stats().trianglesSubmitted()));
        failure.set(null);
    }
}
