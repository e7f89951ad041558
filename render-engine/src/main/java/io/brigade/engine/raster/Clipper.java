package io.brigade.engine.raster;

/**
 * Sutherland-Hodgman clipping of one triangle in homogeneous clip space, before the divide by w.
 * Planes: the near plane (z >= -w, which also guarantees w > 0 afterwards) and a guard band
 * (|x|, |y| <= guard * w) that keeps screen coordinates small enough for exact fixed-point edges.
 * The far and side planes need no clipping: the depth test and the scissor take care of them.
 */
final class Clipper {

    static final int MAX_VERTICES = 9; // a triangle clipped by 5 planes gains at most one vertex per plane

    private final int stride;
    private float[] inClip = new float[MAX_VERTICES * 4];
    private float[] inVar;
    private float[] outClip = new float[MAX_VERTICES * 4];
    private float[] outVar;
    private int count;

    Clipper(int stride) {
        this.stride = stride;
        this.inVar = new float[MAX_VERTICES * stride];
        this.outVar = new float[MAX_VERTICES * stride];
    }

    /** Clipped polygon positions, x, y, z, w per vertex, valid for {@link #vertexCount()} vertices. */
    float[] clip() {
        return inClip;
    }

    float[] varyings() {
        return inVar;
    }

    int vertexCount() {
        return count;
    }

    /** Clips triangle (a, b, c) of the given arrays; afterwards the result is a convex polygon (maybe empty). */
    void clip(float[] clip, float[] var, int a, int b, int c, float guard) {
        count = 0;
        copyVertex(clip, var, a);
        copyVertex(clip, var, b);
        copyVertex(clip, var, c);
        clipAgainst(0, 0, 1, 1);           // z + w >= 0
        clipAgainst(-1, 0, 0, guard);      // guard*w - x >= 0
        clipAgainst(1, 0, 0, guard);       // guard*w + x >= 0
        clipAgainst(0, -1, 0, guard);      // guard*w - y >= 0
        clipAgainst(0, 1, 0, guard);       // guard*w + y >= 0
    }

    private void copyVertex(float[] clip, float[] var, int v) {
        System.arraycopy(clip, v * 4, inClip, count * 4, 4);
        System.arraycopy(var, v * stride, inVar, count * stride, stride);
        count++;
    }

    /** Keeps the part of the polygon where {@code kx*x + ky*y + kz*z + kw*w >= 0}. */
    private void clipAgainst(float kx, float ky, float kz, float kw) {
        if (count == 0) {
            return;
        }
        int out = 0;
        for (int i = 0; i < count; i++) {
            int j = (i + 1) % count;
            float di = distance(i, kx, ky, kz, kw);
            float dj = distance(j, kx, ky, kz, kw);
            if (di >= 0) {
                copyOut(i, out++);
            }
            if ((di >= 0) != (dj >= 0)) {
                lerpOut(i, j, di / (di - dj), out++);
            }
        }
        count = out;
        swap();
    }

    private float distance(int v, float kx, float ky, float kz, float kw) {
        int o = v * 4;
        return kx * inClip[o] + ky * inClip[o + 1] + kz * inClip[o + 2] + kw * inClip[o + 3];
    }

    private void copyOut(int from, int to) {
        System.arraycopy(inClip, from * 4, outClip, to * 4, 4);
        System.arraycopy(inVar, from * stride, outVar, to * stride, stride);
    }

    private void lerpOut(int a, int b, float t, int to) {
        for (int k = 0; k < 4; k++) {
            float va = inClip[a * 4 + k];
            outClip[to * 4 + k] = va + (inClip[b * 4 + k] - va) * t;
        }
        for (int k = 0; k < stride; k++) {
            float va = inVar[a * stride + k];
            outVar[to * stride + k] = va + (inVar[b * stride + k] - va) * t;
        }
    }

    private void swap() {
        float[] c = inClip;
        inClip = outClip;
        outClip = c;
        float[] v = inVar;
        inVar = outVar;
        outVar = v;
    }
}
