package io.brigade.app.render;

import java.util.AbstractList;
import java.util.Arrays;
import java.util.List;
import java.util.RandomAccess;

/**
 * The thumbnails of a render's finished frames, in the order they finished: appended to by the job's event
 * thread, read through snapshots that never change. A status carries a snapshot of every thumbnail so far
 * (the coalescing bridge may drop statuses); taking one costs nothing, where copying the list for every
 * finished frame would make a render of n frames copy n^2/2 references. Not thread-safe for appending: one
 * thread appends, and hands snapshots to others through a safe publication such as the bridge.
 */
final class ThumbnailLog {

    private FrameThumbnail[] thumbnails = new FrameThumbnail[16];
    private int size;

    void append(FrameThumbnail thumbnail) {
        if (size == thumbnails.length) {
            // A new array: snapshots already taken keep reading the old one, whose first entries never change.
            thumbnails = Arrays.copyOf(thumbnails, size * 2);
        }
        thumbnails[size++] = thumbnail;
    }

    /** The thumbnails appended so far, as an unmodifiable list that later appends do not change. */
    List<FrameThumbnail> snapshot() {
        return new Snapshot(thumbnails, size);
    }

    /** Whether {@code list} is a snapshot, which needs no defensive copy. */
    static boolean isSnapshot(List<FrameThumbnail> list) {
        return list instanceof Snapshot;
    }

    /** The first {@code size} entries of an array nobody writes below {@code size} again. */
    private static final class Snapshot extends AbstractList<FrameThumbnail> implements RandomAccess {
        private final FrameThumbnail[] thumbnails;
        private final int size;

        Snapshot(FrameThumbnail[] thumbnails, int size) {
            this.thumbnails = thumbnails;
            this.size = size;
        }

        @Override
        public FrameThumbnail get(int index) {
            if (index < 0 || index >= size) {
                throw new IndexOutOfBoundsException("thumbnail " + index + " of " + size);
            }
            return thumbnails[index];
        }

        @Override
        public int size() {
            return size;
        }
    }
}
