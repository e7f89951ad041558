package io.brigade.engine.farm;

import com.hazelcast.client.Client;
import com.hazelcast.client.ClientListener;
import com.hazelcast.cluster.Address;
import com.hazelcast.collection.IQueue;
import com.hazelcast.config.Config;
import com.hazelcast.core.Hazelcast;
import com.hazelcast.core.HazelcastInstance;
import com.hazelcast.core.HazelcastInstanceNotActiveException;
import com.hazelcast.map.IMap;
import com.hazelcast.map.listener.EntryRemovedListener;
import io.brigade.engine.farm.WorkerReport.Kind;
import io.brigade.engine.raster.FrameRenderer;
import io.brigade.engine.raster.RenderStats;
import io.brigade.engine.raster.RenderedFrame;
import io.brigade.engine.scene.FramePose;
import io.brigade.engine.scene.RenderSettings;
import io.brigade.engine.scene.Scene;
import io.brigade.engine.scene.json.SceneFormatException;
import io.brigade.engine.schedule.CancellationToken;
import io.brigade.engine.schedule.RenderCancelledException;
import io.brigade.engine.schedule.RenderMemoryEstimate;
import io.brigade.engine.schedule.RenderRequest;
import io.brigade.engine.schedule.RenderTooLargeException;

import java.io.IOException;
import java.io.PrintStream;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * A farm worker: a Hazelcast member whose worker slots pull chunks of frames from the farm's task queue,
 * render them with the engine (each slot with its own renderer, so pixels are those of a local render)
 * and send them back as PNG bytes. It prints one line when it is ready and a line per task.
 *
 * <p>A job is dropped (its renders stopped within milliseconds) when its submitter removes it or leaves.
 * {@link #close()} leaves the farm cleanly: renders in flight stop and their chunks go back at once.
 */
public final class FarmWorker implements AutoCloseable {

    /** Renders one frame on a slot's own thread; a fresh one per slot. */
    public interface FrameRendering {
        RenderedFrame render(FramePose pose, RenderSettings settings, CancellationToken token);
    }

    private static final long POLL_MILLIS = 200;
    /** How long a slot waits after putting back a chunk it may not take, so it does not spin on it. */
    private static final long EXCLUDED_BACKOFF_MILLIS = 250;
    private static final long LEAVE_WAIT_MILLIS = 5_000;
    private static final long RETRY_PAUSE_MILLIS = 500;

    private record Running(ChunkTask task, CancellationToken token) {
    }

    private final HazelcastInstance hazelcast;
    private final IQueue<byte[]> tasks;
    private final IMap<String, byte[]> jobs;
    private final IMap<String, byte[]> assets;
    private final Map<String, WorkerJob> known = new ConcurrentHashMap<>();
    /** Cluster calls made on behalf of an event run here, not on Hazelcast's event thread. */
    private final ExecutorService housekeeping = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "brigade-farm-housekeeping");
        t.setDaemon(true);
        return t;
    });
    private final Running[] running;
    private final Thread[] slots;
    private final Supplier<FrameRendering> renderers;
    private final PrintStream out;
    private final String member;
    private final String host;
    private volatile boolean leaving;

    private FarmWorker(HazelcastInstance hazelcast, int slotCount, Supplier<FrameRendering> renderers, PrintStream out) {
        this.hazelcast = hazelcast;
        this.renderers = renderers;
        this.out = out;
        this.tasks = hazelcast.getQueue(FarmNames.TASKS);
        this.jobs = hazelcast.getMap(FarmNames.JOBS);
        this.assets = hazelcast.getMap(FarmNames.ASSETS);
        this.member = hazelcast.getCluster().getLocalMember().getUuid().toString();
        Address address = hazelcast.getCluster().getLocalMember().getAddress();
        this.host = address.getHost() + ":" + address.getPort();
        this.running = new Running[slotCount];
        this.slots = new Thread[slotCount];
    }

    /** Joins the farm with the engine's renderer in each of {@code slotCount} slots; prints the ready line. */
    public static FarmWorker start(FarmSettings settings, int slotCount, PrintStream out, PrintStream err) {
        return start(settings, slotCount, () -> new FrameRenderer()::render, out, err);
    }

    /** Joins the farm with slots rendering through {@code renderers} (tests make them fail or slow). */
    public static FarmWorker start(FarmSettings settings, int slotCount, Supplier<FrameRendering> renderers,
                                   PrintStream out, PrintStream err) {
        if (slotCount < 1 || slotCount > RenderRequest.MAX_WORKERS) {
            throw new IllegalArgumentException("workers must be between 1 and "
                    + RenderRequest.MAX_WORKERS + ", got " + slotCount);
        }
        HazelcastLogging.routeWarningsTo(err);
        Config config = HazelcastConfigs.member(settings);
        // What a submitter's farm panel and Test Connection show of this worker.
        config.getMemberAttributeConfig().setAttribute(FarmMember.CORES,
                Integer.toString(Runtime.getRuntime().availableProcessors()));
        config.getMemberAttributeConfig().setAttribute(FarmMember.SLOTS, Integer.toString(slotCount));
        HazelcastInstance hazelcast = Hazelcast.newHazelcastInstance(config);
        FarmWorker worker = new FarmWorker(hazelcast, slotCount, renderers, out);
        worker.listen();
        worker.startSlots();
        out.printf(Locale.ROOT, "brigade worker: ready, %s in cluster \"%s\" (%d members), %d worker slots%n",
                worker.host, settings.clusterName(), hazelcast.getCluster().getMembers().size(), slotCount);
        out.flush();
        return worker;
    }

    /** {@code host:port} of this member, as lanes and messages name it. */
    public String address() {
        return host;
    }

    private void listen() {
        jobs.addEntryListener((EntryRemovedListener<String, byte[]>) event -> drop(event.getKey(), "removed"), false);
        hazelcast.getClientService().addClientListener(new ClientListener() {
            @Override
            public void clientConnected(Client client) {
            }

            @Override
            public void clientDisconnected(Client client) {
                housekeeping.execute(() -> dropJobsOf(client.getUuid().toString()));
            }
        });
    }

    private void startSlots() {
        for (int i = 0; i < slots.length; i++) {
            int slot = i;
            slots[i] = new Thread(() -> pullTasks(slot), "brigade-farm-worker-" + (i + 1));
            slots[i].start();
        }
    }

    // ---- a slot

    private void pullTasks(int slot) {
        String lane = host + " / worker " + (slot + 1);
        FrameRendering renderer = renderers.get();
        while (!leaving && hazelcast.getLifecycleService().isRunning()) {
            try {
                byte[] raw = tasks.poll(POLL_MILLIS, TimeUnit.MILLISECONDS);
                if (raw != null && !leaving) {
                    take(slot, lane, renderer, raw);
                } else if (raw != null) {
                    tasks.offer(raw); // taken as the worker began leaving: back at once
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (HazelcastInstanceNotActiveException e) {
                return; // the member has shut down: the slot ends with it
            } catch (RuntimeException e) {
                // The cluster changed under a call (a member joined, left or merged): say so and go on pulling.
                line(lane + ": a farm call failed, trying again: " + describe(e));
                if (!pause(RETRY_PAUSE_MILLIS)) {
                    return;
                }
            }
        }
    }

    private static boolean pause(long millis) {
        try {
            Thread.sleep(millis);
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private void take(int slot, String lane, FrameRendering renderer, byte[] raw) throws InterruptedException {
        ChunkTask task;
        try {
            task = ChunkTask.decode(raw);
        } catch (MalformedMessageException e) {
            line(lane + ": dropped a task that does not read: " + e.getMessage());
            return;
        }
        WorkerJob seen = known.get(task.jobId());
        if (task.excluded().contains(member) || (seen != null && seen.isBlocked())) {
            tasks.offer(raw);
            Thread.sleep(EXCLUDED_BACKOFF_MILLIS);
            return;
        }
        if (seen == null && !jobs.containsKey(task.jobId())) {
            return; // a chunk left over from a job that is gone: its results queue must not be made again
        }
        report(WorkerReport.of(Kind.CHUNK_CLAIMED, task, task.firstFrame(), member, lane, ""));
        WorkerJob job = jobFor(task.jobId(), lane);
        if (job == null || job.isRefused()) {
            return; // the job is gone, or this worker refused it and said why
        }
        CancellationToken token = new CancellationToken();
        running[slot] = new Running(task, token);
        try {
            if (!jobs.containsKey(task.jobId())) {
                token.cancel(); // dropped between the look-up and now
            }
            render(task, job, lane, renderer, token);
        } finally {
            running[slot] = null;
        }
    }

    private void render(ChunkTask task, WorkerJob job, String lane, FrameRendering renderer, CancellationToken token) {
        String what = "job " + FarmNames.shortId(task.jobId()) + " " + task.frames();
        line(lane + ": " + what + " started");
        long start = System.nanoTime();
        RenderSettings settings = job.scene().settings();
        int frame = task.firstFrame();
        try {
            for (; frame <= task.lastFrame(); frame++) {
                token.throwIfCancelled();
                report(WorkerReport.of(Kind.FRAME_STARTED, task, frame, member, lane, ""));
                long frameStart = System.nanoTime();
                RenderedFrame rendered = renderer.render(job.scene().poseAt(frame), settings, token);
                byte[] png = job.png().encode(rendered);
                report(WorkerReport.frameDone(task, frame, member, lane, System.nanoTime() - frameStart,
                        rendered.stats(), png));
            }
            line(String.format(Locale.ROOT, "%s: %s rendered in %.2f s", lane, what, (System.nanoTime() - start) / 1e9));
        } catch (RenderCancelledException e) {
            if (leaving) {
                report(WorkerReport.of(Kind.CHUNK_RELEASED, task, frame, member, lane, "the worker is leaving"));
                line(lane + ": " + what + " given back (leaving)");
            } else {
                line(lane + ": " + what + " cancelled");
            }
        } catch (IOException | RuntimeException | Error e) {
            report(WorkerReport.of(Kind.CHUNK_FAILED, task, frame, member, lane, describe(e)));
            line(lane + ": " + what + " failed at frame " + frame + ": " + describe(e));
            if (job.chunkFailed()) {
                line(lane + ": blocked from job " + FarmNames.shortId(task.jobId()) + " after "
                        + WorkerJob.BLOCK_AFTER_FAILURES + " failed chunks");
            }
        }
    }

    // ---- jobs

    /** The job, read once per worker; null when it is gone. Slots of one worker wait for each other's read. */
    private WorkerJob jobFor(String jobId, String lane) {
        WorkerJob job = known.get(jobId);
        if (job != null) {
            return job;
        }
        synchronized (known) {
            job = known.get(jobId);
            if (job == null) {
                byte[] manifest = jobs.get(jobId);
                if (manifest == null) {
                    return null;
                }
                job = read(jobId, manifest, lane);
                known.put(jobId, job);
                if (!jobs.containsKey(jobId)) {
                    known.remove(jobId); // removed while it was read: its removal event may have come before
                    line("job " + FarmNames.shortId(jobId) + " dropped (removed while it was read), 0 renders stopped");
                    return null;
                }
            }
            return job;
        }
    }

    private WorkerJob read(String jobId, byte[] bytes, String lane) {
        String refusal;
        try {
            JobManifest manifest = JobManifest.decode(bytes);
            Scene scene = ShippedScene.read(manifest, hash -> assets.get(FarmNames.asset(jobId, hash)));
            RenderMemoryEstimate.of(scene.settings(), slots.length, false).requireFits(Runtime.getRuntime().maxMemory());
            line(lane + ": job " + FarmNames.shortId(jobId) + " read: " + manifest.sceneName() + ", "
                    + scene.settings().width() + "x" + scene.settings().height());
            return WorkerJob.accepted(jobId, scene, manifest.png());
        } catch (MalformedMessageException | SceneFormatException | RenderTooLargeException e) {
            refusal = e.getMessage();
        } catch (IOException e) {
            refusal = "the job's files: " + e.getMessage();
        }
        line(lane + ": job " + FarmNames.shortId(jobId) + " refused: " + refusal);
        reportTo(jobId, new WorkerReport(Kind.JOB_REFUSED, jobId, -1, -1, -1, member, lane, 0,
                RenderStats.NONE, new byte[0], refusal));
        return WorkerJob.refused(jobId, refusal);
    }

    /** Stops this worker's renders of the job at once (each then prints its "cancelled" line) and forgets it. */
    private void drop(String jobId, String why) {
        WorkerJob job = known.remove(jobId);
        int stopped = 0;
        for (Running r : running) {
            if (r != null && r.task().jobId().equals(jobId)) {
                r.token().cancel();
                stopped++;
            }
        }
        if (job != null) {
            line("job " + FarmNames.shortId(jobId) + " dropped (" + why + "), " + stopped + " renders stopped");
        }
    }

    /**
     * A submitter left: every worker drops its jobs at once, and the one worker that removes a job from the
     * farm also removes its assets and its results queue (frames nobody will read), and says so.
     */
    private void dropJobsOf(String client) {
        try {
            for (Map.Entry<String, byte[]> entry : jobs.entrySet()) {
                String jobId = entry.getKey();
                JobManifest manifest;
                try {
                    manifest = JobManifest.decode(entry.getValue());
                } catch (MalformedMessageException e) {
                    jobs.delete(jobId);
                    continue;
                }
                if (manifest.submitter().equals(client)) {
                    drop(jobId, "its submitter left"); // before the removal event says "removed"
                    if (jobs.remove(jobId) != null) {
                        removeLeftovers(manifest);
                        line("job " + FarmNames.shortId(jobId) + " removed from the farm: its submitter left");
                    }
                }
            }
        } catch (HazelcastInstanceNotActiveException leavingAnyway) {
            // this member is shutting down
        }
    }

    private void removeLeftovers(JobManifest manifest) {
        for (JobManifest.AssetRef asset : manifest.assets()) {
            assets.delete(FarmNames.asset(manifest.jobId(), asset.sha256()));
        }
        hazelcast.getQueue(FarmNames.results(manifest.jobId())).destroy();
    }

    private void report(WorkerReport report) {
        reportTo(report.jobId(), report);
    }

    /**
     * Offers {@code report} to the job's results queue. A report can only be sent once the job has been read, so a
     * job missing from the farm afterwards has ended: its submitter or a worker removed the queue, the offer made it
     * again, and nobody will read it, so it goes again (whichever removal comes last leaves no queue behind).
     */
    private void reportTo(String jobId, WorkerReport report) {
        IQueue<byte[]> results = hazelcast.getQueue(FarmNames.results(jobId));
        results.offer(report.encode());
        if (!jobs.containsKey(jobId)) {
            results.destroy();
        }
    }

    private void line(String text) {
        synchronized (out) {
            out.println(text);
            out.flush();
        }
    }

    private static String describe(Throwable e) {
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }

    // ---- leaving

    /** Leaves the farm: renders in flight stop and their chunks go back to the queue, then the member shuts down. */
    @Override
    public void close() {
        leaving = true;
        for (Running r : running) {
            if (r != null) {
                r.token().cancel();
            }
        }
        long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(LEAVE_WAIT_MILLIS);
        for (Thread slot : slots) {
            try {
                slot.join(Math.max(1, TimeUnit.NANOSECONDS.toMillis(deadline - System.nanoTime())));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        housekeeping.shutdownNow();
        hazelcast.shutdown();
        line("brigade worker: left the cluster");
    }
}
