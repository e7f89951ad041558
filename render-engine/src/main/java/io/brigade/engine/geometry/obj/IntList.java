package io.brigade.engine.geometry.obj;

import java.util.Arrays;

/** A growable array of ints, so the parser appends without boxing. */
final class IntList {

    private int[] values;
    private int size;

    IntList(int initialCapacity) {
        values = new int[Math.max(initialCapacity, 4)];
    }

    int size() {
        return size;
    }

    int get(int i) {
        return values[i];
    }

    void add(int v) {
        if (size == values.length) {
            values = Arrays.copyOf(values, FloatList.grownCapacity(values.length));
        }
        values[size++] = v;
    }

    void clear() {
        size = 0;
    }

    int[] toArray() {
        return Arrays.copyOf(values, size);
    }
}
