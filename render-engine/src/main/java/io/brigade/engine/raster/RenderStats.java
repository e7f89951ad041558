package io.brigade.engine.raster;

/**
 * What one render did: triangles submitted, triangles that reached the rasterizer after culling and
 * clipping, and samples that passed the depth test and were shaded (supersamples count individually).
 */
public record RenderStats(long trianglesSubmitted, long trianglesRasterized, long samplesShaded) {

    public static final RenderStats NONE = new RenderStats(0, 0, 0);

    public RenderStats plus(RenderStats o) {
        return new RenderStats(trianglesSubmitted + o.trianglesSubmitted, trianglesRasterized + o.trianglesRasterized,
                samplesShaded + o.samplesShaded);
    }
}
