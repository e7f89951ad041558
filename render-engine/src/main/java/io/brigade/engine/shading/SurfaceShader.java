package io.brigade.engine.shading;

/**
 * Blinn-Phong lighting for one worker: holds the current light rig and material, and scratch space,
 * so shading a sample allocates nothing. Not thread-safe: each render worker owns one.
 *
 * <p>Lighting splits into a diffuse term (multiplied by the surface albedo, which may come from a
 * texture) and a specular term (added on top), so Gouraud shading can interpolate both separately.
 */
public final class SurfaceShader {

    private static final int SPECULAR_TABLE_SIZE = 1024;

    private LightRig rig;
    private float kdR, kdG, kdB;
    private float ksR, ksG, ksB;
    private boolean hasSpecular;
    private Texture texture;
    private double tableShininess = Double.NaN;
    private final float[] specularTable = new float[SPECULAR_TABLE_SIZE + 1];
    private final float[] texel = new float[3];
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
        if (hasSpecular && m.shininess() != tableShininess) {
            fillSpecularTable(m.shininess());
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
        float[] x = s.viewX, y = s.viewY, z = s.viewZ;
        float[] px = s.px, py = s.py, pz = s.pz;
        for (int i = 0; i < s.count; i++) {
            x[i] = r.eyeX - px[i];
            y[i] = r.eyeY - py[i];
            z[i] = r.eyeZ - pz[i];
        }
        normalize(x, y, z, s.count);
    }

    /** Adds a directional light (unit vector towards it, colour times intensity). */
    private void addDirectional(ShadingSpan s, float lx, float ly, float lz, float cr, float cg, float cb) {
        float[] nx = s.nx, ny = s.ny, nz = s.nz;
        float[] dR = s.diffuseR, dG = s.diffuseG, dB = s.diffuseB;
        float[] facing = s.facing;
        for (int i = 0; i < s.count; i++) {
            float ndl = nx[i] * lx + ny[i] * ly + nz[i] * lz;
            float lambert = Math.max(ndl, 0f);
            dR[i] += cr * lambert;
            dG[i] += cg * lambert;
            dB[i] += cb * lambert;
            facing[i] = ndl;
        }
        if (hasSpecular) {
            float[] vx = s.viewX, vy = s.viewY, vz = s.viewZ, cosine = s.cosine;
            for (int i = 0; i < s.count; i++) {
                cosine[i] = halfwayCosine(nx[i], ny[i], nz[i], lx + vx[i], ly + vy[i], lz + vz[i]);
            }
            addHighlights(s, cr, cg, cb, null);
        }
    }

    /** Adds a point light: direction and a 1 / (1 + d^2 / range^2) falloff per sample. */
    private void addPoint(ShadingSpan s, float x, float y, float z, float invRangeSq, float cr, float cg, float cb) {
        float[] nx = s.nx, ny = s.ny, nz = s.nz, px = s.px, py = s.py, pz = s.pz;
        float[] dR = s.diffuseR, dG = s.diffuseG, dB = s.diffuseB;
        float[] facing = s.facing, attenuation = s.attenuation, cosine = s.cosine;
        float[] vx = s.viewX, vy = s.viewY, vz = s.viewZ;
        boolean highlights = hasSpecular;
        for (int i = 0; i < s.count; i++) {
            float lx = x - px[i], ly = y - py[i], lz = z - pz[i];
            float distSq = lx * lx + ly * ly + lz * lz;
            float inv = inverseLength(lx, ly, lz);
            lx *= inv;
            ly *= inv;
            lz *= inv;
            float ndl = nx[i] * lx + ny[i] * ly + nz[i] * lz;
            float att = 1 / (1 + distSq * invRangeSq);
            float lambert = Math.max(ndl, 0f);
            dR[i] += cr * att * lambert;
            dG[i] += cg * att * lambert;
            dB[i] += cb * att * lambert;
            facing[i] = ndl;
            attenuation[i] = att;
            if (highlights) {
                cosine[i] = halfwayCosine(nx[i], ny[i], nz[i], lx + vx[i], ly + vy[i], lz + vz[i]);
            }
        }
        if (highlights) {
            addHighlights(s, cr, cg, cb, attenuation);
        }
    }

    /** Blinn's N.H with the unnormalized halfway vector h. */
    private static float halfwayCosine(float nx, float ny, float nz, float hx, float hy, float hz) {
        return (nx * hx + ny * hy + nz * hz) * inverseLength(hx, hy, hz);
    }

    /**
     * Adds one light's highlights from the cosines left in the span: only where the surface faces the
     * light. A table lookup per sample, so this loop stays scalar; {@code attenuation} null means none.
     */
    private void addHighlights(ShadingSpan s, float cr, float cg, float cb, float[] attenuation) {
        float[] facing = s.facing, cosine = s.cosine;
        float[] sR = s.specularR, sG = s.specularG, sB = s.specularB;
        for (int i = 0; i < s.count; i++) {
            float power = facing[i] > 0 && cosine[i] > 0 ? specularPower(cosine[i]) : 0;
            float att = attenuation == null ? 1 : attenuation[i];
            sR[i] += cr * att * power;
            sG[i] += cg * att * power;
            sB[i] += cb * att * power;
        }
    }

    /** The material's diffuse colour times the bilinear texel at each sample's (u, v), into red/green/blue. */
    private void textureAlbedo(ShadingSpan s) {
        Texture t = texture;
        float[] rgb = texel;
        for (int i = 0; i < s.count; i++) {
            t.sample(s.u[i], s.v[i], rgb);
            s.red[i] = kdR * rgb[0];
            s.green[i] = kdG * rgb[1];
            s.blue[i] = kdB * rgb[2];
        }
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
