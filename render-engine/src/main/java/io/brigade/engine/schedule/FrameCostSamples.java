package io.brigade.engine.schedule;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * What some frames spread over a range cost to render and to write, timed after a warm-up, and from them
 * what any part of the range costs: the cost of a frame between two samples is read off the straight line
 * between them, so a range whose frames grow dearer is not judged by its cheap first frame.
 *
 * @param samples by frame, at least one
 */
public record FrameCostSamples(List<Sample> samples) {

    /** One timed frame. */
    public record Sample(int frame, long renderNanos, long writeNanos) {

        public Sample {
            if (renderNanos < 0 || writeNanos < 0) {
                throw new IllegalArgumentException("frame " + frame + ": negative time " + renderNanos + " ns render, "
                        + writeNanos + " ns write");
            }
        }

        long totalNanos() {
            return renderNanos + writeNanos;
        }
    }

    /** Renders (and writes) one frame and says how long each took; the probe's only contact with a renderer. */
    @FunctionalInterface
    public interface FrameTimer {
        Sample time(int frame) throws Exception;
    }

    public FrameCostSamples {
        samples = List.copyOf(samples);
        if (samples.isEmpty()) {
            throw new IllegalArgumentException("need at least one sampled frame");
        }
        for (int i = 1; i < samples.size(); i++) {
            if (samples.get(i).frame() <= samples.get(i - 1).frame()) {
                throw new IllegalArgumentException("samples must be in frame order, without repeats");
            }
        }
    }

    /**
     * Times {@code count} frames spread evenly over {@code first..last} (the first and the last among them),
     * after timing {@code warmUps} frames that only warm the JIT and are not kept.
     *
     * @throws Exception what {@code timer} throws
     */
    public static FrameCostSamples measure(int first, int last, int count, int warmUps, FrameTimer timer)
            throws Exception {
        Objects.requireNonNull(timer, "timer");
        if (last < first || count < 1 || warmUps < 0) {
            throw new IllegalArgumentException("need first <= last, count >= 1 and warm-ups >= 0, got " + first + "-"
                    + last + ", " + count + ", " + warmUps);
        }
        List<Integer> frames = spread(first, last, count);
        for (int i = 0; i < warmUps; i++) {
            timer.time(frames.get(i % frames.size()));
        }
        List<Sample> samples = new ArrayList<>();
        for (int frame : frames) {
            Sample sample = timer.time(frame);
            samples.add(new Sample(frame, sample.renderNanos(), sample.writeNanos()));
        }
        return new FrameCostSamples(samples);
    }

    /** Up to {@code count} distinct frames evenly over {@code first..last}, both ends included. */
    static List<Integer> spread(int first, int last, int count) {
        long span = (long) last - first;
        int n = (int) Math.min(count, span + 1);
        List<Integer> frames = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            int frame = n == 1 ? first : (int) (first + Math.round((double) span * i / (n - 1)));
            if (frames.isEmpty() || frames.get(frames.size() - 1) != frame) {
                frames.add(frame);
            }
        }
        return frames;
    }

    /** The rendering time of frames {@code first..last}, interpolated between samples (flat beyond them). */
    public double renderNanos(int first, int last) {
        return sum(first, last, true);
    }

    /** The writing time of frames {@code first..last}, as {@link #renderNanos}. */
    public double writeNanos(int first, int last) {
        return sum(first, last, false);
    }

    /**
     * How uncertain the mean cost of a frame is: twice the standard error of the sampled costs over their
     * mean (about 95% of ranges fall within it if frames vary at random), 0 for a single sample.
     */
    public double relativeError() {
        int n = samples.size();
        if (n < 2) {
            return 0;
        }
        double mean = samples.stream().mapToDouble(Sample::totalNanos).average().orElseThrow();
        double variance = samples.stream().mapToDouble(s -> (s.totalNanos() - mean) * (s.totalNanos() - mean)).sum()
                / (n - 1);
        return mean > 0 ? 2 * Math.sqrt(variance / n) / mean : 0;
    }

    private double sum(int first, int last, boolean render) {
        double total = 0;
        for (int frame = first; frame <= last; frame++) {
            total += at(frame, render);
        }
        return total;
    }

    private double at(int frame, boolean render) {
        Sample before = samples.get(0);
        if (frame <= before.frame()) {
            return cost(before, render);
        }
        for (Sample after : samples) {
            if (frame <= after.frame()) {
                double t = (double) (frame - before.frame()) / (after.frame() - before.frame());
                return cost(before, render) + t * (cost(after, render) - cost(before, render));
            }
            before = after;
        }
        return cost(before, render);
    }

    private static double cost(Sample sample, boolean render) {
        return render ? sample.renderNanos() : sample.writeNanos();
    }
}
