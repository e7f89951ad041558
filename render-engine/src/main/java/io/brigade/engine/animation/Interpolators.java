package io.brigade.engine.animation;

import io.brigade.engine.camera.Camera;
import io.brigade.engine.math.Color;
import io.brigade.engine.math.Quat;
import io.brigade.engine.math.Vec3;
import io.brigade.engine.shading.DirectionalLight;
import io.brigade.engine.shading.Light;
import io.brigade.engine.shading.PointLight;

/** The interpolators of the engine's value types. Scene transforms have theirs in {@code scene.Transform}. */
public final class Interpolators {

    public static final Interpolator<Double> DOUBLE = (a, b, t) -> lerp(a, b, t);

    public static final Interpolator<Vec3> VEC3 = Vec3::lerp;

    public static final Interpolator<Color> COLOR = Color::lerp;

    /** Spherical interpolation along the shorter arc: constant angular speed. */
    public static final Interpolator<Quat> QUAT = Quat::slerp;

    /** Every camera property moves linearly (the eye and the target travel in straight lines). */
    public static final Interpolator<Camera> CAMERA = (a, b, t) -> new Camera(
            a.position().lerp(b.position(), t),
            a.target().lerp(b.target(), t),
            a.up().lerp(b.up(), t),
            lerp(a.fovYDegrees(), b.fovYDegrees(), t),
            lerp(a.near(), b.near(), t),
            lerp(a.far(), b.far(), t));

    /** Lights of the same kind blend property by property; a change of kind happens as a step. */
    public static final Interpolator<Light> LIGHT = Interpolators::interpolateLight;

    private Interpolators() {
    }

    public static double lerp(double a, double b, double t) {
        return a + (b - a) * t;
    }

    private static Light interpolateLight(Light a, Light b, double t) {
        if (a instanceof PointLight p && b instanceof PointLight q) {
            return new PointLight(p.position().lerp(q.position(), t), p.color().lerp(q.color(), t),
                    lerp(p.intensity(), q.intensity(), t), lerp(p.range(), q.range(), t));
        }
        if (a instanceof DirectionalLight d && b instanceof DirectionalLight e) {
            Vec3 direction = d.direction().lerp(e.direction(), t);
            if (direction.length() < 1e-9) { // opposite directions meet at zero halfway: turn over there
                direction = t < 0.5 ? d.direction() : e.direction();
            }
            return new DirectionalLight(direction, d.color().lerp(e.color(), t), lerp(d.intensity(), e.intensity(), t));
        }
        return t < 1 ? a : b;
    }
}
