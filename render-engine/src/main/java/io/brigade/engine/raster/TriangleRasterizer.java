package io.brigade.engine.raster;

import io.brigade.engine.schedule.CancellationToken;
import io.brigade.engine.shading.Material;
import io.brigade.engine.shading.ShadingMode;
import io.brigade.engine.shading.ShadingSpan;
import io.brigade.engine.shading.SurfaceShader;

/**
 * Triangle setup and fill, after Giesen's "Triangle rasterization in practice": vertices snapped to
 * 1/256 of a sample, edge functions in exact 64-bit integers stepped incrementally, a top-left fill
 * rule, a float depth buffer, and perspective-correct varyings. Samples sit at sample centres.
 *
 * <p>Attributes are computed per sample from the integer edge values (never accumulated in float),
 * so a sample's colour does not depend on where the scan started: tiles and whole frames agree bit for bit.
 */
final class TriangleRasterizer {

    private static final int SUBPIXEL_BITS = 8;
    private static final int SUBPIXEL_ONE = 1 << SUBPIXEL_BITS;
    private static final int HALF_SAMPLE = SUBPIXEL_ONE / 2;
    /** Screen coordinates stay within +-2^18 samples, so edge products fit easily in a long. */
    private static final float GUARD_BAND_SAMPLES = 1 << 18;
    /** Rows between cancellation checks inside one large triangle. */
    private static final int ROWS_PER_CANCEL_CHECK = 32;
    /** Boxes at least this wide compute each row's covered span rather than test every sample. */
    private static final int WIDE_TRIANGLE_SAMPLES = 24;
    /**
     * Samples shaded together: enough that tiny triangles share a batch and the loops run long, few enough
     * that the shader's arrays stay in the core's nearest caches.
     */
    private static final int BATCH_SAMPLES = 512;
    private static final float WIRE_WIDTH_PIXELS = 0.9f;
    private static final float WIRE_R = 1f, WIRE_G = 0.78f, WIRE_B = 0.35f, WIRE_OPACITY = 0.85f;

    private final SurfaceShader shader;
    private final float[] corners = new float[3 * Varyings.PHONG_STRIDE]; // the triangle's corner varyings
    private SampleBuffer target;
    private CancellationToken token;
    private ShadingMode mode;
    private int stride;
    private int uv;
    private boolean wireframe;
    private float wireWidth;
    private float halfWidth;
    private float halfHeight;
    private float guard;
    private Clipper clipper;
    private int[] outcodes = new int[0];
    private int[] screenX = new int[0];    // snapped, in 1/SUBPIXEL_ONE samples
    private int[] screenY = new int[0];
    private float[] screenZ = new float[0]; // z/w
    private float[] inverseW = new float[0];
    private final int[] polyX = new int[Clipper.MAX_VERTICES];
    private final int[] polyY = new int[Clipper.MAX_VERTICES];
    private final float[] polyZ = new float[Clipper.MAX_VERTICES];
    private final float[] polyInvW = new float[Clipper.MAX_VERTICES];
    private boolean needsUv;
    private boolean needsPosition;
    private boolean constantColor;   // FLAT without texture
    private boolean diffuseOnly;     // PHONG without texture, point lights or highlights
    private int faceColor;           // FLAT without texture: the whole triangle's colour
    private final float[] faceLight = new float[6];
    private float iw0, iw1, iw2;     // the current triangle's corners' 1/w, times 1/area
    private float wire0, wire1, wire2;

    // The batch: samples that passed the depth test, waiting to be shaded together (see flush).
    private ShadingSpan span;
    private int pending;
    private int[] sampleIndex = new int[0];
    private float[] weight0 = new float[0], weight1 = new float[0], weight2 = new float[0];
    private float[] wireDistance = new float[0];

    long trianglesRasterized;
    long samplesShaded;

    TriangleRasterizer(SurfaceShader shader) {
        this.shader = shader;
    }

    /** Starts a frame of {@code frameWidth} x {@code frameHeight} samples drawn into {@code target}. */
    void begin(SampleBuffer target, int frameWidth, int frameHeight, int samplesPerPixel, ShadingMode mode,
               boolean wireframe, CancellationToken token) {
        this.target = target;
        this.token = token;
        this.wireframe = wireframe;
        this.wireWidth = WIRE_WIDTH_PIXELS * samplesPerPixel;
        this.halfWidth = frameWidth * 0.5f;
        this.halfHeight = frameHeight * 0.5f;
        this.guard = Math.max(2f, GUARD_BAND_SAMPLES / Math.max(halfWidth, halfHeight) - 1);
        if (this.mode != mode || clipper == null) {
            this.mode = mode;
            this.stride = Varyings.stride(mode);
            this.uv = Varyings.uvOffset(mode);
            this.clipper = new Clipper(stride);
        }
        trianglesRasterized = 0;
        samplesShaded = 0;
        pending = 0; // whatever a cancelled frame left behind
        ensureBatchCapacity(BATCH_SAMPLES);
    }

    private void ensureBatchCapacity(int samples) {
        if (span == null || span.capacity < samples) {
            span = new ShadingSpan(samples);
            sampleIndex = new int[samples];
            weight0 = new float[samples];
            weight1 = new float[samples];
            weight2 = new float[samples];
            wireDistance = new float[samples];
        }
    }

    /**
     * Shades what is pending with the previous material, then switches the shader to {@code material}
     * and notes which attributes it needs: UVs for a texture, positions for point lights or highlights.
     */
    void useMaterial(Material material) {
        flush();
        shader.setMaterial(material);
        needsUv = shader.hasTexture();
        needsPosition = shader.needsPosition();
        constantColor = mode == ShadingMode.FLAT && !needsUv;
        diffuseOnly = mode == ShadingMode.PHONG && !needsUv && !needsPosition;
    }

    /**
     * Projects a mesh's clip-space vertices once, so triangles sharing them do not repeat the work:
     * outcodes, and for vertices that need no clipping their snapped screen position, depth and 1/w.
     */
    void project(float[] clip, int count) {
        if (outcodes.length < count) {
            outcodes = new int[count];
            screenX = new int[count];
            screenY = new int[count];
            screenZ = new float[count];
            inverseW = new float[count];
        }
        for (int v = 0; v < count; v++) {
            int code = outcode(clip, v);
            outcodes[v] = code;
            if ((code & NEEDS_CLIPPING) == 0) {
                projectVertex(clip, v, screenX, screenY, screenZ, inverseW, v);
            }
        }
    }

    private void projectVertex(float[] clip, int v, int[] sx, int[] sy, float[] sz, float[] iw, int to) {
        int o = v * 4;
        float invW = 1 / clip[o + 3];
        sx[to] = Math.round((clip[o] * invW + 1) * halfWidth * SUBPIXEL_ONE);
        sy[to] = Math.round((1 - clip[o + 1] * invW) * halfHeight * SUBPIXEL_ONE);
        sz[to] = clip[o + 2] * invW;
        iw[to] = invW;
    }

    /** Draws triangle (a, b, c) of the mesh last passed to {@link #project}. */
    void draw(float[] clip, float[] var, int a, int b, int c) {
        int codeA = outcodes[a], codeB = outcodes[b], codeC = outcodes[c];
        if ((codeA & codeB & codeC) != 0) {
            return; // wholly outside one plane of the frustum
        }
        if (((codeA | codeB | codeC) & NEEDS_CLIPPING) == 0) {
            rasterize(var, a, b, c, screenX, screenY, screenZ, inverseW, var, a, b, c);
            return;
        }
        clipper.clip(clip, var, a, b, c, guard);
        float[] pc = clipper.clip();
        float[] pv = clipper.varyings();
        int n = clipper.vertexCount();
        for (int i = 0; i < n; i++) {
            projectVertex(pc, i, polyX, polyY, polyZ, polyInvW, i);
        }
        for (int i = 1; i + 1 < n; i++) {
            rasterize(pv, 0, i, i + 1, polyX, polyY, polyZ, polyInvW, var, a, b, c);
        }
    }

    private static final int NEAR = 1, FAR = 2, LEFT = 4, RIGHT = 8, BOTTOM = 16, TOP = 32, GUARD = 64;
    private static final int NEEDS_CLIPPING = NEAR | GUARD;

    private int outcode(float[] clip, int v) {
        int o = v * 4;
        float x = clip[o], y = clip[o + 1], z = clip[o + 2], w = clip[o + 3];
        int code = 0;
        if (z < -w) {
            code |= NEAR;
        }
        if (z > w) {
            code |= FAR;
        }
        if (x < -w) {
            code |= LEFT;
        }
        if (x > w) {
            code |= RIGHT;
        }
        if (y < -w) {
            code |= BOTTOM;
        }
        if (y > w) {
            code |= TOP;
        }
        float g = guard * w;
        if (x < -g || x > g || y < -g || y > g) {
            code |= GUARD;
        }
        return code;
    }

    /** Flat shading: light the whole face once, at its centroid with its geometric normal. */
    private void prepareFace(float[] var, int a, int b, int c) {
        int ia = a * stride, ib = b * stride, ic = c * stride;
        float e1x = var[ib] - var[ia], e1y = var[ib + 1] - var[ia + 1], e1z = var[ib + 2] - var[ia + 2];
        float e2x = var[ic] - var[ia], e2y = var[ic + 1] - var[ia + 1], e2z = var[ic + 2] - var[ia + 2];
        float third = 1f / 3f;
        shader.light(e1y * e2z - e1z * e2y, e1z * e2x - e1x * e2z, e1x * e2y - e1y * e2x,
                (var[ia] + var[ib] + var[ic]) * third, (var[ia + 1] + var[ib + 1] + var[ic + 1]) * third,
                (var[ia + 2] + var[ib + 2] + var[ic + 2]) * third);
        System.arraycopy(shader.lit, 0, faceLight, 0, 6);
        faceColor = shader.shade(faceLight[0], faceLight[1], faceLight[2], faceLight[3], faceLight[4], faceLight[5], 0, 0);
    }

    /**
     * Culls and fills one triangle whose corners i0..i2 index the screen arrays and {@code var};
     * (faceA, faceB, faceC) are the original mesh triangle's corners, lit once for flat shading.
     */
    private void rasterize(float[] var, int i0, int i1, int i2, int[] sx, int[] sy, float[] sz, float[] iw,
                           float[] meshVar, int faceA, int faceB, int faceC) {
        long x0 = sx[i0], y0 = sy[i0], x1 = sx[i1], y1 = sy[i1], x2 = sx[i2], y2 = sy[i2];
        // Counter-clockwise front faces become clockwise once y points down, so their area is negative.
        long area = (x1 - x0) * (y2 - y0) - (y1 - y0) * (x2 - x0);
        if (area >= 0) {
            return; // back face or degenerate
        }
        if (mode == ShadingMode.FLAT) {
            prepareFace(meshVar, faceA, faceB, faceC);
        }
        // Swap corners 1 and 2 so the area is positive and every edge function is >= 0 inside.
        fill(var, i0, i2, i1, x0, y0, x2, y2, x1, y1, sz[i0], sz[i2], sz[i1], iw[i0], iw[i2], iw[i1], -area);
    }

    private void fill(float[] var, int i0, int i1, int i2,
                      long x0, long y0, long x1, long y1, long x2, long y2,
                      float z0, float z1, float z2, float iw0, float iw1, float iw2, long area) {
        SampleBuffer t = target;
        int minX = Math.max(t.originX, ceilToSample(Math.min(x0, Math.min(x1, x2))));
        int maxX = Math.min(t.originX + t.width - 1, floorToSample(Math.max(x0, Math.max(x1, x2))));
        int minY = Math.max(t.originY, ceilToSample(Math.min(y0, Math.min(y1, y2))));
        int maxY = Math.min(t.originY + t.height - 1, floorToSample(Math.max(y0, Math.max(y1, y2))));
        if (minX > maxX || minY > maxY) {
            return;
        }
        trianglesRasterized++;
        float invArea = 1f / area;
        // Depth (z/w) is affine in screen space: a plain barycentric blend, scaled here by 1/area.
        z0 *= invArea;
        z1 *= invArea;
        z2 *= invArea;
        prepareCorners(var, i0, i1, i2, iw0 * invArea, iw1 * invArea, iw2 * invArea);
        // Distance in samples from an edge = edge value / (edge length * SUBPIXEL_ONE).
        if (wireframe) {
            wire0 = 1f / (length(x2 - x1, y2 - y1) * SUBPIXEL_ONE);
            wire1 = 1f / (length(x0 - x2, y0 - y2) * SUBPIXEL_ONE);
            wire2 = 1f / (length(x1 - x0, y1 - y0) * SUBPIXEL_ONE);
        }
        // Edge k is opposite corner k; its function is that corner's unnormalized barycentric weight.
        long px = (long) minX * SUBPIXEL_ONE + HALF_SAMPLE;
        long py = (long) minY * SUBPIXEL_ONE + HALF_SAMPLE;
        long e0Row = edge(x1, y1, x2, y2, px, py) + bias(x1, y1, x2, y2);
        long e1Row = edge(x2, y2, x0, y0, px, py) + bias(x2, y2, x0, y0);
        long e2Row = edge(x0, y0, x1, y1, px, py) + bias(x0, y0, x1, y1);
        long e0StepX = -(y2 - y1) * SUBPIXEL_ONE, e0StepY = (x2 - x1) * SUBPIXEL_ONE;
        long e1StepX = -(y0 - y2) * SUBPIXEL_ONE, e1StepY = (x0 - x2) * SUBPIXEL_ONE;
        long e2StepX = -(y1 - y0) * SUBPIXEL_ONE, e2StepY = (x1 - x0) * SUBPIXEL_ONE;
        float[] depth = t.depth;
        int lastColumn = maxX - minX;
        boolean wide = lastColumn >= WIDE_TRIANGLE_SAMPLES;
        boolean checkCancel = maxY - minY >= ROWS_PER_CANCEL_CHECK;
        int first = pending; // this triangle's samples start here in the batch
        for (int y = minY; y <= maxY; y++, e0Row += e0StepY, e1Row += e1StepY, e2Row += e2StepY) {
            if (checkCancel && (y - minY) % ROWS_PER_CANCEL_CHECK == 0) {
                token.throwIfCancelled();
            }
            int from = 0, to = lastColumn;
            if (wide) { // skip straight to the covered span instead of testing every sample of the box
                from = Math.max(firstInside(e0Row, e0StepX), Math.max(firstInside(e1Row, e1StepX), firstInside(e2Row, e2StepX)));
                to = Math.min(lastColumn, Math.min(lastInside(e0Row, e0StepX), Math.min(lastInside(e1Row, e1StepX), lastInside(e2Row, e2StepX))));
            }
            if (from > to) {
                continue;
            }
            int rowStart = (y - t.originY) * t.width + (minX - t.originX);
            for (int column = from; column <= to; ) { // in pieces that fit the batch
                if (pending == span.capacity) { // full: shade what it holds
                    interpolate(first, pending);
                    flush();
                    first = 0;
                }
                int count = Math.min(to - column + 1, span.capacity - pending);
                pending = cover(depth, rowStart + column, count, e0Row + e0StepX * column, e1Row + e1StepX * column,
                        e2Row + e2StepX * column, e0StepX, e1StepX, e2StepX, z0, z1, z2, pending);
                column += count;
            }
        }
        interpolate(first, pending);
    }

    /**
     * The coverage and depth pass, the only branchy part of filling: appends to the batch every sample
     * of one row run that lies inside the triangle and nearer than what the buffer holds, with its three
     * edge values as weights, and stores its depth. Returns the new batch size.
     */
    private int cover(float[] depth, int index, int count, long e0, long e1, long e2,
                      long step0, long step1, long step2, float z0, float z1, float z2, int n) {
        int[] at = sampleIndex;
        float[] w0 = weight0, w1 = weight1, w2 = weight2;
        for (int end = index + count; index < end; index++, e0 += step0, e1 += step1, e2 += step2) {
            if ((e0 | e1 | e2) < 0) {
                continue;
            }
            float b0 = e0, b1 = e1, b2 = e2;
            float z = b0 * z0 + b1 * z1 + b2 * z2;
            if (!(z < depth[index])) {
                continue;
            }
            depth[index] = z;
            at[n] = index;
            w0[n] = b0;
            w1[n] = b1;
            w2[n] = b2;
            n++;
        }
        return n;
    }

    /**
     * Keeps what the current triangle's samples need from its corners: the face colour for flat shading
     * without texture, normals pre-scaled by 1/w for diffuse-only Phong (only their direction matters),
     * else the corners' varyings and 1/w for perspective-correct weights.
     */
    private void prepareCorners(float[] var, int i0, int i1, int i2, float iw0, float iw1, float iw2) {
        if (constantColor) {
            return;
        }
        gatherCorner(var, i0, 0);
        gatherCorner(var, i1, stride);
        gatherCorner(var, i2, 2 * stride);
        if (diffuseOnly) {
            for (int k = 3; k < 6; k++) {
                corners[k] *= iw0;
                corners[stride + k] *= iw1;
                corners[2 * stride + k] *= iw2;
            }
        }
        this.iw0 = iw0;
        this.iw1 = iw1;
        this.iw2 = iw2;
    }

    /**
     * Turns the edge weights of batch samples [from, to), all of the current triangle, into what the
     * shader reads: counted loops, one per attribute, over the batch arrays.
     */
    private void interpolate(int from, int to) {
        if (from == to) {
            return;
        }
        ShadingSpan s = span;
        if (wireframe) {
            edgeDistances(from, to);
        }
        if (constantColor) {
            java.util.Arrays.fill(s.argb, from, to, faceColor);
            return;
        }
        float[] p = corners;
        int s1 = stride, s2 = 2 * stride;
        if (diffuseOnly) {
            blend(s.nx, from, to, p[3], p[s1 + 3], p[s2 + 3]);
            blend(s.ny, from, to, p[4], p[s1 + 4], p[s2 + 4]);
            blend(s.nz, from, to, p[5], p[s1 + 5], p[s2 + 5]);
            return;
        }
        perspectiveWeights(from, to);
        if (needsUv) {
            blend(s.u, from, to, p[uv], p[s1 + uv], p[s2 + uv]);
            blend(s.v, from, to, p[uv + 1], p[s1 + uv + 1], p[s2 + uv + 1]);
        }
        switch (mode) {
            case PHONG -> {
                blend(s.nx, from, to, p[3], p[s1 + 3], p[s2 + 3]);
                blend(s.ny, from, to, p[4], p[s1 + 4], p[s2 + 4]);
                blend(s.nz, from, to, p[5], p[s1 + 5], p[s2 + 5]);
                if (needsPosition) {
                    blend(s.px, from, to, p[0], p[s1], p[s2]);
                    blend(s.py, from, to, p[1], p[s1 + 1], p[s2 + 1]);
                    blend(s.pz, from, to, p[2], p[s1 + 2], p[s2 + 2]);
                }
            }
            case GOURAUD -> {
                blend(s.diffuseR, from, to, p[0], p[s1], p[s2]);
                blend(s.diffuseG, from, to, p[1], p[s1 + 1], p[s2 + 1]);
                blend(s.diffuseB, from, to, p[2], p[s1 + 2], p[s2 + 2]);
                blend(s.specularR, from, to, p[3], p[s1 + 3], p[s2 + 3]);
                blend(s.specularG, from, to, p[4], p[s1 + 4], p[s2 + 4]);
                blend(s.specularB, from, to, p[5], p[s1 + 5], p[s2 + 5]);
            }
            case FLAT -> { // textured: the face's light, the texture per sample
                float[] l = faceLight;
                java.util.Arrays.fill(s.diffuseR, from, to, l[0]);
                java.util.Arrays.fill(s.diffuseG, from, to, l[1]);
                java.util.Arrays.fill(s.diffuseB, from, to, l[2]);
                java.util.Arrays.fill(s.specularR, from, to, l[3]);
                java.util.Arrays.fill(s.specularG, from, to, l[4]);
                java.util.Arrays.fill(s.specularB, from, to, l[5]);
            }
        }
    }

    /** One attribute for each sample: the weighted sum of the corners' values a, b, c. */
    private void blend(float[] out, int from, int to, float a, float b, float c) {
        float[] w0 = weight0, w1 = weight1, w2 = weight2;
        for (int i = from; i < to; i++) {
            out[i] = w0[i] * a + w1[i] * b + w2[i] * c;
        }
    }

    /**
     * Edge values times each corner's 1/w (and 1/area), normalized to sum to one, blend the corners'
     * attributes perspective-correctly: a = sum(b_i a_i / w_i) / sum(b_i / w_i). In place.
     */
    private void perspectiveWeights(int from, int to) {
        float[] w0 = weight0, w1 = weight1, w2 = weight2;
        float k0 = iw0, k1 = iw1, k2 = iw2;
        for (int i = from; i < to; i++) {
            float q0 = w0[i] * k0, q1 = w1[i] * k1, q2 = w2[i] * k2;
            float w = 1 / (q0 + q1 + q2);
            w0[i] = q0 * w;
            w1[i] = q1 * w;
            w2[i] = q2 * w;
        }
    }

    /** Each sample's distance to the triangle's nearest edge, in samples, for the wireframe overlay. */
    private void edgeDistances(int from, int to) {
        float[] w0 = weight0, w1 = weight1, w2 = weight2, d = wireDistance;
        for (int i = from; i < to; i++) {
            d[i] = Math.min(w0[i] * wire0, Math.min(w1[i] * wire1, w2[i] * wire2));
        }
    }

    /**
     * Shades every sample in the batch and stores its colour. The batch spans triangles of one material,
     * in drawing order, so a sample covered twice ends with the later (nearer) triangle's colour.
     */
    void flush() {
        int n = pending;
        if (n == 0) {
            return;
        }
        ShadingSpan s = span;
        s.count = n;
        if (!constantColor) {
            if (mode == ShadingMode.PHONG) {
                shader.light(s);
            }
            shader.shade(s);
        }
        if (wireframe) {
            overlayWire(s.argb, n);
        }
        int[] color = target.color, argb = s.argb, at = sampleIndex;
        for (int i = 0; i < n; i++) {
            color[at[i]] = argb[i];
        }
        samplesShaded += n;
        pending = 0;
    }

    private void overlayWire(int[] argb, int n) {
        float[] d = wireDistance;
        for (int i = 0; i < n; i++) {
            if (d[i] < wireWidth) {
                argb[i] = blendWire(argb[i]);
            }
        }
    }

    /** The first column offset where an edge value {@code e + step * column} is >= 0 (a large value if never). */
    private static int firstInside(long e, long step) {
        if (e >= 0) {
            return 0;
        }
        if (step <= 0) {
            return Integer.MAX_VALUE / 2;
        }
        return (int) Math.min(Integer.MAX_VALUE / 2, (-e + step - 1) / step);
    }

    /** The last column offset where an edge value {@code e + step * column} is >= 0 (negative if never). */
    private static int lastInside(long e, long step) {
        if (step >= 0) {
            return e >= 0 || step > 0 ? Integer.MAX_VALUE / 2 : -1;
        }
        if (e < 0) {
            return -1;
        }
        return (int) Math.min(Integer.MAX_VALUE / 2, e / -step);
    }

    private static int ceilToSample(long fixed) {
        return (int) -Math.floorDiv(-(fixed - HALF_SAMPLE), SUBPIXEL_ONE);
    }

    private static int floorToSample(long fixed) {
        return (int) Math.floorDiv(fixed - HALF_SAMPLE, SUBPIXEL_ONE);
    }

    private static long edge(long ax, long ay, long bx, long by, long px, long py) {
        return (bx - ax) * (py - ay) - (by - ay) * (px - ax);
    }

    /**
     * Top-left rule: a sample exactly on an edge belongs to the triangle only if the edge is a left
     * edge (interior to its right, i.e. it runs upwards on screen) or a top edge (horizontal, interior
     * below). The -1 makes "== 0" fail on every other edge, so shared edges are filled exactly once.
     */
    private static long bias(long ax, long ay, long bx, long by) {
        long dy = by - ay, dx = bx - ax;
        boolean topLeft = dy < 0 || (dy == 0 && dx > 0);
        return topLeft ? 0 : -1;
    }

    private static float length(long dx, long dy) {
        return (float) Math.sqrt((double) dx * dx + (double) dy * dy);
    }

    private void gatherCorner(float[] var, int vertex, int to) {
        System.arraycopy(var, vertex * stride, corners, to, stride);
    }

    private static int blendWire(int argb) {
        float keep = 1 - WIRE_OPACITY;
        float r = ((argb >> 16) & 0xff) / 255f * keep + WIRE_R * WIRE_OPACITY;
        float g = ((argb >> 8) & 0xff) / 255f * keep + WIRE_G * WIRE_OPACITY;
        float b = (argb & 0xff) / 255f * keep + WIRE_B * WIRE_OPACITY;
        return SurfaceShader.pack(r, g, b);
    }
}
