package io.brigade.app.viewport;

import io.brigade.engine.camera.Camera;
import io.brigade.engine.raster.FrameRenderer;
import io.brigade.engine.raster.RenderedFrame;
import io.brigade.engine.scene.RenderSettings;
import io.brigade.engine.scene.Scene;
import io.brigade.engine.schedule.CancellationToken;
import io.brigade.engine.schedule.RenderCancelledException;
import java.util.Objects;
import java.util.OptionalInt;

/**
 * One frame of a scene to render for the preview, at the preview's size, seen through {@code view} (the
 * scene's camera or the editor's own) with object {@code highlightedObject} outlined
 * ({@link FrameRenderer#NO_HIGHLIGHT} for none). A draft skips supersampling; its {@link #refined()} version
 * uses the scene's anti-aliasing.
 */
public record PreviewRequest(Scene scene, int frame, PreviewSize size, Camera view, int highlightedObject,
                             boolean refined) {

    /**
     * Drafts skip supersampling: 2x2 costs about four times the render time (130 ms instead of 31 ms for the
     * sample teapot at 960x540), which would halve the frames shown while playing or dragging. Final renders
     * and refined previews use the scene's own setting.
     */
    static final int PREVIEW_ANTI_ALIASING = 1;

    public PreviewRequest {
        Objects.requireNonNull(scene, "scene");
        Objects.requireNonNull(size, "size");
        Objects.requireNonNull(view, "view");
    }

    /** A draft of {@code frame} through the scene's own camera, outlining nothing. */
    public PreviewRequest(Scene scene, int frame, PreviewSize size) {
        this(scene, frame, size, sceneCamera(scene, frame), FrameRenderer.NO_HIGHLIGHT, false);
    }

    /** The scene's camera at {@code frame}. */
    public static Camera sceneCamera(Scene scene, int frame) {
        return scene.camera().valueAt(scene.secondsAt(frame));
    }

    /** The scene's settings, resized to the preview; without supersampling unless refined. */
    public RenderSettings settings() {
        RenderSettings sized = scene.settings().withSize(size.width(), size.height());
        return refined ? sized : sized.withAntiAliasing(PREVIEW_ANTI_ALIASING);
    }

    /** True for a draft whose refined version would look better: the scene asks for anti-aliasing. */
    public boolean needsRefinement() {
        return !refined && scene.settings().antiAliasing() > PREVIEW_ANTI_ALIASING;
    }

    /** This request with the scene's anti-aliasing. */
    public PreviewRequest refinedVersion() {
        return new PreviewRequest(scene, frame, size, view, highlightedObject, true);
    }

    /**
     * True when {@code other} shows the same picture, drafts and refinements alike. The scene counts by
     * identity: {@code Scene.equals} compares every mesh, too slow for each step of a drag.
     */
    public boolean sameView(PreviewRequest other) {
        return other != null && other.scene == scene && other.frame == frame && other.size.equals(size)
                && other.view.equals(view) && other.highlightedObject == highlightedObject;
    }

    /**
     * Renders this request with {@code renderer}, which the calling thread must own, and times it; what
     * the renderer throws comes back as a {@link PreviewResult.Failed}.
     *
     * @throws RenderCancelledException when {@code token} is cancelled mid-way
     */
    public PreviewResult render(FrameRenderer renderer, CancellationToken token) {
        long start = System.nanoTime();
        try {
            RenderedFrame image = renderer.render(scene.poseAt(frame).withCamera(view), settings(), highlightedObject,
                    token);
            return new PreviewResult.Rendered(this, image, System.nanoTime() - start);
        } catch (RenderCancelledException cancelled) {
            throw cancelled;
        } catch (RuntimeException e) {
            return new PreviewResult.Failed(this, e);
        }
    }

    /**
     * The object drawn at a point of this picture, given as fractions of its width and height from the
     * top-left corner (the pixel there, by its centre); empty for the background.
     */
    public OptionalInt pick(double across, double down, FrameRenderer renderer) {
        if (!(across >= 0 && across < 1 && down >= 0 && down < 1)) {
            throw new IllegalArgumentException("a point of the picture lies in [0, 1), got " + across + ", " + down);
        }
        int x = (int) (across * size.width());
        int y = (int) (down * size.height());
        return renderer.pick(scene.poseAt(frame).withCamera(view), settings(), x, y, CancellationToken.NONE);
    }
}
