package io.brigade.engine.farm;

import io.brigade.engine.scene.Scene;
import io.brigade.engine.schedule.RenderScheduler;

import java.nio.file.Path;
import java.util.List;

/**
 * A submitter JVM for the tests: {@code CLUSTER MEMBER OUTPUT_DIR} renders frames 0-47 of the textured scene at
 * 1280x720 on the farm, one frame per chunk, and prints {@code submitted}. A test kills it mid-job to make a
 * submitter vanish as when its machine loses power: nothing of it can clean up after the job.
 */
public final class TestSubmitterMain {

    private TestSubmitterMain() {
    }

    public static void main(String[] args) throws Exception {
        Scene scene = FarmRenderTest.scene(1280, 720, 0, 47, 4);
        FarmClient client = FarmClient.connect(args[0], List.of(args[1]), System.err);
        var job = new RenderScheduler().start(FarmRenderTest.request(scene, Path.of(args[2])), new FarmEvents(),
                client.source(FarmJob.of(FarmRenderTest.SCENE, scene), 1, 3));
        System.out.println("submitted");
        System.out.println("ended: " + job.result().join().outcome());
        client.close();
    }
}
