package io.brigade.engine.raster;

import io.brigade.engine.geometry.Mesh;
import io.brigade.engine.geometry.MeshPart;
import io.brigade.engine.math.Mat4;
import io.brigade.engine.scene.DrawItem;
import io.brigade.engine.scene.FramePose;
import io.brigade.engine.scene.RenderSettings;
import io.brigade.engine.schedule.CancellationToken;
import io.brigade.engine.shading.LightRig;
import io.brigade.engine.shading.ShadingMode;
import io.brigade.engine.shading.SurfaceShader;
import java.util.OptionalInt;

/**
 * Renders posed frames. Each instance owns its scratch buffers (samples, transformed vertices,
 * clipper), so it is not thread-safe: give every worker its own. Output depends only on the pose,
 * the settings and the region, never on which instance or thread rendered it.
 */
public final class FrameRenderer {

    /** Triangles between cancellation checks. */
    private static final int TRIANGLES_PER_CANCEL_CHECK = 1024;

    /** {@link #render(FramePose, RenderSettings, int, CancellationToken)} with this index outlines nothing. */
    public static final int NO_HIGHLIGHT = -1;
    /** The colour of the highlighted object's outline, ARGB. */
    public static final int HIGHLIGHT_ARGB = SelectionOutline.COLOR;

    private final SampleBuffer samples = new SampleBuffer();
    private final SampleBuffer highlight = new SampleBuffer();
    private final VertexStage vertices = new VertexStage();
    private final SurfaceShader shader = new SurfaceShader();
    private final TriangleRasterizer rasterizer = new TriangleRasterizer(shader);
    private final float[] mvp = new float[16];
    private final float[] world = new float[16];
    private final float[] normalMatrix = new float[9];
    private final float[] backNormalMatrix = new float[9]; // normalMatrix negated: back faces lit from behind

    /** Renders the whole frame. */
    public RenderedFrame render(FramePose pose, RenderSettings settings, CancellationToken token) {
        int[] pixels = new int[settings.width() * settings.height()];
        RenderStats stats = render(pose, settings, Region.full(settings.width(), settings.height()), pixels, token);
        return RenderedFrame.adopt(pose.frame(), settings.width(), settings.height(), pixels, stats);
    }

    /**
     * Renders the whole frame with the visible part of object {@code highlightedObject} (a
     * {@link DrawItem#objectIndex()}) outlined, as an editor shows its selection. An index no item has, such
     * as {@link #NO_HIGHLIGHT}, outlines nothing.
     */
    public RenderedFrame render(FramePose pose, RenderSettings settings, int highlightedObject,
                                CancellationToken token) {
        int[] pixels = new int[settings.width() * settings.height()];
        RenderStats stats = render(pose, settings, Region.full(settings.width(), settings.height()), pixels,
                highlightedObject, token);
        return RenderedFrame.adopt(pose.frame(), settings.width(), settings.height(), pixels, stats);
    }

    /**
     * Renders {@code region} of the frame into {@code target}, a whole frame's pixels (width x height,
     * row by row); pixels outside the region are left untouched.
     *
     * @throws io.brigade.engine.schedule.RenderCancelledException when the token is cancelled mid-way
     */
    public RenderStats render(FramePose pose, RenderSettings settings, Region region, int[] target,
                              CancellationToken token) {
        return render(pose, settings, region, target, NO_HIGHLIGHT, token);
    }

    /**
     * The object drawn nearest at the centre of pixel ({@code x}, {@code y}) of a frame rendered with these
     * settings, as a {@link DrawItem#objectIndex()}; empty where only the background shows. The pixel is
     * rasterized exactly as {@link #render} draws it (same projection, clipping, fill rule and depth test),
     * one sample at its centre, so the answer agrees with a frame rendered without supersampling.
     *
     * @throws io.brigade.engine.schedule.RenderCancelledException when the token is cancelled mid-way
     */
    public OptionalInt pick(FramePose pose, RenderSettings settings, int x, int y, CancellationToken token) {
        if (x < 0 || y < 0 || x >= settings.width() || y >= settings.height()) {
            throw new IllegalArgumentException("pixel " + x + "," + y + " lies outside the " + settings.width()
                    + "x" + settings.height() + " frame");
        }
        RenderSettings centreOnly = settings.antiAliasing() == 1 ? settings : settings.withAntiAliasing(1);
        samples.prepare(x, y, 1, 1);
        Mat4 viewProjection = beginFrame(pose, centreOnly, samples, token);
        float nearest = SampleBuffer.FAR_DEPTH;
        int found = -1;
        for (DrawItem item : pose.items()) {
            drawItem(viewProjection, item, centreOnly, token);
            rasterizer.flush();
            // The depth test lets a sample through only when it is nearer: a drop means this item now shows.
            if (samples.depth[0] < nearest) {
                nearest = samples.depth[0];
                found = item.objectIndex();
            }
        }
        token.throwIfCancelled();
        return found < 0 ? OptionalInt.empty() : OptionalInt.of(found);
    }

    private RenderStats render(FramePose pose, RenderSettings settings, Region region, int[] target,
                               int highlightedObject, CancellationToken token) {
        if (!region.fitsIn(settings.width(), settings.height())) {
            throw new IllegalArgumentException(region + " lies outside the " + settings.width() + "x" + settings.height() + " frame");
        }
        if (target.length != settings.width() * settings.height()) {
            throw new IllegalArgumentException("target holds " + target.length + " pixels, frame needs "
                    + settings.width() * settings.height());
        }
        int ss = settings.antiAliasing();
        if (ss == 1 && region.equals(Region.full(settings.width(), settings.height()))) {
            samples.prepareDirect(target, settings.width(), settings.height());
        } else {
            samples.prepare(region.x0() * ss, region.y0() * ss, region.width() * ss, region.height() * ss);
        }
        try {
            long submitted = drawAll(pose, settings, token);
            RenderStats stats = new RenderStats(submitted, rasterizer.trianglesRasterized, rasterizer.samplesShaded);
            outline(pose, settings, highlightedObject, token);
            samples.resolve(ss, target, settings.width());
            return stats;
        } finally {
            samples.detach();
        }
    }

    private long drawAll(FramePose pose, RenderSettings settings, CancellationToken token) {
        Mat4 viewProjection = beginFrame(pose, settings, samples, token);
        long submitted = 0;
        for (DrawItem item : pose.items()) {
            submitted += drawItem(viewProjection, item, settings, token);
        }
        rasterizer.flush();
        token.throwIfCancelled();
        return submitted;
    }

    /** Clears {@code buffer}, points the rasterizer at it and returns the camera's view-projection. */
    private Mat4 beginFrame(FramePose pose, RenderSettings settings, SampleBuffer buffer, CancellationToken token) {
        int ss = settings.antiAliasing();
        buffer.clear(settings.background(), settings.height() * ss);
        rasterizer.begin(buffer, settings.width() * ss, settings.height() * ss, ss, settings.shading(),
                settings.wireframe(), token);
        shader.setLights(LightRig.of(pose.lights(), pose.ambient(), pose.camera().position()));
        return pose.camera().projectionMatrix(settings.aspect()).multiply(pose.camera().viewMatrix());
    }

    /** Draws one item; returns the triangles submitted. */
    private long drawItem(Mat4 viewProjection, DrawItem item, RenderSettings settings, CancellationToken token) {
        token.throwIfCancelled();
        if (!prepareMatrices(viewProjection, item.world())) {
            return 0; // scaled to nothing: no area to draw
        }
        long submitted = 0;
        for (MeshPart part : item.model().parts()) {
            submitted += drawPart(part, settings, token);
        }
        return submitted;
    }

    /**
     * Draws the highlighted item again, alone, into a second depth buffer: where its depth equals the frame's,
     * it is the visible surface (the same triangles give the very same depths), and that region's rim is painted.
     * Depth does not depend on shading, so this pass shades flat, the cheapest way.
     */
    private void outline(FramePose pose, RenderSettings settings, int highlightedObject, CancellationToken token) {
        for (DrawItem item : pose.items()) {
            if (item.objectIndex() == highlightedObject) {
                RenderSettings depthOnly = settings.withShading(ShadingMode.FLAT).withWireframe(false);
                highlight.prepare(samples.originX, samples.originY, samples.width, samples.height);
                Mat4 viewProjection = beginFrame(pose, depthOnly, highlight, token);
                drawItem(viewProjection, item, depthOnly, token);
                rasterizer.flush();
                SelectionOutline.paint(samples, highlight, settings.antiAliasing());
                return;
            }
        }
    }

    private boolean prepareMatrices(Mat4 viewProjection, Mat4 model) {
        Mat4 inverse;
        try {
            inverse = model.inverse();
        } catch (ArithmeticException singular) {
            return false;
        }
        viewProjection.multiply(model).copyTo(mvp, 0);
        model.copyTo(world, 0);
        // Normals transform by the inverse transpose, so non-uniform scale keeps them perpendicular.
        for (int row = 0; row < 3; row++) {
            for (int col = 0; col < 3; col++) {
                normalMatrix[row * 3 + col] = (float) inverse.get(col, row);
                backNormalMatrix[row * 3 + col] = -normalMatrix[row * 3 + col];
            }
        }
        return true;
    }

    private int drawPart(MeshPart part, RenderSettings settings, CancellationToken token) {
        Mesh mesh = part.mesh();
        rasterizer.useMaterial(part.material());
        drawFaces(mesh, normalMatrix, false, settings, token);
        if (part.material().doubleSided()) {
            // The back faces are the front faces of the mesh turned inside out: winding reversed so the
            // rasterizer's cull keeps them, normals negated so they are lit on the side the viewer sees.
            drawFaces(mesh, backNormalMatrix, true, settings, token);
        }
        return mesh.triangleCount();
    }

    private void drawFaces(Mesh mesh, float[] normals, boolean reversed, RenderSettings settings,
                           CancellationToken token) {
        vertices.run(mesh, mvp, world, normals, settings.shading(), shader);
        float[] clip = vertices.clip;
        rasterizer.project(clip, mesh.vertexCount());
        float[] var = vertices.varyings;
        int second = reversed ? 2 : 1;
        int third = reversed ? 1 : 2;
        int triangles = mesh.triangleCount();
        for (int t = 0; t < triangles; t++) {
            if (t % TRIANGLES_PER_CANCEL_CHECK == 0) {
                token.throwIfCancelled();
            }
            rasterizer.draw(clip, var, mesh.index(t, 0), mesh.index(t, second), mesh.index(t, third));
        }
    }
}
