package io.brigade.engine.schedule;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.function.ToLongFunction;

/**
 * What some frames spread over a range cost, timed the way the render will spend them after the JIT has
 * warmed up, and from them what any part of the range costs: the cost of a frame between two samples is read
 * off the straight line between them, so a range whose frames grow dearer is not judged by its cheap first
 * frame. Work (rendering and encoding) is kept both as wall time and as the CPU time the timing thread got,
 * so the estimate can tell a dear frame from a busy machine; frames timed on several threads at once say how
 * many cores several workers get on this machine now.
 *
 * @param samples     by frame, at least one
 * @param warmUps     frames rendered only to warm the JIT before the samples
 */
public record FrameCostSamples(List<Sample> samples, int warmUps) {

    /**
     * One timed frame.
     *
     * @param workNanos    wall time of rendering and encoding it
     * @param workCpuNanos CPU time the thread got meanwhile; -1 where the platform does not say
     * @param storeNanos   wall time of putting the encoded bytes into the file (the output thread's part)
     * @param threads      how many probe threads timed frames at the same time, this one included
     */
    public record Sample(int frame, long workNanos, long workCpuNanos, long storeNanos, int threads) {

        public Sample {
            if (workNanos < 0 || storeNanos < 0 || workCpuNanos < -1 || threads < 1) {
                throw new IllegalArgumentException("frame " + frame + ": negative time " + workNanos + " ns work ("
                        + workCpuNanos + " ns CPU), " + storeNanos + " ns store, or " + threads + " threads");
            }
        }

        /** A frame timed alone whose work got a whole core: CPU time equals wall time. */
        public static Sample ofWall(int frame, long workNanos, long storeNanos) {
            return new Sample(frame, workNanos, workNanos, storeNanos, 1);
        }

        /** The share of a core the work got (a hundredth at least), 1 for a frame that took no time. */
        double share() {
            return workNanos == 0 ? 1 : Math.max(0.01, (double) cpuNanos() / workNanos);
        }

        /** The CPU time of the work, its wall time where CPU time is unknown. */
        public long cpuNanos() {
            return workCpuNanos < 0 ? workNanos : Math.min(workCpuNanos, workNanos);
        }

        long totalNanos() {
            return workNanos + storeNanos;
        }
    }

    /**
     * Renders, encodes and stores one frame and says how long each took; the probe's only contact with a renderer.
     * Called from several threads at once when the samples are timed on several.
     */
    @FunctionalInterface
    public interface FrameTimer {
        Sample time(int frame) throws Exception;
    }

    /**
     * How long the probe may take. Warm-up repeats the range's first frame until, after at least
     * {@code minWarmUps} times, its CPU time changes by at most {@code stableWithin} from one time to the next,
     * or until {@code warmUpNanos} of warm-up (after the first, cold frame) or {@code maxWarmUps} frames are spent.
     * Sampling stops once {@code sampleNanos} are spent and at least two frames (the range's ends) are timed.
     */
    public record Budget(int minWarmUps, int maxWarmUps, long warmUpNanos, double stableWithin, int samples,
                         long sampleNanos) {

        /**
         * About two seconds for frames up to a quarter of a second, four frames (one warm-up) for dearer ones. Two
         * warm-ups at least while they are cheap: on a busy machine the JIT compiles late, and two cold frames
         * can cost the same.
         */
        public static final Budget PROBE = new Budget(2, 6, 600_000_000L, 0.10, 4, 700_000_000L);

        public Budget {
            if (minWarmUps < 1 || maxWarmUps < minWarmUps || warmUpNanos < 0 || stableWithin <= 0 || samples < 1
                    || sampleNanos < 0) {
                throw new IllegalArgumentException("bad probe budget: " + minWarmUps + "-" + maxWarmUps
                        + " warm-ups, " + warmUpNanos + " ns warm-up, stable within " + stableWithin + ", " + samples
                        + " samples, " + sampleNanos + " ns sampling");
            }
        }
    }

    public FrameCostSamples {
        samples = List.copyOf(samples);
        if (samples.isEmpty()) {
            throw new IllegalArgumentException("need at least one sampled frame");
        }
        if (warmUps < 0) {
            throw new IllegalArgumentException("need warm-ups >= 0, got " + warmUps);
        }
        for (int i = 1; i < samples.size(); i++) {
            if (samples.get(i).frame() <= samples.get(i - 1).frame()) {
                throw new IllegalArgumentException("samples must be in frame order, without repeats");
            }
        }
    }

    /** Whole frames timed with no warm-up. */
    public FrameCostSamples(List<Sample> samples) {
        this(samples, 0);
    }

    /**
     * Warms up on the range's first frame until its cost is stable, then times frames spread evenly over
     * {@code first..last}: the ends first, then those between, while the budget lasts. With {@code threads}
     * above 1 the frames after the first are timed that many at a time, one on each of as many threads.
     *
     * @throws Exception what {@code timer} throws
     */
    public static FrameCostSamples measure(int first, int last, Budget budget, int threads, FrameTimer timer)
            throws Exception {
        Objects.requireNonNull(timer, "timer");
        Objects.requireNonNull(budget, "budget");
        if (last < first || threads < 1) {
            throw new IllegalArgumentException("need first <= last and threads >= 1, got " + first + "-" + last + ", "
                    + threads);
        }
        Sample previous = timer.time(first);
        int warmUps = 0;
        long warmUpSpent = 0;
        while (true) {
            Sample next = timer.time(first);
            warmUps++;
            warmUpSpent += next.totalNanos();
            boolean stable = Math.abs(next.cpuNanos() - previous.cpuNanos()) <= budget.stableWithin()
                    * previous.cpuNanos();
            previous = next;
            if (warmUps >= budget.minWarmUps() && stable || warmUpSpent >= budget.warmUpNanos()
                    || warmUps >= budget.maxWarmUps()) {
                break;
            }
        }
        List<Sample> timed = new ArrayList<>(List.of(at(first, previous, 1)));
        int count = threads == 1 ? budget.samples() : 1 + threads * Math.max(1, (budget.samples() - 1 + threads - 1)
                / threads);
        List<Integer> rest = new ArrayList<>(endsFirst(spread(first, last, count)));
        rest.remove(Integer.valueOf(first));
        long sampleSpent = 0;
        for (int from = 0; from < rest.size(); from += threads) {
            if (timed.size() >= 2 && sampleSpent >= budget.sampleNanos()) {
                break;
            }
            List<Sample> batch = timeTogether(rest.subList(from, Math.min(rest.size(), from + threads)), timer);
            sampleSpent += batch.stream().mapToLong(Sample::totalNanos).max().orElse(0);
            timed.addAll(batch);
        }
        timed.sort((a, b) -> Integer.compare(a.frame(), b.frame()));
        return new FrameCostSamples(timed, warmUps);
    }

    /** Times {@code frames} at the same time, each on its own thread (this one for the first). */
    private static List<Sample> timeTogether(List<Integer> frames, FrameTimer timer) throws Exception {
        int n = frames.size();
        Sample[] samples = new Sample[n];
        Exception[] failures = new Exception[n];
        List<Thread> helpers = new ArrayList<>();
        for (int i = 1; i < n; i++) {
            int index = i;
            Thread helper = new Thread(() -> {
                try {
                    samples[index] = timer.time(frames.get(index));
                } catch (Exception e) {
                    failures[index] = e;
                }
            }, "brigade-frame-cost-" + i);
            helpers.add(helper);
            helper.start();
        }
        samples[0] = timer.time(frames.get(0));
        for (Thread helper : helpers) {
            helper.join();
        }
        for (Exception failure : failures) {
            if (failure != null) {
                throw failure;
            }
        }
        List<Sample> batch = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            batch.add(at(frames.get(i), samples[i], n));
        }
        return batch;
    }

    private static Sample at(int frame, Sample sample, int threads) {
        return new Sample(frame, sample.workNanos(), sample.workCpuNanos(), sample.storeNanos(), threads);
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

    /** The first and last of {@code frames}, then the rest in order: cut short, the sampling still spans the range. */
    static List<Integer> endsFirst(List<Integer> frames) {
        if (frames.size() <= 2) {
            return frames;
        }
        List<Integer> ordered = new ArrayList<>(List.of(frames.get(0), frames.get(frames.size() - 1)));
        ordered.addAll(frames.subList(1, frames.size() - 1));
        return ordered;
    }

    /** The work's CPU time for frame {@code frame}, interpolated between samples (flat beyond them). */
    public double cpuNanos(int frame) {
        return at(frame, Sample::cpuNanos);
    }

    /** The wall time of storing frame {@code frame}, as {@link #cpuNanos}. */
    public double storeNanos(int frame) {
        return at(frame, Sample::storeNanos);
    }

    /** The wall time of work and store for frames {@code first..last}, as timed (on the machine as busy as it was). */
    public double wallNanos(int first, int last) {
        double total = 0;
        for (int frame = first; frame <= last; frame++) {
            total += at(frame, Sample::totalNanos);
        }
        return total;
    }

    /**
     * How many cores {@code busy} threads of the render get on this machine now, from the shares of a core the
     * probe's threads got: one thread alone its share (1 on a quiet machine, 0.5 when it took turns with as many
     * other busy threads as there are cores), as many as the probe ran at once their shares together, and in
     * between a straight line. More threads than that get no more; with the frames timed one at a time, each
     * thread up to the cores is taken to get what one did.
     */
    public double coresFor(int busy, int cores) {
        double one = shareOf(1);
        int most = samples.stream().mapToInt(Sample::threads).max().orElse(1);
        if (busy <= 1) {
            return one * busy;
        }
        if (most == 1) {
            return one * Math.min(busy, cores);
        }
        double together = most * shareOf(most);
        return busy >= most ? together : one + (together - one) * (busy - 1) / (most - 1);
    }

    /** The median share of a core that samples timed {@code threads} at a time got; 1 without such samples. */
    public double shareOf(int threads) {
        double[] shares = samples.stream().filter(s -> s.threads() == threads).mapToDouble(Sample::share).toArray();
        return shares.length == 0 ? 1 : median(shares);
    }

    /** The least share of a core any group of samples got: 1 on a quiet machine. */
    public double leastShare() {
        return samples.stream().mapToInt(Sample::threads).distinct().mapToDouble(this::shareOf).min().orElse(1);
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int mid = sorted.length / 2;
        return sorted.length % 2 == 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
    }

    /**
     * How uncertain the cost of a range read off these samples is, as a fraction of it: how far each sample
     * between two others lies from the straight line between them (what the interpolation would have guessed
     * for it), root-mean-squared over the mean cost, twice over the square root of the samples as a standard
     * error. A trend the line follows costs nothing; frames that jump about do. 0 with fewer than three samples.
     */
    public double relativeError() {
        double[] costs = samples.stream().mapToDouble(s -> s.cpuNanos() + s.storeNanos()).toArray();
        int n = costs.length;
        double mean = Arrays.stream(costs).average().orElseThrow();
        if (n < 3 || mean <= 0) {
            return 0;
        }
        double squares = 0;
        for (int i = 1; i < n - 1; i++) {
            double t = (double) (samples.get(i).frame() - samples.get(i - 1).frame())
                    / (samples.get(i + 1).frame() - samples.get(i - 1).frame());
            double guessed = costs[i - 1] + t * (costs[i + 1] - costs[i - 1]);
            squares += (costs[i] - guessed) * (costs[i] - guessed);
        }
        return 2 * Math.sqrt(squares / (n - 2)) / mean / Math.sqrt(n);
    }

    private double at(int frame, ToLongFunction<Sample> cost) {
        Sample before = samples.get(0);
        if (frame <= before.frame()) {
            return cost.applyAsLong(before);
        }
        for (Sample after : samples) {
            if (frame <= after.frame()) {
                double t = (double) (frame - before.frame()) / (after.frame() - before.frame());
                return cost.applyAsLong(before) + t * (cost.applyAsLong(after) - cost.applyAsLong(before));
            }
            before = after;
        }
        return cost.applyAsLong(before);
    }
}
