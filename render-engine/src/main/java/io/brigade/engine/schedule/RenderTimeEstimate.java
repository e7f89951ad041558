package io.brigade.engine.schedule;

/**
 * How long rendering and writing a range of frames will take, from {@link FrameCostSamples}, and how sure
 * that is. With one worker the calling thread renders and writes every frame in turn. With more, the workers
 * render while one output thread writes: all that work shares the cores, no worker count renders faster than
 * the cores allow, and the writing alone takes as long as it takes.
 *
 * @param nanos         the expected time
 * @param relativeError the likely error either way, as a fraction of {@code nanos}
 */
public record RenderTimeEstimate(long nanos, double relativeError) {

    /** Below this, machine noise and scheduling matter more than the frames' differences. */
    public static final double LEAST_ERROR = 0.10;

    public static RenderTimeEstimate of(FrameCostSamples costs, int first, int last, int workers, int cores) {
        if (last < first || workers < 1 || cores < 1) {
            throw new IllegalArgumentException("need first <= last, workers >= 1 and cores >= 1, got " + first + "-"
                    + last + ", " + workers + ", " + cores);
        }
        double render = costs.renderNanos(first, last);
        double write = costs.writeNanos(first, last);
        double nanos;
        if (workers == 1) {
            nanos = render + write;
        } else {
            int frames = last - first + 1;
            int renderers = Math.min(Math.min(workers, cores), frames);
            int threads = Math.min(workers + 1, cores);
            nanos = Math.max(Math.max((render + write) / threads, render / renderers), write);
        }
        return new RenderTimeEstimate((long) nanos, Math.max(LEAST_ERROR, costs.relativeError()));
    }

    /** The error as a whole percentage, such as 15. */
    public long errorPercent() {
        return Math.round(relativeError * 100);
    }
}
