package io.brigade.engine.geometry.obj;

import java.util.Arrays;

/**
 * Maps an OBJ corner's (position, texture coordinate, normal) index triple to the mesh vertex made
 * for it, so corners that share all three share one vertex. Open addressing with linear probing
 * over primitive arrays: no boxing, no allocation per lookup.
 */
final class VertexTable {

    private static final int EMPTY = -1;

    private int[] keys;   // position, uv, normal per slot
    private int[] values; // mesh vertex per slot, EMPTY for a free slot
    private int size;

    VertexTable(int initialCapacity) {
        int capacity = Integer.highestOneBit(Math.max(16, initialCapacity) * 2 - 1);
        allocate(capacity);
    }

    private void allocate(int capacity) {
        keys = new int[capacity * 3];
        values = new int[capacity];
        Arrays.fill(values, EMPTY);
    }

    int size() {
        return size;
    }

    /** The vertex stored for the triple, or {@code newVertex} after storing it if there is none. */
    int getOrAdd(int position, int uv, int normal, int newVertex) {
        int mask = values.length - 1;
        for (int slot = hash(position, uv, normal) & mask; ; slot = (slot + 1) & mask) {
            int value = values[slot];
            if (value == EMPTY) {
                put(slot, position, uv, normal, newVertex);
                return newVertex;
            }
            int k = slot * 3;
            if (keys[k] == position && keys[k + 1] == uv && keys[k + 2] == normal) {
                return value;
            }
        }
    }

    private void put(int slot, int position, int uv, int normal, int vertex) {
        int k = slot * 3;
        keys[k] = position;
        keys[k + 1] = uv;
        keys[k + 2] = normal;
        values[slot] = vertex;
        size++;
        if (size * 2 > values.length) { // keep probes short: at most half full
            grow();
        }
    }

    private void grow() {
        int[] oldKeys = keys;
        int[] oldValues = values;
        allocate(oldValues.length * 2);
        int mask = values.length - 1;
        for (int old = 0; old < oldValues.length; old++) {
            if (oldValues[old] == EMPTY) {
                continue;
            }
            int k = old * 3;
            int slot = hash(oldKeys[k], oldKeys[k + 1], oldKeys[k + 2]) & mask;
            while (values[slot] != EMPTY) {
                slot = (slot + 1) & mask;
            }
            System.arraycopy(oldKeys, k, keys, slot * 3, 3);
            values[slot] = oldValues[old];
        }
    }

    private static int hash(int position, int uv, int normal) {
        int h = position * 0x9E3779B1 + uv * 0x85EBCA77 + normal * 0xC2B2AE3D;
        return h ^ (h >>> 16);
    }
}
