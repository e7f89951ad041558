package io.brigade.app.edit;

import io.brigade.engine.animation.Interpolation;
import io.brigade.engine.animation.Keyframe;
import io.brigade.engine.animation.Track;
import io.brigade.engine.scene.Scene;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * The keyframe edits of the timeline and the inspector, as pure functions from one immutable scene to the
 * next. Keys are found by frame: a key belongs to a frame when its time lies within {@link #SAME_TIME_SECONDS}
 * of the frame's time, so keys a file gives in rounded seconds (0.333333) still count as their frame's.
 */
public final class KeyframeEdits {

    /** How far a key's time may lie from a frame's time and still be that frame's key. */
    static final double SAME_TIME_SECONDS = 1e-4;

    private KeyframeEdits() {
    }

    /** True when the part's track has more than one key, so its value changes over time. */
    public static boolean isAnimated(Scene scene, AnimatedPart<?> part) {
        return !part.track(scene).isConstant();
    }

    /** The part's value at {@code frame}. */
    public static <T> T valueAt(Scene scene, AnimatedPart<T> part, int frame) {
        return part.track(scene).valueAt(scene.secondsAt(frame));
    }

    /** Where each key lies, in frames (fractional where a key falls between frames), in time order. */
    public static List<Double> keyFrames(Scene scene, AnimatedPart<?> part) {
        double fps = scene.settings().fps();
        return part.track(scene).keys().stream().map(key -> key.time() * fps).toList();
    }

    /** The index of the part's key at {@code frame}, if it has one there. */
    public static OptionalInt keyIndexAt(Scene scene, AnimatedPart<?> part, int frame) {
        return keyIndexAtTime(part.track(scene), scene.secondsAt(frame));
    }

    /** The nearest frame before {@code frame} that a key lies on (keys between frames round to the nearest). */
    public static OptionalInt previousKeyFrame(Scene scene, AnimatedPart<?> part, int frame) {
        OptionalInt found = OptionalInt.empty();
        for (double keyFrame : keyFrames(scene, part)) {
            int rounded = (int) Math.round(keyFrame);
            if (rounded < frame) {
                found = OptionalInt.of(rounded);
            }
        }
        return found;
    }

    /** The nearest frame after {@code frame} that a key lies on. */
    public static OptionalInt nextKeyFrame(Scene scene, AnimatedPart<?> part, int frame) {
        for (double keyFrame : keyFrames(scene, part)) {
            int rounded = (int) Math.round(keyFrame);
            if (rounded > frame) {
                return OptionalInt.of(rounded);
            }
        }
        return OptionalInt.empty();
    }

    /**
     * The interpolation every key of the part uses, if they agree; the last key is left out when there are
     * others, as no segment follows it.
     */
    public static <T> Optional<Interpolation> interpolationOf(Scene scene, AnimatedPart<T> part) {
        List<Keyframe<T>> keys = part.track(scene).keys();
        List<Keyframe<T>> leading = keys.size() == 1 ? keys : keys.subList(0, keys.size() - 1);
        Interpolation first = leading.get(0).interpolation();
        return leading.stream().allMatch(key -> key.interpolation() == first) ? Optional.of(first) : Optional.empty();
    }

    /** The interpolation of the part's key at {@code frame}, if it has one there. */
    public static Optional<Interpolation> interpolationAt(Scene scene, AnimatedPart<?> part, int frame) {
        OptionalInt index = keyIndexAt(scene, part, frame);
        return index.isPresent()
                ? Optional.of(part.track(scene).keys().get(index.getAsInt()).interpolation())
                : Optional.empty();
    }

    /**
     * The scene with the part at {@code value} at {@code seconds}: an animated part gets a key there (replacing
     * the value of one already there, keeping its time and easing); a still one changes as a whole.
     */
    public static <T> Scene withValueAt(Scene scene, AnimatedPart<T> part, double seconds, T value) {
        Objects.requireNonNull(value, "value");
        Track<T> track = part.track(scene);
        if (track.isConstant()) {
            return part.withTrack(scene, Track.of(track.interpolator(), track.keys().get(0).withValue(value)));
        }
        OptionalInt existing = keyIndexAtTime(track, seconds);
        Keyframe<T> key = existing.isPresent()
                ? track.keys().get(existing.getAsInt()).withValue(value)
                : new Keyframe<>(seconds, value, easingAt(track, seconds));
        return part.withTrack(scene, track.withKey(key));
    }

    /** {@link #withValueAt(Scene, AnimatedPart, double, Object)} at the time of {@code frame}. */
    public static <T> Scene withValueAt(Scene scene, AnimatedPart<T> part, int frame, T value) {
        return withValueAt(scene, part, scene.secondsAt(frame), value);
    }

    /**
     * The scene with a key at {@code frame} holding the part's value there, so that nothing moves until the
     * key is changed; it eases on as the segment it splits did. Refused where a key already is.
     */
    public static <T> Scene withKeyAt(Scene scene, AnimatedPart<T> part, int frame) throws InvalidEditException {
        if (keyIndexAt(scene, part, frame).isPresent()) {
            throw new InvalidEditException(part.name(scene) + " already has a key at frame " + frame);
        }
        Track<T> track = part.track(scene);
        double seconds = scene.secondsAt(frame);
        Keyframe<T> key = new Keyframe<>(seconds, track.valueAt(seconds), easingAt(track, seconds));
        return part.withTrack(scene, track.withKey(key));
    }

    /** The scene without the part's key at {@code frame}; refused where there is none, or it is the only one. */
    public static <T> Scene withoutKeyAt(Scene scene, AnimatedPart<T> part, int frame) throws InvalidEditException {
        int index = requireKeyAt(scene, part, frame);
        Track<T> track = part.track(scene);
        if (track.isConstant()) {
            throw new InvalidEditException("the key at frame " + frame + " is the only key of " + part.name(scene)
                    + ", and a track keeps at least one");
        }
        return part.withTrack(scene, track.withoutKey(index));
    }

    /** The scene with the part's key at {@code from} moved to frame {@code to}, value and easing kept. */
    public static <T> Scene withKeyMoved(Scene scene, AnimatedPart<T> part, int from, int to)
            throws InvalidEditException {
        int index = requireKeyAt(scene, part, from);
        if (from == to) {
            return scene;
        }
        if (to < 0) {
            throw new InvalidEditException("a key cannot move before frame 0, got frame " + to);
        }
        if (keyIndexAt(scene, part, to).isPresent()) {
            throw new InvalidEditException(part.name(scene) + " already has a key at frame " + to);
        }
        Track<T> track = part.track(scene);
        Keyframe<T> key = track.keys().get(index);
        List<Keyframe<T>> keys = new ArrayList<>(track.keys());
        keys.set(index, new Keyframe<>(scene.secondsAt(to), key.value(), key.interpolation()));
        return part.withTrack(scene, Track.of(track.interpolator(), keys));
    }

    /** The scene with the part's key at {@code frame} easing on to the next key by {@code interpolation}. */
    public static <T> Scene withInterpolationAt(Scene scene, AnimatedPart<T> part, int frame,
                                                Interpolation interpolation) throws InvalidEditException {
        Objects.requireNonNull(interpolation, "interpolation");
        int index = requireKeyAt(scene, part, frame);
        Track<T> track = part.track(scene);
        Keyframe<T> key = track.keys().get(index);
        if (key.interpolation() == interpolation) {
            return scene;
        }
        return part.withTrack(scene, track.withKey(key.withInterpolation(interpolation)));
    }

    /** The scene with every key of the part easing by {@code interpolation}. */
    public static <T> Scene withInterpolation(Scene scene, AnimatedPart<T> part, Interpolation interpolation) {
        Objects.requireNonNull(interpolation, "interpolation");
        Track<T> track = part.track(scene);
        if (track.keys().stream().allMatch(key -> key.interpolation() == interpolation)) {
            return scene;
        }
        List<Keyframe<T>> keys = track.keys().stream().map(key -> key.withInterpolation(interpolation)).toList();
        return part.withTrack(scene, Track.of(track.interpolator(), keys));
    }

    /** Such as "Smooth": the name the editor shows for an interpolation. */
    public static String displayName(Interpolation interpolation) {
        String id = interpolation.name();
        return id.charAt(0) + id.substring(1).toLowerCase(Locale.ROOT);
    }

    private static int requireKeyAt(Scene scene, AnimatedPart<?> part, int frame) throws InvalidEditException {
        return keyIndexAt(scene, part, frame).orElseThrow(
                () -> new InvalidEditException(part.name(scene) + " has no key at frame " + frame));
    }

    private static OptionalInt keyIndexAtTime(Track<?> track, double seconds) {
        int nearest = -1;
        double nearestDistance = SAME_TIME_SECONDS;
        for (int i = 0; i < track.keys().size(); i++) {
            double distance = Math.abs(track.keys().get(i).time() - seconds);
            if (distance <= nearestDistance) {
                nearest = i;
                nearestDistance = distance;
            }
        }
        return nearest < 0 ? OptionalInt.empty() : OptionalInt.of(nearest);
    }

    /** The easing of the segment that {@code seconds} falls in: its earlier key's, or the first key's before it. */
    private static Interpolation easingAt(Track<?> track, double seconds) {
        Interpolation easing = track.keys().get(0).interpolation();
        for (Keyframe<?> key : track.keys()) {
            if (key.time() <= seconds) {
                easing = key.interpolation();
            }
        }
        return easing;
    }
}
