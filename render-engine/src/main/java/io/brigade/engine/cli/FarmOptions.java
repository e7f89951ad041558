package io.brigade.engine.cli;

import io.brigade.engine.farm.FarmClient;
import io.brigade.engine.farm.FarmJob;
import io.brigade.engine.farm.FarmSettings;
import io.brigade.engine.farm.FarmUnreachableException;
import io.brigade.engine.scene.Scene;
import io.brigade.engine.schedule.RenderJob;
import io.brigade.engine.schedule.RenderListener;
import io.brigade.engine.schedule.RenderRequest;
import io.brigade.engine.schedule.RenderScheduler;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;

/** {@code render --farm}: render on a farm of `brigade worker`s instead of this computer's cores. */
final class FarmOptions {

    @Option(names = "--farm", paramLabel = "HOST:PORT", split = ",",
            description = "Render on the farm of workers reached at these addresses (see `brigade worker`).")
    List<String> members;

    @Option(names = "--cluster", paramLabel = "NAME", defaultValue = FarmSettings.DEFAULT_CLUSTER,
            description = "With --farm: the farm's name (default: ${DEFAULT-VALUE}).")
    String cluster;

    @Option(names = "--chunk-size", paramLabel = "N", defaultValue = "1",
            description = "With --farm: consecutive frames a worker takes at once (default: ${DEFAULT-VALUE}).")
    int chunkSize;

    @Option(names = "--chunk-retries", paramLabel = "N", defaultValue = "3",
            description = "With --farm: how often a failed chunk is retried on another worker (default: ${DEFAULT-VALUE}).")
    int chunkRetries;

    private FarmClient client;

    boolean isUsed() {
        return members != null && !members.isEmpty();
    }

    /** Connects and starts the job on the farm; null (with the reason printed) when the farm cannot take it. */
    RenderJob start(RenderRequest request, Scene scene, Path sceneFile, RenderListener listener, PrintWriter out,
                    PrintWriter err) {
        FarmJob job;
        try {
            job = FarmJob.of(sceneFile, scene);
        } catch (IOException e) {
            err.println("brigade: cannot gather the scene's files for the farm: " + e.getMessage());
            return null;
        }
        try {
            client = FarmClient.connect(cluster, members, System.err);
        } catch (FarmUnreachableException e) {
            err.println("brigade: " + e.getMessage());
            return null;
        }
        out.printf("Farm: %d workers in cluster \"%s\", %d files shipped%n", client.memberCount(), cluster,
                job.files().size());
        return new RenderScheduler().start(request, listener, client.source(job, chunkSize, chunkRetries));
    }

    /** Leaves the farm once the job has ended. */
    void close() {
        if (client != null) {
            client.close();
        }
    }
}
