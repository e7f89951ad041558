package io.brigade.engine.animation;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * An immutable animated value: keyframes sorted by time, no two at the same time, and the
 * interpolator that blends between them. Before the first key the value is the first key's, after
 * the last key the last key's. Evaluation is pure and thread-safe.
 *
 * <p>Two tracks are equal when their keys are equal and their interpolators are equal (the shared
 * constants of {@link Interpolators} are).
 */
public final class Track<T> {

    private final List<Keyframe<T>> keys;
    private final double[] times;
    private final Interpolator<T> interpolator;

    private Track(List<Keyframe<T>> keys, Interpolator<T> interpolator) {
        this.keys = keys;
        this.interpolator = interpolator;
        this.times = keys.stream().mapToDouble(Keyframe::time).toArray();
    }

    /** A track over the given keys in any order; throws if there are none or two share a time. */
    public static <T> Track<T> of(Interpolator<T> interpolator, List<Keyframe<T>> keys) {
        Objects.requireNonNull(interpolator, "interpolator");
        if (keys.isEmpty()) {
            throw new IllegalArgumentException("a track needs at least one keyframe");
        }
        List<Keyframe<T>> sorted = new ArrayList<>(keys);
        sorted.sort(Comparator.comparingDouble(Keyframe::time));
        for (int i = 1; i < sorted.size(); i++) {
            if (sorted.get(i).time() == sorted.get(i - 1).time()) {
                throw new IllegalArgumentException("two keyframes at time " + sorted.get(i).time());
            }
        }
        return new Track<>(List.copyOf(sorted), interpolator);
    }

    @SafeVarargs
    public static <T> Track<T> of(Interpolator<T> interpolator, Keyframe<T>... keys) {
        return of(interpolator, List.of(keys));
    }

    /** A track that never changes: one linear key at time 0. */
    public static <T> Track<T> constant(T value, Interpolator<T> interpolator) {
        return of(interpolator, List.of(Keyframe.of(0, value)));
    }

    /** The value at {@code seconds}; throws if seconds is NaN. */
    public T valueAt(double seconds) {
        if (Double.isNaN(seconds)) {
            throw new IllegalArgumentException("time must be a number, got NaN");
        }
        int last = times.length - 1;
        if (seconds <= times[0]) {
            return keys.get(0).value();
        }
        if (seconds >= times[last]) {
            return keys.get(last).value();
        }
        int found = Arrays.binarySearch(times, seconds);
        if (found >= 0) {
            return keys.get(found).value();
        }
        int next = -found - 1; // the insertion point: the first key after seconds
        Keyframe<T> from = keys.get(next - 1);
        if (from.interpolation() == Interpolation.STEP) {
            return from.value();
        }
        double t = (seconds - times[next - 1]) / (times[next] - times[next - 1]);
        return interpolator.interpolate(from.value(), keys.get(next).value(), from.interpolation().ease(t));
    }

    public List<Keyframe<T>> keys() {
        return keys;
    }

    public Interpolator<T> interpolator() {
        return interpolator;
    }

    /** True when the track has a single key, so its value never changes. */
    public boolean isConstant() {
        return keys.size() == 1;
    }

    public double startTime() {
        return times[0];
    }

    public double endTime() {
        return times[times.length - 1];
    }

    /** This track with {@code key} added, replacing any key at the same time. */
    public Track<T> withKey(Keyframe<T> key) {
        List<Keyframe<T>> changed = new ArrayList<>(keys.size() + 1);
        for (Keyframe<T> k : keys) {
            if (k.time() != key.time()) {
                changed.add(k);
            }
        }
        changed.add(key);
        return of(interpolator, changed);
    }

    /** This track without the key at {@code index}; throws if it is the only key. */
    public Track<T> withoutKey(int index) {
        Objects.checkIndex(index, keys.size());
        if (keys.size() == 1) {
            throw new IllegalArgumentException("cannot remove the only keyframe of a track");
        }
        List<Keyframe<T>> changed = new ArrayList<>(keys);
        changed.remove(index);
        return new Track<>(List.copyOf(changed), interpolator);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Track<?> other && keys.equals(other.keys) && interpolator.equals(other.interpolator);
    }

    @Override
    public int hashCode() {
        return keys.hashCode();
    }

    @Override
    public String toString() {
        return "Track" + keys;
    }
}
