package io.brigade.engine.schedule;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.brigade.engine.io.PngSequenceWriter;
import io.brigade.engine.scene.RenderSettings;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.ByteArrayOutputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

class ChromeTraceTest {

    private static final RenderSettings SETTINGS = TestScenes.TINY.withFrames(0, 9);

    private final RenderScheduler scheduler = new RenderScheduler();

    @TempDir
    Path dir;

    @ParameterizedTest(name = "{0} workers")
    @ValueSource(ints = {1, 3})
    void theExportHasOneEventPerFrameOrTileOnNamedWorkerThreads(int workers) throws Exception {
        RenderJob job = scheduler.start(RenderRequest.of(TestScenes.spinningCube(), SETTINGS).withWorkers(workers));
        job.result().join().orThrow();
        JsonNode trace = export(job);

        Map<Integer, String> threadNames = threadNames(trace);
        List<JsonNode> spans = completeEvents(trace, "render");
        Map<Integer, List<String>> spansByFrame = new TreeMap<>();
        for (JsonNode span : spans) {
            assertThat(span.get("ts").asDouble()).isNotNegative();
            assertThat(span.get("dur").asDouble()).isNotNegative();
            assertThat(span.get("pid").asInt()).isEqualTo(1);
            assertThat(threadNames.get(span.get("tid").asInt())).startsWith(WorkerPool.THREAD_PREFIX);
            assertThat(span.get("args").get("outcome").asText()).isEqualTo("rendered");
            spansByFrame.computeIfAbsent(span.get("args").get("frame").asInt(), f -> new ArrayList<>())
                    .add(span.get("name").asText());
        }
        assertThat(spansByFrame.keySet()).containsExactlyElementsOf(IntStream.rangeClosed(0, 9).boxed().toList());
        spansByFrame.forEach((frame, names) -> assertThat(names).as("frame %d: the whole frame or each tile once", frame)
                .containsExactlyInAnyOrderElementsOf(names.size() == 1 ? List.of("frame " + frame)
                        : tileNames(frame, names.size())));
        assertThat(threadNames.values()).hasSizeLessThanOrEqualTo(workers).doesNotHaveDuplicates();
    }

    @Test
    void outputWritesAppearOnTheOutputThread() throws Exception {
        RenderJob job = scheduler.start(RenderRequest.of(TestScenes.spinningCube(), SETTINGS).withWorkers(2)
                .withOutput(new PngSequenceWriter(dir)));
        job.result().join().orThrow();
        JsonNode trace = export(job);

        Map<Integer, String> threadNames = threadNames(trace);
        List<JsonNode> writes = completeEvents(trace, "write");
        assertThat(writes).extracting(w -> w.get("name").asText()).containsExactlyInAnyOrderElementsOf(
                IntStream.rangeClosed(0, 9).mapToObj(f -> "write frame " + f).toList());
        assertThat(writes).allSatisfy(w -> {
            assertThat(threadNames.get(w.get("tid").asInt())).startsWith("brigade-output-");
            assertThat(w.get("args").get("destination").asText()).endsWith(".png");
        });
    }

    private static JsonNode export(RenderJob job) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        job.trace().writeChromeJson(out);
        return new ObjectMapper().readTree(out.toByteArray());
    }

    private static Map<Integer, String> threadNames(JsonNode trace) {
        Map<Integer, String> names = new HashMap<>();
        for (JsonNode event : trace.get("traceEvents")) {
            if ("M".equals(event.get("ph").asText()) && "thread_name".equals(event.get("name").asText())) {
                names.put(event.get("tid").asInt(), event.get("args").get("name").asText());
            }
        }
        return names;
    }

    private static List<JsonNode> completeEvents(JsonNode trace, String category) {
        List<JsonNode> events = new ArrayList<>();
        for (JsonNode event : trace.get("traceEvents")) {
            if ("X".equals(event.get("ph").asText()) && category.equals(event.get("cat").asText())) {
                events.add(event);
            }
        }
        return events;
    }

    private static List<String> tileNames(int frame, int tiles) {
        return IntStream.rangeClosed(1, tiles).mapToObj(t -> "frame " + frame + " tile " + t + "/" + tiles).toList();
    }
}
