package io.brigade.engine.schedule;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.OutputStream;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes spans in the Chrome trace-event format: a complete ("X") event per span, times in
 * microseconds from the job's start, one numbered thread per thread name with "thread_name" metadata.
 * The output opens in Perfetto (ui.perfetto.dev) and chrome://tracing. {@link JobTrace} writes a job's
 * own spans with it; the app adds spans of its own threads (the UI thread waiting for a job) to the same file.
 */
public final class ChromeTraceWriter {

    static final int PROCESS_ID = 1;

    private static final ObjectMapper JSON = new ObjectMapper();

    private ChromeTraceWriter() {
    }

    /** Writes {@code spans} with times counted from the {@link System#nanoTime()} reading {@code originNanos}. */
    public static void write(long originNanos, List<TraceSpan> spans, OutputStream out) throws IOException {
        Map<String, Integer> threadIds = numberThreads(spans);
        try (JsonGenerator json = JSON.getFactory().createGenerator(out, JsonEncoding.UTF8)) {
            json.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
            json.writeStartObject();
            json.writeArrayFieldStart("traceEvents");
            for (Map.Entry<String, Integer> thread : threadIds.entrySet()) {
                writeThreadName(json, thread.getKey(), thread.getValue());
            }
            for (TraceSpan span : spans) {
                writeSpan(json, span, threadIds.get(span.thread()), originNanos);
            }
            json.writeEndArray();
            json.writeStringField("displayTimeUnit", "ms");
            json.writeEndObject();
        }
    }

    /**
     * Threads numbered from 1: workers first, then the output thread, each in natural name order
     * (brigade-worker-2 before brigade-worker-10).
     */
    private static Map<String, Integer> numberThreads(List<TraceSpan> spans) {
        List<String> names = spans.stream().map(TraceSpan::thread).distinct()
                .sorted(Comparator.comparing((String name) -> !name.startsWith(WorkerPool.THREAD_PREFIX))
                        .thenComparing(ChromeTraceWriter::withoutNumber).thenComparingLong(ChromeTraceWriter::number))
                .toList();
        Map<String, Integer> ids = new LinkedHashMap<>();
        for (String name : names) {
            ids.put(name, ids.size() + 1);
        }
        return ids;
    }

    private static String withoutNumber(String threadName) {
        return threadName.replaceFirst("\\d+$", "");
    }

    private static long number(String threadName) {
        String digits = threadName.substring(withoutNumber(threadName).length());
        return digits.isEmpty() || digits.length() > 18 ? 0 : Long.parseLong(digits);
    }

    private static void writeThreadName(JsonGenerator json, String name, int tid) throws IOException {
        json.writeStartObject();
        json.writeStringField("name", "thread_name");
        json.writeStringField("ph", "M");
        json.writeNumberField("pid", PROCESS_ID);
        json.writeNumberField("tid", tid);
        json.writeObjectFieldStart("args");
        json.writeStringField("name", name);
        json.writeEndObject();
        json.writeEndObject();
    }

    private static void writeSpan(JsonGenerator json, TraceSpan span, int tid, long originNanos) throws IOException {
        json.writeStartObject();
        json.writeStringField("name", span.name());
        json.writeStringField("cat", span.category());
        json.writeStringField("ph", "X");
        json.writeNumberField("ts", micros(span.startNanos() - originNanos));
        json.writeNumberField("dur", micros(span.durationNanos()));
        json.writeNumberField("pid", PROCESS_ID);
        json.writeNumberField("tid", tid);
        json.writeObjectField("args", span.args());
        json.writeEndObject();
    }

    /** Microseconds with nanosecond precision: tiny test frames take less than a microsecond to resolve. */
    private static double micros(long nanos) {
        return nanos / 1000.0;
    }
}
