package io.brigade.app.teaching;

import io.brigade.engine.schedule.TraceSpan;
import java.util.Optional;

/** Turns the engine's trace spans into timeline blocks, placing each in the lane of the thread that did it. */
final class TimelineBlocks {

    /** The engine names its threads so (see {@code RenderScheduler}). */
    static final String WORKER_PREFIX = "brigade-worker-";
    static final String OUTPUT_PREFIX = "brigade-output-";

    private TimelineBlocks() {
    }

    /** The block of a span recorded by a job's worker or output thread; empty for a thread without a lane. */
    static Optional<TimelineBlock> ofJobSpan(TraceSpan span, int workers) {
        String thread = span.thread();
        if (thread.startsWith(OUTPUT_PREFIX)) {
            return Optional.of(of(span, workers + 1));
        }
        if (thread.startsWith(WORKER_PREFIX)) {
            int number = workerNumber(thread);
            return number >= 1 && number <= workers ? Optional.of(of(span, TimelineRun.workerLane(number)))
                    : Optional.empty();
        }
        return Optional.empty();
    }

    /** A worker named by the engine rather than one of this computer's worker threads: a farm's lane. */
    static boolean isNamedWorker(String thread) {
        return !thread.startsWith(WORKER_PREFIX) && !thread.startsWith(OUTPUT_PREFIX);
    }

    /** The block of a span in a lane already chosen (a farm worker's). */
    static TimelineBlock inLane(TraceSpan span, int lane) {
        return of(span, lane);
    }

    /** The block of a span the UI thread itself recorded: its own rendering, writing or waiting. */
    static TimelineBlock ofUiSpan(TraceSpan span) {
        return of(span, TimelineRun.UI_LANE);
    }

    static int workerNumber(String thread) {
        try {
            return Integer.parseInt(thread.substring(WORKER_PREFIX.length()));
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    private static TimelineBlock of(TraceSpan span, int lane) {
        TimelineBlock.Kind kind = switch (span.category()) {
            case "render" -> TimelineBlock.Kind.RENDER;
            case "encode" -> TimelineBlock.Kind.ENCODE;
            case "write" -> TimelineBlock.Kind.WRITE;
            default -> lane == TimelineRun.UI_LANE ? TimelineBlock.Kind.BLOCKED : TimelineBlock.Kind.WAIT;
        };
        int frame = span.args().get("frame") instanceof Number number ? number.intValue() : -1;
        String outcome = span.args().get("outcome") instanceof String text ? text : "";
        return new TimelineBlock(lane, kind, frame, span.name(), span.startNanos(),
                span.startNanos() + span.durationNanos(), false, outcome);
    }
}
