package io.brigade.engine.schedule;

import io.brigade.engine.scene.FramePose;
import io.brigade.engine.scene.RenderSettings;

/**
 * A request stretched to more frames than its range holds by going round the range again: frame
 * {@code start + k} shows the pose of {@code start + k mod length}, under its own number. The scaling benchmark
 * gives every worker count the same stretched request, so each renders the same frames.
 */
final class CycledFrames {

    private CycledFrames() {
    }

    static RenderRequest of(RenderRequest request, int frames) {
        RenderSettings settings = request.settings();
        int start = settings.startFrame();
        int length = settings.frameCount();
        if (frames == length) {
            return request;
        }
        RenderRequest cycled = request.withSettings(settings.withFrames(start, start + frames - 1));
        return new RenderRequest(frame -> {
            FramePose pose = request.poses().apply(start + (frame - start) % length);
            return new FramePose(frame, pose.camera(), pose.lights(), pose.ambient(), pose.items());
        }, cycled.settings(), cycled.workers(), cycled.output(), cycled.resume(), cycled.retries());
    }
}
