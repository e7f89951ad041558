package io.brigade.app.teaching;

import static org.assertj.core.api.Assertions.assertThat;

import io.brigade.app.edit.ObjectEdits;
import io.brigade.engine.geometry.primitive.PrimitiveKind;
import io.brigade.engine.io.PngSequenceWriter;
import io.brigade.engine.scene.RenderSettings;
import io.brigade.engine.scene.Scene;
import io.brigade.engine.schedule.JobOutcome;
import io.brigade.engine.schedule.RenderEvent;
import io.brigade.engine.schedule.RenderListener;
import io.brigade.engine.schedule.RenderRequest;
import io.brigade.engine.schedule.RenderScheduler;
import io.brigade.engine.schedule.TraceSpan;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class UiThreadRenderTest {

    private static final int FRAMES = 3;

    @TempDir
    Path dir;

    private static Scene smallScene() throws Exception {
        RenderSettings settings = RenderSettings.DEFAULT.withSize(80, 45).withAntiAliasing(2)
                .withFrames(0, FRAMES - 1);
        return ObjectEdits.withPrimitiveAdded(Scene.empty(settings), PrimitiveKind.TEAPOT);
    }

    @Test
    void theCallingThreadRendersAndWritesEveryFrameAsTheSchedulerWould() throws Exception {
        Scene scene = smallScene();
        List<String> events = new ArrayList<>();
        RenderListener listener = new RenderListener() {
            @Override
            public void jobStarted(RenderEvent.JobStarted event) {
                events.add("started " + event.framesToRender());
            }

            @Override
            public void frameFinished(RenderEvent.FrameFinished event) {
                events.add("frame " + event.frameNumber() + " on " + event.worker());
            }

            @Override
            public void progress(RenderEvent.Progress event) {
                events.add(event.done() + "/" + event.total());
            }

            @Override
            public void jobFinished(RenderEvent.JobFinished event) {
                events.add(event.result().outcome() + " " + event.result().framesDone());
            }
        };

        List<TraceSpan> spans = UiThreadRender.run(RenderRequest.of(scene::poseAt, scene.settings())
                .withOutput(new PngSequenceWriter(dir.resolve("here"))), listener);

        String me = Thread.currentThread().getName();
        assertThat(events).containsExactly("started 3", "frame 0 on " + me, "1/3", "frame 1 on " + me, "2/3",
                "frame 2 on " + me, "3/3", JobOutcome.COMPLETED + " 3");
        assertThat(spans).extracting(TraceSpan::name).containsExactly("frame 0", "write frame 0", "frame 1",
                "write frame 1", "frame 2", "write frame 2");
        assertThat(spans).allMatch(span -> span.thread().equals(me));

        new RenderScheduler().start(RenderRequest.of(scene::poseAt, scene.settings()).withWorkers(2)
                .withOutput(new PngSequenceWriter(dir.resolve("pool")))).result().get(60, TimeUnit.SECONDS)
                .orThrow();
        for (int frame = 0; frame < FRAMES; frame++) {
            String name = String.format(Locale.ROOT, "frame_%05d.png", frame);
            assertThat(Files.mismatch(dir.resolve("here").resolve(name), dir.resolve("pool").resolve(name)))
                    .as(name).isEqualTo(-1L);
        }
    }

    @Test
    void aFrameThatCannotBeWrittenFailsTheRenderNamingTheFile() throws Exception {
        Scene scene = smallScene();
        Path blocked = dir.resolve("not-a-folder");
        Files.writeString(blocked, "a file where the folder should be");
        List<RenderEvent.JobFinished> finished = new ArrayList<>();

        UiThreadRender.run(RenderRequest.of(scene::poseAt, scene.settings())
                .withOutput(new PngSequenceWriter(blocked)), new RenderListener() {
                    @Override
                    public void jobFinished(RenderEvent.JobFinished event) {
                        finished.add(event);
                    }
                });

        assertThat(finished).hasSize(1);
        assertThat(finished.get(0).result().outcome()).isEqualTo(JobOutcome.FAILED);
        assertThat(finished.get(0).result().failure()).get().extracting(Throwable::getMessage).asString()
                .contains("frame_00000.png");
    }
}
