package io.brigade.engine.schedule;

import io.brigade.engine.io.AtomicFile;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;

/**
 * Which thread did what and when during one job: every frame or tile rendered (also those cancelled
 * or failed, marked in their args), every frame encoded (on the worker that rendered it) and every
 * output write. Recorded while the job runs, complete once
 * its future has completed.
 */
public final class JobTrace {

    private final long originNanos;
    private final ConcurrentLinkedQueue<TraceSpan> spans = new ConcurrentLinkedQueue<>();

    JobTrace(long originNanos) {
        this.originNanos = originNanos;
    }

    void record(TraceSpan span) {
        spans.add(span);
    }

    /** The {@link System#nanoTime()} reading that is time zero of the export. */
    public long originNanos() {
        return originNanos;
    }

    /** The spans recorded so far, by start time. */
    public List<TraceSpan> spans() {
        return spans.stream().sorted(Comparator.comparingLong(TraceSpan::startNanos)).toList();
    }

    /** Writes the Chrome trace-event JSON that Perfetto and chrome://tracing open. */
    public void writeChromeJson(OutputStream out) throws IOException {
        ChromeTraceWriter.write(originNanos, spans(), out);
    }

    /** Writes the trace to {@code file} atomically: on any failure no partial or empty file is left. */
    public void writeChromeJson(Path file) throws IOException {
        ByteArrayOutputStream json = new ByteArrayOutputStream();
        writeChromeJson(json);
        AtomicFile.write(file, json.toByteArray());
    }
}
