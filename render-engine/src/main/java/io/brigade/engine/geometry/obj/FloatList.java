package io.brigade.engine.geometry.obj;

import java.util.Arrays;

/** A growable array of floats, so the parser appends without boxing. */
final class FloatList {

    private float[] values;
    private int size;

    FloatList(int initialCapacity) {
        values = new float[Math.max(initialCapacity, 4)];
    }

    int size() {
        return size;
    }

    float get(int i) {
        return values[i];
    }

    void add(float v) {
        if (size == values.length) {
            values = Arrays.copyOf(values, grownCapacity(values.length));
        }
        values[size++] = v;
    }

    float[] toArray() {
        return Arrays.copyOf(values, size);
    }

    /** Half as much again, kept below the largest array the VM allows. */
    static int grownCapacity(int current) {
        int max = Integer.MAX_VALUE - 16;
        if (current >= max) {
            throw new OutOfMemoryError("array cannot grow beyond " + max + " elements");
        }
        return (int) Math.min(max, current + (current >> 1) + 16L);
    }
}
