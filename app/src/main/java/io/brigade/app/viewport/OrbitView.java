package io.brigade.app.viewport;

import io.brigade.engine.camera.Camera;
import io.brigade.engine.math.Vec3;
import java.util.Objects;

/**
 * The editor's view as a turntable around a target point: the eye sits {@code distance} away from
 * {@code target}, turned {@code yawDegrees} about the world's Y axis (0 looks along -Z from +Z) and raised
 * {@code pitchDegrees} above the horizon. Its cameras keep world Y up, so a camera with roll loses it.
 * Operations return new views.
 */
public record OrbitView(Vec3 target, double yawDegrees, double pitchDegrees, double distance) {

    /** Short of straight up or down, where "up" would no longer say which way the view is turned. */
    public static final double MAX_PITCH_DEGREES = 89;
    /** Closer than this the view would pass through its target. */
    public static final double MIN_DISTANCE = 1e-3;
    /** Farther than this nothing of an ordinary scene is left to see. */
    public static final double MAX_DISTANCE = 1e6;

    public OrbitView {
        Objects.requireNonNull(target, "target");
        if (!target.isFinite() || !Double.isFinite(yawDegrees) || !Double.isFinite(pitchDegrees)) {
            throw new IllegalArgumentException("an orbit view needs finite numbers, got " + target + ", yaw "
                    + yawDegrees + ", pitch " + pitchDegrees);
        }
        if (!(distance >= MIN_DISTANCE && distance <= MAX_DISTANCE)) {
            throw new IllegalArgumentException("distance must be between " + MIN_DISTANCE + " and " + MAX_DISTANCE
                    + ", got " + distance);
        }
        pitchDegrees = clampPitch(pitchDegrees);
    }

    /** The view from {@code camera}'s eye towards its target. */
    public static OrbitView of(Camera camera) {
        Vec3 offset = camera.position().minus(camera.target());
        double distance = offset.length();
        if (distance < MIN_DISTANCE) {
            return new OrbitView(camera.target(), 0, 0, MIN_DISTANCE);
        }
        double yaw = Math.toDegrees(Math.atan2(offset.x(), offset.z()));
        double pitch = Math.toDegrees(Math.asin(Math.max(-1, Math.min(1, offset.y() / distance))));
        return new OrbitView(camera.target(), yaw, pitch, Math.min(distance, MAX_DISTANCE));
    }

    /** Where the eye is. */
    public Vec3 eye() {
        double yaw = Math.toRadians(yawDegrees);
        double pitch = Math.toRadians(pitchDegrees);
        Vec3 direction = new Vec3(Math.sin(yaw) * Math.cos(pitch), Math.sin(pitch), Math.cos(yaw) * Math.cos(pitch));
        return target.plus(direction.times(distance));
    }

    /** A camera at this view, with {@code lens}'s field of view and clip planes. */
    public Camera toCamera(Camera lens) {
        return new Camera(eye(), target, Vec3.UNIT_Y, lens.fovYDegrees(), lens.near(), lens.far());
    }

    /** Turned about the target: yaw and pitch change by these angles; pitch stops short of the poles. */
    public OrbitView orbited(double yawChange, double pitchChange) {
        return new OrbitView(target, normalizedYaw(yawDegrees + yawChange), pitchDegrees + pitchChange, distance);
    }

    /** Eye and target slid together along the view's right and up directions, by world units. */
    public OrbitView panned(double right, double up) {
        Vec3 forward = target.minus(eye()).normalize();
        Vec3 rightAxis = forward.cross(Vec3.UNIT_Y).normalize();
        Vec3 upAxis = rightAxis.cross(forward);
        return new OrbitView(target.plus(rightAxis.times(right)).plus(upAxis.times(up)), yawDegrees, pitchDegrees,
                distance);
    }

    /** Moved towards the target (factor below 1) or away from it; the distance stays within its limits. */
    public OrbitView dollied(double factor) {
        if (!(factor > 0) || Double.isInfinite(factor)) {
            throw new IllegalArgumentException("dolly factor must be positive and finite, got " + factor);
        }
        return new OrbitView(target, yawDegrees, pitchDegrees,
                Math.max(MIN_DISTANCE, Math.min(MAX_DISTANCE, distance * factor)));
    }

    private static double clampPitch(double pitch) {
        return Math.max(-MAX_PITCH_DEGREES, Math.min(MAX_PITCH_DEGREES, pitch));
    }

    /** Into (-180, 180], so that turning round and round never loses precision. */
    private static double normalizedYaw(double yaw) {
        double turned = Math.IEEEremainder(yaw, 360);
        return turned == -180 ? 180 : turned;
    }
}
