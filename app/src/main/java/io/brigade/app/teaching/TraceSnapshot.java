package io.brigade.app.teaching;

import io.brigade.engine.schedule.ChromeTraceWriter;
import io.brigade.engine.schedule.TraceSpan;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** The timeline's spans at one moment, ready to be written as Chrome trace-event JSON on any thread. */
public record TraceSnapshot(long originNanos, List<TraceSpan> spans) {

    public TraceSnapshot {
        spans = List.copyOf(spans);
    }

    /** Writes the JSON that Perfetto (ui.perfetto.dev) and chrome://tracing open, with the engine's writer. */
    public void writeChromeJson(OutputStream out) throws IOException {
        ChromeTraceWriter.write(originNanos, spans, out);
    }

    public void writeChromeJson(Path file) throws IOException {
        try (OutputStream out = Files.newOutputStream(file)) {
            writeChromeJson(out);
        }
    }
}
