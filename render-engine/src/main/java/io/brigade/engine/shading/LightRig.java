package io.brigade.engine.shading;

import io.brigade.engine.math.Color;
import io.brigade.engine.math.Vec3;

import java.util.List;

/**
 * A frame's lights flattened into float arrays for the pixel loop: directional lights as a unit
 * vector towards the light, point lights as a position, all colours pre-multiplied by intensity.
 */
public final class LightRig {

    final int directionalCount;
    final float[] towardsLight;     // 3 per directional light
    final float[] directionalColor; // 3 per directional light
    final int pointCount;
    final float[] pointPosition;    // 3 per point light
    final float[] pointColor;       // 3 per point light
    final float[] pointInvRangeSq;  // 1 per point light
    final float ambientR;
    final float ambientG;
    final float ambientB;
    final float eyeX;
    final float eyeY;
    final float eyeZ;

    private LightRig(List<Light> lights, Color ambient, Vec3 eye) {
        List<DirectionalLight> dirs = lights.stream().filter(DirectionalLight.class::isInstance)
                .map(DirectionalLight.class::cast).toList();
        List<PointLight> points = lights.stream().filter(PointLight.class::isInstance)
                .map(PointLight.class::cast).toList();
        directionalCount = dirs.size();
        towardsLight = new float[directionalCount * 3];
        directionalColor = new float[directionalCount * 3];
        for (int i = 0; i < directionalCount; i++) {
            put(towardsLight, i, dirs.get(i).direction().negate());
            put(directionalColor, i, dirs.get(i).color(), dirs.get(i).intensity());
        }
        pointCount = points.size();
        pointPosition = new float[pointCount * 3];
        pointColor = new float[pointCount * 3];
        pointInvRangeSq = new float[pointCount];
        for (int i = 0; i < pointCount; i++) {
            PointLight p = points.get(i);
            put(pointPosition, i, p.position());
            put(pointColor, i, p.color(), p.intensity());
            pointInvRangeSq[i] = (float) (1 / (p.range() * p.range()));
        }
        ambientR = (float) ambient.r();
        ambientG = (float) ambient.g();
        ambientB = (float) ambient.b();
        eyeX = (float) eye.x();
        eyeY = (float) eye.y();
        eyeZ = (float) eye.z();
    }

    /** Prepares {@code lights} for a camera at {@code eye}. */
    public static LightRig of(List<Light> lights, Color ambient, Vec3 eye) {
        return new LightRig(lights, ambient, eye);
    }

    private static void put(float[] a, int i, Vec3 v) {
        a[i * 3] = (float) v.x();
        a[i * 3 + 1] = (float) v.y();
        a[i * 3 + 2] = (float) v.z();
    }

    private static void put(float[] a, int i, Color c, double intensity) {
        a[i * 3] = (float) (c.r() * intensity);
        a[i * 3 + 1] = (float) (c.g() * intensity);
        a[i * 3 + 2] = (float) (c.b() * intensity);
    }
}
