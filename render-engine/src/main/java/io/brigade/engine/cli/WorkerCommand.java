package io.brigade.engine.cli;

import io.brigade.engine.farm.FarmSettings;
import io.brigade.engine.farm.FarmWorker;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.PrintStream;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;

/** {@code brigade worker}: joins a render farm and renders its frames until Ctrl-C. */
@Command(name = "worker", mixinStandardHelpOptions = true,
        description = {"Joins a render farm on a trusted network and renders frames for `brigade render --farm`.",
                "Prints a line with 'ready' once joined, then a line per task; Ctrl-C leaves, giving back its work."})
final class WorkerCommand implements Callable<Integer> {

    @Option(names = "--cluster", paramLabel = "NAME", defaultValue = FarmSettings.DEFAULT_CLUSTER,
            description = "The farm's name; workers and submitters of other names never meet (default: ${DEFAULT-VALUE}).")
    String cluster;

    @Option(names = "--bind", paramLabel = "ADDRESS", defaultValue = FarmSettings.LOOPBACK,
            description = "The one interface to listen on (default: ${DEFAULT-VALUE}, this machine only).")
    String bind;

    @Option(names = "--port", paramLabel = "N", defaultValue = "" + FarmSettings.DEFAULT_PORT,
            description = "The first port to try; the next four are tried if it is taken (default: ${DEFAULT-VALUE}).")
    int port;

    @Option(names = "--members", paramLabel = "HOST:PORT", split = ",",
            description = "The other workers, HOST:PORT or HOST:PORT-PORT (default: ports 5701-5705 of the bind address).")
    List<String> members = List.of();

    @Option(names = {"-w", "--workers"}, paramLabel = "N",
            description = "Frames rendered at once on this machine (default: the number of cores).")
    Integer workers;

    @Option(names = "--lost-after", paramLabel = "SECONDS", defaultValue = "" + FarmSettings.DEFAULT_LOST_AFTER_SECONDS,
            description = "Silence after which a worker counts as lost and its frames are requeued (default: ${DEFAULT-VALUE}).")
    int lostAfter;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws InterruptedException {
        FarmSettings settings;
        try {
            settings = new FarmSettings(cluster, bind, port, members, lostAfter);
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
        }
        int slots = workers != null ? workers : Runtime.getRuntime().availableProcessors();
        PrintStream out = System.out;
        FarmWorker worker;
        try {
            worker = FarmWorker.start(settings, slots, out, System.err);
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
        } catch (RuntimeException e) { // Hazelcast could not bind or start
            System.err.println("brigade: the worker could not start: " + e.getMessage());
            return RenderCommand.EXIT_FAILED;
        }
        CountDownLatch left = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            worker.close();
            left.countDown();
        }, "brigade-worker-leave"));
        left.await(); // until Ctrl-C: the hook leaves the farm cleanly
        return 0;
    }
}
