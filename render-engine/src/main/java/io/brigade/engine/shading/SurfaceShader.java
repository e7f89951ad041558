package io.brigade.engine.shading;

/**
 * Blinn-Phong lighting for one worker: holds the current light rig and material, and shades batches of
 * samples ({@link ShadingSpan}) in counted loops the JIT vectorizes; shading allocates nothing. Not
 * thread-safe: each render worker owns one.
 *
 * <p>Lighting splits into a diffuse term (multiplied by the surface albedo, which may come from a
 * texture) and a specular term (added on top), so Gouraud shading can interpolate both separately.
 */
public final class SurfaceShader {

    private static final int SPECULAR_TABLE_SIZE = 1024;
    /** Whole exponents up to this many go by repeated squaring: at most 2 x 12 exact multiplies per sample. */
    private static final int MAX_SQUARED_SHININESS = 4096;

    private LightRig rig;
    private float kdR, kdG, kdB;
    private float ksR, ksG, ksB;
    private boolean hasSpecular;
    private Texture texture;
    private int wholeShininess;     // the material's exponent if a whole number the squaring takes, else 0
    private double tableShininess = Double.NaN;
    private final float[] specularTable = new float[SPECULAR_TABLE_SIZE + 1];
    private final ShadingSpan single = new ShadingSpan(1);

    /** Light sums of the last {@link #light} call: diffuse r, g, b then specular r, g, b. */
    public final float[] lit = new float[6];

    public void setLights(LightRig lights) {
        this.rig = lights;
    }

    public void setMaterial(Material m) {
        kdR = (float) m.diffuse().r();
        kdG = (float) m.diffuse().g();
        kdB = (float) m.diffuse().b();
        ksR = (float) m.specular().r();
        ksG = (float) m.specular().g();
        ksB = (float) m.specular().b();
        hasSpecular = ksR > 0 || ksG > 0 || ksB > 0;
        texture = m.diffuseTexture();
        double shininess = m.shininess();
        wholeShininess = shininess >= 1 && shininess <= MAX_SQUARED_SHININESS && shininess == Math.rint(shininess)
                ? (int) shininess : 0;
        if (hasSpecular && wholeShininess == 0 && shininess != tableShininess) {
            fillSpecularTable(shininess);
        }
    }

    /** Whether lighting depends on the surface position: point lights or specular highlights. */
    public boolean needsPosition() {
        return hasSpecular || rig.pointCount > 0;
    }

    public boolean hasTexture() {
        return texture != null;
    }

    // pow() per sample is the most expensive thing in the pixel loop; a table of cos^n is exact
    // enough (linear interpolation over 1024 steps) and just as deterministic.
    private void fillSpecularTable(double shininess) {
        for (int i = 0; i <= SPECULAR_TABLE_SIZE; i++) {
            specularTable[i] = (float) Math.pow((double) i / SPECULAR_TABLE_SIZE, shininess);
        }
        tableShininess = shininess;
    }

    private float specularPower(float cosine) {
        float x = cosine * SPECULAR_TABLE_SIZE;
        int i = (int) x;
        if (i >= SPECULAR_TABLE_SIZE) {
            return specularTable[SPECULAR_TABLE_SIZE];
        }
        float f = x - i;
        return specularTable[i] + (specularTable[i + 1] - specularTable[i]) * f;
    }

    /**
     * Sums the lights at world point p with normal n (need not be unit length) into {@link #lit}:
     * ambient plus diffuse into [0..2], specular (already times the material's specular colour) into [3..5].
     * One sample through {@link #light(ShadingSpan)}, so vertices, faces and pixels light alike.
     */
    public void light(float nx, float ny, float nz, float px, float py, float pz) {
        ShadingSpan s = single;
        s.count = 1;
        s.nx[0] = nx;
        s.ny[0] = ny;
        s.nz[0] = nz;
        s.px[0] = px;
        s.py[0] = py;
        s.pz[0] = pz;
        light(s);
        lit[0] = s.diffuseR[0];
        lit[1] = s.diffuseG[0];
        lit[2] = s.diffuseB[0];
        lit[3] = s.specularR[0];
        lit[4] = s.specularG[0];
        lit[5] = s.specularB[0];
    }

    /**
     * The final colour of one sample from its light sums, as {@link #shade(ShadingSpan)} computes it;
     * (u, v) matter only with a texture.
     */
    public int shade(float dR, float dG, float dB, float sR, float sG, float sB, float u, float v) {
        ShadingSpan s = single;
        s.count = 1;
        s.diffuseR[0] = dR;
        s.diffuseG[0] = dG;
        s.diffuseB[0] = dB;
        s.specularR[0] = sR;
        s.specularG[0] = sG;
        s.specularB[0] = sB;
        s.u[0] = u;
        s.v[0] = v;
        shade(s);
        return s.argb[0];
    }

    /**
     * Sums the lights for every sample of the span: reads the normals (and the positions when
     * {@link #needsPosition()}), writes ambient plus diffuse into the diffuse sums and, for a material
     * with highlights, the specular sums already times the material's specular colour.
     */
    public void light(ShadingSpan s) {
        LightRig r = rig;
        int n = s.count;
        normalize(s.nx, s.ny, s.nz, n);
        fill(s.diffuseR, n, r.ambientR);
        fill(s.diffuseG, n, r.ambientG);
        fill(s.diffuseB, n, r.ambientB);
        if (hasSpecular) {
            fill(s.specularR, n, 0);
            fill(s.specularG, n, 0);
            fill(s.specularB, n, 0);
            viewDirections(s, r);
        }
        for (int k = 0; k < r.directionalCount * 3; k += 3) {
            addDirectional(s, r.towardsLight[k], r.towardsLight[k + 1], r.towardsLight[k + 2],
                    r.directionalColor[k], r.directionalColor[k + 1], r.directionalColor[k + 2]);
        }
        for (int i = 0, k = 0; i < r.pointCount; i++, k += 3) {
            addPoint(s, r.pointPosition[k], r.pointPosition[k + 1], r.pointPosition[k + 2], r.pointInvRangeSq[i],
                    r.pointColor[k], r.pointColor[k + 1], r.pointColor[k + 2]);
        }
        if (hasSpecular) {
            scale(s.specularR, n, ksR);
            scale(s.specularG, n, ksG);
            scale(s.specularB, n, ksB);
        }
    }

    /**
     * Packs each sample's final colour into {@link ShadingSpan#argb}: albedo (the material's diffuse colour,
     * times the texture at (u, v) if any) times the diffuse sum, plus the specular sum if the material has
     * highlights; clamped to [0, 1].
     */
    public void shade(ShadingSpan s) {
        int n = s.count;
        if (texture != null) {
            textureAlbedo(s);
            modulate(s.red, s.diffuseR, n);
            modulate(s.green, s.diffuseG, n);
            modulate(s.blue, s.diffuseB, n);
        } else {
            scaled(s.red, s.diffuseR, n, kdR);
            scaled(s.green, s.diffuseG, n, kdG);
            scaled(s.blue, s.diffuseB, n, kdB);
        }
        if (hasSpecular) {
            add(s.red, s.specularR, n);
            add(s.green, s.specularG, n);
            add(s.blue, s.specularB, n);
        }
        toLevels(s.red, n);
        toLevels(s.green, n);
        toLevels(s.blue, n);
        pack(s.red, s.green, s.blue, s.argb, n);
    }

    // The steps below are each one counted loop over primitive arrays, with min/max instead of
    // branches, so C2 vectorizes them. Float-to-int conversion stays in its own loop (pack):
    // JDK 17 does not vectorize it, and in a shared loop it would keep the float work scalar too.

    /** Scales each vector to unit length; a zero vector stays zero. */
    private static void normalize(float[] x, float[] y, float[] z, int n) {
        for (int i = 0; i < n; i++) {
            float inv = inverseLength(x[i], y[i], z[i]);
            x[i] *= inv;
            y[i] *= inv;
            z[i] *= inv;
        }
    }

    /**
     * 1 / |v| by IEEE square root and division: exact, so the same on every thread, and faster than
     * any bit trick once vectorized. The floor keeps a zero vector's factor finite (0 * it stays 0).
     */
    private static float inverseLength(float x, float y, float z) {
        return 1f / (float) Math.sqrt(Math.max(x * x + y * y + z * z, Float.MIN_NORMAL));
    }

    /** Unit vectors from each sample towards the eye, for highlights. */
    private static void viewDirections(ShadingSpan s, LightRig r) {
        int n = s.count;
        float[] x = s.viewX, y = s.viewY, z = s.viewZ;
        float[] px = s.px, py = s.py, pz = s.pz;
        float eyeX = r.eyeX, eyeY = r.eyeY, eyeZ = r.eyeZ;
        for (int i = 0; i < n; i++) {
            x[i] = eyeX - px[i];
            y[i] = eyeY - py[i];
            z[i] = eyeZ - pz[i];
        }
        normalize(x, y, z, n);
    }

    /** Adds a directional light (unit vector towards it, colour times intensity). */
    private void addDirectional(ShadingSpan s, float lx, float ly, float lz, float cr, float cg, float cb) {
        int n = s.count;
        float[] nx = s.nx, ny = s.ny, nz = s.nz, facing = s.facing;
        for (int i = 0; i < n; i++) {
            facing[i] = nx[i] * lx + ny[i] * ly + nz[i] * lz;
        }
        float[] dR = s.diffuseR, dG = s.diffuseG, dB = s.diffuseB;
        for (int i = 0; i < n; i++) {
            float lambert = Math.max(facing[i], 0f);
            dR[i] += cr * lambert;
            dG[i] += cg * lambert;
            dB[i] += cb * lambert;
        }
        if (hasSpecular) {
            fill(s.lightX, n, lx);
            fill(s.lightY, n, ly);
            fill(s.lightZ, n, lz);
            halfwayCosines(s, s.lightX, s.lightY, s.lightZ);
            addHighlights(s, cr, cg, cb, null);
        }
    }

    /**
     * Adds a point light: direction and a 1 / (1 + d^2 / range^2) falloff per sample. Several small loops
     * rather than one big one: C2 unrolls (and so vectorizes) only loops with a small body.
     */
    private void addPoint(ShadingSpan s, float x, float y, float z, float invRangeSq, float cr, float cg, float cb) {
        int n = s.count;
        float[] lx = s.lightX, ly = s.lightY, lz = s.lightZ, attenuation = s.attenuation;
        float[] px = s.px, py = s.py, pz = s.pz;
        for (int i = 0; i < n; i++) {
            float tx = x - px[i], ty = y - py[i], tz = z - pz[i];
            lx[i] = tx;
            ly[i] = ty;
            lz[i] = tz;
            attenuation[i] = 1 / (1 + (tx * tx + ty * ty + tz * tz) * invRangeSq);
        }
        normalize(lx, ly, lz, n);
        float[] nx = s.nx, ny = s.ny, nz = s.nz, facing = s.facing;
        for (int i = 0; i < n; i++) {
            facing[i] = nx[i] * lx[i] + ny[i] * ly[i] + nz[i] * lz[i];
        }
        float[] dR = s.diffuseR, dG = s.diffuseG, dB = s.diffuseB;
        for (int i = 0; i < n; i++) {
            float lambert = Math.max(facing[i], 0f);
            float att = attenuation[i];
            dR[i] += cr * att * lambert;
            dG[i] += cg * att * lambert;
            dB[i] += cb * att * lambert;
        }
        if (hasSpecular) {
            halfwayCosines(s, lx, ly, lz);
            addHighlights(s, cr, cg, cb, attenuation);
        }
    }

    /** Each sample's N.H for the light in direction l (per sample) and the eye, into the span's cosines. */
    private static void halfwayCosines(ShadingSpan s, float[] lx, float[] ly, float[] lz) {
        int n = s.count;
        float[] hx = s.halfX, hy = s.halfY, hz = s.halfZ;
        float[] vx = s.viewX, vy = s.viewY, vz = s.viewZ;
        for (int i = 0; i < n; i++) {
            hx[i] = lx[i] + vx[i];
            hy[i] = ly[i] + vy[i];
            hz[i] = lz[i] + vz[i];
        }
        normalize(hx, hy, hz, n);
        float[] nx = s.nx, ny = s.ny, nz = s.nz, cosine = s.cosine;
        for (int i = 0; i < n; i++) {
            cosine[i] = nx[i] * hx[i] + ny[i] * hy[i] + nz[i] * hz[i];
        }
    }

    /**
     * Adds one light's highlights from the cosines left in the span, only where the surface faces the
     * light. {@code attenuation} null means none.
     */
    private void addHighlights(ShadingSpan s, float cr, float cg, float cb, float[] attenuation) {
        int n = s.count;
        float[] power = s.power;
        specularPowers(s);
        if (attenuation != null) {
            for (int i = 0; i < n; i++) {
                power[i] *= attenuation[i];
            }
        }
        float[] sR = s.specularR, sG = s.specularG, sB = s.specularB;
        for (int i = 0; i < n; i++) {
            sR[i] += cr * power[i];
            sG[i] += cg * power[i];
            sB[i] += cb * power[i];
        }
    }

    /**
     * cos^shininess per sample into the span's powers, zero where the surface faces away from the light
     * or the halfway vector. A whole exponent goes by repeated squaring, a few vector loops; any other
     * by the table, one lookup per sample.
     */
    private void specularPowers(ShadingSpan s) {
        int n = s.count;
        float[] cosine = s.cosine, facing = s.facing, power = s.power;
        for (int i = 0; i < n; i++) {
            cosine[i] = facing[i] > 0 ? Math.max(cosine[i], 0f) : 0f;
        }
        if (wholeShininess > 0) {
            raise(cosine, power, n, wholeShininess);
            return;
        }
        for (int i = 0; i < n; i++) {
            power[i] = cosine[i] > 0 ? specularPower(cosine[i]) : 0;
        }
    }

    /** power = base^exponent for exponent >= 1, by squaring: base is used up. */
    private static void raise(float[] base, float[] power, int n, int exponent) {
        boolean started = false;
        for (int e = exponent; e > 0; e >>= 1) {
            if ((e & 1) != 0) {
                if (started) {
                    multiply(power, base, n);
                } else {
                    System.arraycopy(base, 0, power, 0, n);
                    started = true;
                }
            }
            if (e > 1) {
                multiply(base, base, n);
            }
        }
    }

    private static void multiply(float[] a, float[] by, int n) {
        for (int i = 0; i < n; i++) {
            a[i] *= by[i];
        }
    }

    /** The material's diffuse colour times the bilinear texel at each sample's (u, v), into red/green/blue. */
    private void textureAlbedo(ShadingSpan s) {
        texture.sample(s, kdR, kdG, kdB);
    }

    private static void fill(float[] a, int n, float value) {
        for (int i = 0; i < n; i++) {
            a[i] = value;
        }
    }

    private static void scale(float[] a, int n, float factor) {
        for (int i = 0; i < n; i++) {
            a[i] *= factor;
        }
    }

    private static void scaled(float[] to, float[] from, int n, float factor) {
        for (int i = 0; i < n; i++) {
            to[i] = factor * from[i];
        }
    }

    private static void modulate(float[] a, float[] by, int n) {
        for (int i = 0; i < n; i++) {
            a[i] *= by[i];
        }
    }

    private static void add(float[] a, float[] b, int n) {
        for (int i = 0; i < n; i++) {
            a[i] += b[i];
        }
    }

    /** Clamps linear channels to [0, 1] and scales to 0..255.5, ready to truncate (rounds to nearest). */
    private static void toLevels(float[] c, int n) {
        for (int i = 0; i < n; i++) {
            c[i] = Math.min(Math.max(c[i], 0f), 1f) * 255f + 0.5f;
        }
    }

    private static void pack(float[] r, float[] g, float[] b, int[] argb, int n) {
        for (int i = 0; i < n; i++) {
            argb[i] = 0xff000000 | (int) r[i] << 16 | (int) g[i] << 8 | (int) b[i];
        }
    }

    /** Opaque ARGB from linear channels, each clamped to [0, 1]; the same rounding as {@link #shade(ShadingSpan)}. */
    public static int pack(float r, float g, float b) {
        return 0xff000000 | toByte(r) << 16 | toByte(g) << 8 | toByte(b);
    }

    private static int toByte(float c) {
        return (int) (Math.min(Math.max(c, 0f), 1f) * 255f + 0.5f);
    }
}
