package io.brigade.engine.schedule;

import io.brigade.engine.raster.RenderStats;
import io.brigade.engine.raster.Region;
import io.brigade.engine.scene.FramePose;
import io.brigade.engine.scene.RenderSettings;

/**
 * How a job renders one tile: with the calling worker's own {@code FrameRenderer}. A seam so that
 * tests can make a tile fail, which a well-formed scene never does.
 */
@FunctionalInterface
interface TileRenderer {
    RenderStats render(FramePose pose, RenderSettings settings, Region region, int[] target, CancellationToken token);
}
