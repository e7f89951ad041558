package io.brigade.engine.schedule;

import java.util.Arrays;
import java.util.Comparator;
import java.util.function.IntToDoubleFunction;
import java.util.stream.IntStream;

/**
 * How long a render of frames with known CPU costs lasts, played through as the scheduler runs it: each
 * worker takes the next whole frame; the last frames (fewer left than workers) are shared by all idle workers;
 * the output thread stores finished frames one at a time. The busy workers share the cores the machine gives them, {@code coresFor(busy)}, equally, a whole
 * core each at most. A pure function: no clock, no threads.
 */
public final class RenderScheduleModel {

    private static final double EPSILON = 1e-9;

    private RenderScheduleModel() {
    }

    /**
     * One worker on the calling thread: it renders, encodes and stores every frame in turn, getting {@code share}
     * of a core (less than 1 where other programs take turns with it).
     */
    public static double oneWorkerNanos(double[] cpu, double[] store, double share) {
        check(cpu, store, 1);
        if (!(share > 0)) {
            throw new IllegalArgumentException("a thread gets a positive share of a core, got " + share);
        }
        return Arrays.stream(cpu).sum() / Math.min(1, share) + Arrays.stream(store).sum();
    }

    /**
     * A job of {@code workers} workers and an output thread.
     *
     * @param cpu            each frame's rendering and encoding, in CPU nanoseconds, in frame order
     * @param store          each frame's store on the output thread, in wall nanoseconds (waiting on the disk)
     * @param coresFor       how many cores (a fraction maybe) a number of busy workers get together
     */
    public static double jobNanos(double[] cpu, double[] store, int workers, IntToDoubleFunction coresFor) {
        check(cpu, store, workers);
        int frames = cpu.length;
        int whole = Math.max(0, frames - (workers - 1));
        double[] finished = new double[frames];
        int[] holding = new int[workers];
        double[] left = new double[workers];
        Arrays.fill(holding, -1);
        int next = 0;
        int pooled = whole;
        double pooledLeft = pooled < frames ? cpu[pooled] : 0;
        double now = 0;
        while (true) {
            for (int w = 0; w < workers && next < whole; w++) {
                if (holding[w] < 0) {
                    holding[w] = next;
                    left[w] = cpu[next++];
                }
            }
            int busy = (int) Arrays.stream(holding).filter(frame -> frame >= 0).count();
            int sharing = next >= whole && pooled < frames ? workers - busy : 0;
            if (busy + sharing == 0) {
                break;
            }
            double rate = Math.min(1, coresFor.applyAsDouble(busy + sharing) / (busy + sharing));
            if (!(rate > 0)) {
                throw new IllegalArgumentException(busy + sharing + " busy workers get no CPU: " + rate);
            }
            double step = Double.MAX_VALUE;
            for (int w = 0; w < workers; w++) {
                if (holding[w] >= 0) {
                    step = Math.min(step, left[w] / rate);
                }
            }
            if (sharing > 0) {
                step = Math.min(step, pooledLeft / (sharing * rate));
            }
            now += step;
            for (int w = 0; w < workers; w++) {
                if (holding[w] >= 0) {
                    left[w] -= step * rate;
                    if (left[w] <= EPSILON) {
                        finished[holding[w]] = now;
                        holding[w] = -1;
                    }
                }
            }
            if (sharing > 0) {
                pooledLeft -= step * sharing * rate;
                while (pooled < frames && pooledLeft <= EPSILON) {
                    finished[pooled++] = now;
                    pooledLeft = pooled < frames ? cpu[pooled] : 0;
                }
            }
        }
        return Math.max(now, stored(finished, store));
    }

    /** When the output thread has stored the last frame, storing them one at a time as they finish. */
    private static double stored(double[] finished, double[] store) {
        double free = 0;
        for (int frame : IntStream.range(0, finished.length).boxed()
                .sorted(Comparator.comparingDouble(f -> finished[f])).mapToInt(Integer::intValue).toArray()) {
            free = Math.max(free, finished[frame]) + store[frame];
        }
        return free;
    }

    private static void check(double[] cpu, double[] store, int workers) {
        if (cpu.length != store.length || cpu.length == 0 || workers < 1) {
            throw new IllegalArgumentException("need as many store as CPU costs (at least one) and workers >= 1, got "
                    + cpu.length + ", " + store.length + ", " + workers);
        }
    }
}
