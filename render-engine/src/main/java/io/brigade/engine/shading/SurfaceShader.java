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
     */
    public void light(float nx, float ny, float nz, float px, float py, float pz) {
        LightRig r = rig;
        float inv = invLength(nx, ny, nz);
        nx *= inv;
        ny *= inv;
        nz *= inv;
        float dR = r.ambientR, dG = r.ambientG, dB = r.ambientB;
        float sR = 0, sG = 0, sB = 0;
        float vx = 0, vy = 0, vz = 0;
        if (hasSpecular) {
            vx = r.eyeX - px;
            vy = r.eyeY - py;
            vz = r.eyeZ - pz;
            float vi = invLength(vx, vy, vz);
            vx *= vi;
            vy *= vi;
            vz *= vi;
        }
        for (int i = 0, k = 0; i < r.directionalCount; i++, k += 3) {
            float lx = r.towardsLight[k], ly = r.towardsLight[k + 1], lz = r.towardsLight[k + 2];
            float ndl = nx * lx + ny * ly + nz * lz;
            if (ndl <= 0) {
                continue;
            }
            float cr = r.directionalColor[k], cg = r.directionalColor[k + 1], cb = r.directionalColor[k + 2];
            dR += cr * ndl;
            dG += cg * ndl;
            dB += cb * ndl;
            if (hasSpecular) {
                float s = blinn(nx, ny, nz, lx + vx, ly + vy, lz + vz);
                sR += cr * s;
                sG += cg * s;
                sB += cb * s;
            }
        }
        for (int i = 0, k = 0; i < r.pointCount; i++, k += 3) {
            float lx = r.pointPosition[k] - px, ly = r.pointPosition[k + 1] - py, lz = r.pointPosition[k + 2] - pz;
            float distSq = lx * lx + ly * ly + lz * lz;
            float li = invLength(lx, ly, lz);
            lx *= li;
            ly *= li;
            lz *= li;
            float ndl = nx * lx + ny * ly + nz * lz;
            if (ndl <= 0) {
                continue;
            }
            float att = 1 / (1 + distSq * r.pointInvRangeSq[i]);
            float cr = r.pointColor[k] * att, cg = r.pointColor[k + 1] * att, cb = r.pointColor[k + 2] * att;
            dR += cr * ndl;
            dG += cg * ndl;
            dB += cb * ndl;
            if (hasSpecular) {
                float s = blinn(nx, ny, nz, lx + vx, ly + vy, lz + vz);
                sR += cr * s;
                sG += cg * s;
                sB += cb * s;
            }
        }
        lit[0] = dR;
        lit[1] = dG;
        lit[2] = dB;
        lit[3] = sR * ksR;
        lit[4] = sG * ksG;
        lit[5] = sB * ksB;
    }

    /**
     * The common fast case, for materials without texture or highlights under directional lights only
     * ({@link #needsPosition()} false): ambient plus Lambert, packed. Same result as light + compose.
     */
    public int shadeDiffuse(float nx, float ny, float nz) {
        LightRig r = rig;
        float inv = invLength(nx, ny, nz);
        nx *= inv;
        ny *= inv;
        nz *= inv;
        float dR = r.ambientR, dG = r.ambientG, dB = r.ambientB;
        float[] towards = r.towardsLight;
        float[] colors = r.directionalColor;
        for (int k = 0, end = r.directionalCount * 3; k < end; k += 3) {
            float ndl = nx * towards[k] + ny * towards[k + 1] + nz * towards[k + 2];
            if (ndl > 0) {
                dR += colors[k] * ndl;
                dG += colors[k + 1] * ndl;
                dB += colors[k + 2] * ndl;
            }
        }
        return pack(kdR * dR, kdG * dG, kdB * dB);
    }

    private float blinn(float nx, float ny, float nz, float hx, float hy, float hz) {
        float ndh = (nx * hx + ny * hy + nz * hz) * invLength(hx, hy, hz);
        return ndh <= 0 ? 0 : specularPower(ndh);
    }

    private static float invLength(float x, float y, float z) {
        float sq = x * x + y * y + z * z;
        return sq > 0 ? inverseSqrt(sq) : 0;
    }

    /**
     * 1/sqrt(x) for x > 0 by the classic bit-level first guess refined by two Newton steps (relative
     * error about 5e-6, far below one 8-bit colour level). Square root and division are the slowest
     * instructions in the pixel loop; this is a handful of multiplies, and just as deterministic.
     */
    static float inverseSqrt(float x) {
        float half = 0.5f * x;
        float y = Float.intBitsToFloat(0x5f375a86 - (Float.floatToRawIntBits(x) >> 1));
        y *= 1.5f - half * y * y;
        y *= 1.5f - half * y * y;
        return y;
    }

    /**
     * The final colour from light sums: albedo (material diffuse, times the texture at (u, v) if any)
     * times the diffuse sum, plus the specular sum; clamped and packed as opaque ARGB.
     */
    public int compose(float dR, float dG, float dB, float sR, float sG, float sB, float u, float v) {
        float aR = kdR, aG = kdG, aB = kdB;
        if (texture != null) {
            texture.sample(u, v, texel);
            aR *= texel[0];
            aG *= texel[1];
            aB *= texel[2];
        }
        return pack(aR * dR + sR, aG * dG + sG, aB * dB + sB);
    }

    /** Opaque ARGB from linear channels, each clamped to [0, 1]. */
    public static int pack(float r, float g, float b) {
        return 0xff000000 | toByte(r) << 16 | toByte(g) << 8 | toByte(b);
    }

    private static int toByte(float c) {
        if (c <= 0) {
            return 0;
        }
        return c >= 1 ? 255 : (int) (c * 255 + 0.5f);
    }
}
