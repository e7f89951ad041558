package io.brigade.engine.raster;

import io.brigade.engine.geometry.Mesh;
import io.brigade.engine.geometry.MeshPart;
import io.brigade.engine.math.Mat4;
import io.brigade.engine.scene.DrawItem;
import io.brigade.engine.scene.FramePose;
import io.brigade.engine.scene.RenderSettings;
import io.brigade.engine.schedule.CancellationToken;
import io.brigade.engine.shading.LightRig;
import io.brigade.engine.shading.SurfaceShader;

/**
 * Renders posed frames. Each instance owns its scratch buffers (samples, transformed vertices,
 * clipper), so it is not thread-safe: give every worker its own. Output depends only on the pose,
 * the settings and the region, never on which instance or thread rendered it.
 */
public final class FrameRenderer {

    /** Triangles between cancellation checks. */
    private static final int TRIANGLES_PER_CANCEL_CHECK = 1024;

    private final SampleBuffer samples = new SampleBuffer();
    private final VertexStage vertices = new VertexStage();
    private final SurfaceShader shader = new SurfaceShader();
    private final TriangleRasterizer rasterizer = new TriangleRasterizer(shader);
    private final float[] mvp = new float[16];
    private final float[] world = new float[16];
    private final float[] normalMatrix = new float[9];

    /** Renders the whole frame. */
    public RenderedFrame render(FramePose pose, RenderSettings settings, CancellationToken token) {
        int[] pixels = new int[settings.width() * settings.height()];
        RenderStats stats = render(pose, settings, Region.full(settings.width(), settings.height()), pixels, token);
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
            samples.resolve(ss, target, settings.width());
            return new RenderStats(submitted, rasterizer.trianglesRasterized, rasterizer.samplesShaded);
        } finally {
            samples.detach();
        }
    }

    private long drawAll(FramePose pose, RenderSettings settings, CancellationToken token) {
        int ss = settings.antiAliasing();
        samples.clear(settings.background(), settings.height() * ss);
        rasterizer.begin(samples, settings.width() * ss, settings.height() * ss, ss, settings.shading(),
                settings.wireframe(), token);
        shader.setLights(LightRig.of(pose.lights(), pose.ambient(), pose.camera().position()));
        Mat4 viewProjection = pose.camera().projectionMatrix(settings.aspect()).multiply(pose.camera().viewMatrix());
        long submitted = 0;
        for (DrawItem item : pose.items()) {
            token.throwIfCancelled();
            if (!prepareMatrices(viewProjection, item.world())) {
                continue; // scaled to nothing: no area to draw
            }
            for (MeshPart part : item.model().parts()) {
                submitted += drawPart(part, settings, token);
            }
        }
        token.throwIfCancelled();
        return submitted;
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
            }
        }
        return true;
    }

    private int drawPart(MeshPart part, RenderSettings settings, CancellationToken token) {
        Mesh mesh = part.mesh();
        shader.setMaterial(part.material());
        rasterizer.setNeeds(shader.hasTexture(), shader.needsPosition());
        vertices.run(mesh, mvp, world, normalMatrix, settings.shading(), shader);
        float[] clip = vertices.clip;
        rasterizer.project(clip, mesh.vertexCount());
        float[] var = vertices.varyings;
        int triangles = mesh.triangleCount();
        for (int t = 0; t < triangles; t++) {
            if (t % TRIANGLES_PER_CANCEL_CHECK == 0) {
                token.throwIfCancelled();
            }
            rasterizer.draw(clip, var, mesh.index(t, 0), mesh.index(t, 1), mesh.index(t, 2));
        }
        return triangles;
    }
}
