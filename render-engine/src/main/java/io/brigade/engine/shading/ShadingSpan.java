package io.brigade.engine.shading;

/**
 * A batch of samples shaded together, one primitive array per quantity (structure of arrays). The
 * rasterizer fills the inputs a material needs for {@link #count} samples, then {@link SurfaceShader}
 * runs one short counted loop per step over them: loops the JIT turns into vector instructions, the way
 * a GPU shades a quad or a CPU rasterizer such as llvmpipe shades a block. Not thread-safe: each
 * worker owns one.
 *
 * <p>Every step is plain IEEE arithmetic per sample, so a sample's colour does not depend on where in a
 * batch it sits, how big the batch is, or whether the JIT vectorized the loop.
 */
public final class ShadingSpan {

    /** How many samples fit. */
    public final int capacity;
    /** How many samples the arrays hold now. */
    public int count;

    /** Surface normal, any length (the shader normalizes it). */
    public final float[] nx, ny, nz;
    /** World position, needed for point lights and highlights. */
    public final float[] px, py, pz;
    /** Texture coordinates, needed for a texture. */
    public final float[] u, v;
    /** Light sums: written by {@link SurfaceShader#light(ShadingSpan)} or interpolated (Gouraud). */
    public final float[] diffuseR, diffuseG, diffuseB, specularR, specularG, specularB;
    /** The packed opaque colours {@link SurfaceShader#shade} writes. */
    public final int[] argb;

    // The shader's scratch: final colour channels, and per light the terms it reuses.
    final float[] red, green, blue;
    final float[] facing, cosine, power, attenuation;
    final float[] viewX, viewY, viewZ;
    final float[] lightX, lightY, lightZ;
    final float[] halfX, halfY, halfZ;
    // Texture filtering's scratch: where each sample falls (in 1/256 texels), its four taps' columns and
    // rows, their texels, the weights between them and one channel's blend across, then down.
    final int[] fixedX, fixedY, columnA, columnB, rowA, rowB;
    final int[] texel00, texel10, texel01, texel11;
    final int[] weightX, weightY, top, bottom, filtered;

    public ShadingSpan(int capacity) {
        if (capacity < 1) {
            throw new IllegalArgumentException("a span holds at least one sample, not " + capacity);
        }
        this.capacity = capacity;
        nx = new float[capacity];
        ny = new float[capacity];
        nz = new float[capacity];
        px = new float[capacity];
        py = new float[capacity];
        pz = new float[capacity];
        u = new float[capacity];
        v = new float[capacity];
        diffuseR = new float[capacity];
        diffuseG = new float[capacity];
        diffuseB = new float[capacity];
        specularR = new float[capacity];
        specularG = new float[capacity];
        specularB = new float[capacity];
        argb = new int[capacity];
        red = new float[capacity];
        green = new float[capacity];
        blue = new float[capacity];
        facing = new float[capacity];
        cosine = new float[capacity];
        power = new float[capacity];
        attenuation = new float[capacity];
        viewX = new float[capacity];
        viewY = new float[capacity];
        viewZ = new float[capacity];
        lightX = new float[capacity];
        lightY = new float[capacity];
        lightZ = new float[capacity];
        halfX = new float[capacity];
        halfY = new float[capacity];
        halfZ = new float[capacity];
        fixedX = new int[capacity];
        fixedY = new int[capacity];
        columnA = new int[capacity];
        columnB = new int[capacity];
        rowA = new int[capacity];
        rowB = new int[capacity];
        texel00 = new int[capacity];
        texel10 = new int[capacity];
        texel01 = new int[capacity];
        texel11 = new int[capacity];
        weightX = new int[capacity];
        weightY = new int[capacity];
        top = new int[capacity];
        bottom = new int[capacity];
        filtered = new int[capacity];
    }
}
