package io.brigade.engine.farm;

import io.brigade.engine.schedule.FrameSource;
import io.brigade.engine.schedule.RemoteFrameJob;
import io.brigade.engine.schedule.RenderJobException;

import java.io.IOException;
import java.io.PrintStream;
import java.util.Objects;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * A job's frames rendered on a farm that is connected to when the job starts, on the job's own coordinating
 * thread, and left when the job ends: for a submitter that must not wait for the connection itself (the editor
 * starts a job and returns at once). A farm that does not answer fails the job with a message naming the
 * addresses and what to check; a job cancelled while connecting ends at once and the connection, when it
 * comes, is closed.
 */
public final class ConnectingFarmSource implements FrameSource {

    /** How often the wait for the connection looks at the job's cancellation. */
    private static final long CANCEL_POLL_MILLIS = 50;

    private final FarmAddress address;
    private final Callable<FarmJob> gather;
    private final int chunkSize;
    private final int chunkRetries;
    private final FarmStatus.Listener listener;
    private final PrintStream warnings;

    /**
     * @param gather   reads the job's files ({@code () -> FarmJob.of(sceneFile, scene)}), on the job's thread too
     * @param warnings receives Hazelcast's own warnings (its logging is routed there, warnings only)
     */
    public ConnectingFarmSource(FarmAddress address, Callable<FarmJob> gather, int chunkSize, int chunkRetries,
                                FarmStatus.Listener listener, PrintStream warnings) {
        this.address = Objects.requireNonNull(address, "address");
        this.gather = Objects.requireNonNull(gather, "gather");
        this.chunkSize = chunkSize;
        this.chunkRetries = chunkRetries;
        this.listener = Objects.requireNonNull(listener, "listener");
        this.warnings = Objects.requireNonNull(warnings, "warnings");
    }

    @Override
    public void produce(RemoteFrameJob job) throws InterruptedException {
        FarmJob farmJob;
        try {
            farmJob = gather.call();
        } catch (IOException e) {
            job.fail(RenderJobException.ofJob("cannot gather the scene's files for the farm", e));
            return;
        } catch (Exception e) {
            job.fail(RenderJobException.ofJob("the job for the farm could not be made", e));
            return;
        }
        CompletableFuture<FarmClient> connecting = new CompletableFuture<>();
        Thread connector = new Thread(() -> {
            try {
                connecting.complete(FarmClient.connect(address.cluster(), address.members(), warnings));
            } catch (FarmUnreachableException | RuntimeException e) {
                connecting.completeExceptionally(e);
            }
        }, "brigade-farm-connect");
        connector.setDaemon(true);
        connector.start();
        FarmClient client;
        try {
            client = await(connecting, job);
        } catch (ExecutionException e) {
            job.fail(e.getCause() instanceof FarmUnreachableException unreachable
                    ? RenderJobException.ofJob(unreachable.getMessage(), null) // says all: where, and what to check
                    : RenderJobException.ofJob("could not connect to the farm at " + address.membersText(), e.getCause()));
            return;
        }
        if (client == null) {
            connecting.thenAccept(FarmClient::close); // cancelled while connecting: leave once connected
            return;
        }
        try (client) {
            client.source(farmJob, chunkSize, chunkRetries, listener).produce(job);
        }
    }

    /** The client, or null when the job is cancelled first. */
    private static FarmClient await(CompletableFuture<FarmClient> connecting, RemoteFrameJob job)
            throws InterruptedException, ExecutionException {
        while (!job.token().isCancelled()) {
            try {
                return connecting.get(CANCEL_POLL_MILLIS, TimeUnit.MILLISECONDS);
            } catch (TimeoutException notYet) {
                // look at the token again
            }
        }
        return null;
    }
}
