package io.brigade.engine.farm;

import com.hazelcast.cluster.Member;
import com.hazelcast.cluster.MembershipEvent;
import com.hazelcast.cluster.MembershipListener;
import com.hazelcast.collection.IQueue;
import com.hazelcast.core.HazelcastException;
import com.hazelcast.core.HazelcastInstance;
import com.hazelcast.map.IMap;
import io.brigade.engine.farm.ChunkBook.FailureOutcome;
import io.brigade.engine.farm.ChunkBook.Offer;
import io.brigade.engine.io.PngCompression;
import io.brigade.engine.raster.RenderedFrame;
import io.brigade.engine.scene.RenderSettings;
import io.brigade.engine.schedule.FrameSource;
import io.brigade.engine.schedule.RemoteFrameJob;
import io.brigade.engine.schedule.RenderEvent.FrameFinished;
import io.brigade.engine.schedule.RenderJobException;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

/**
 * Renders a job's frames on the farm, as the job's {@link FrameSource}: ships the job, offers its chunks,
 * reads the workers' reports, hands each frame to the job's output stage once, and requeues the chunks of
 * workers that fail, leave or are lost. When it returns, for whatever reason, the job is removed from the
 * farm, which stops every worker's renders of it.
 */
public final class FarmRender implements FrameSource {

    /** How long the loop waits for a report before it looks at cancellation and lost members again. */
    private static final long POLL_MILLIS = 20;
    private static final long STUCK_CHECK_NANOS = TimeUnit.SECONDS.toNanos(1);
    /** A chunk silent this long (or three average chunk times, if longer) at the tail is offered to another worker. */
    private static final long SLOW_TAIL_NANOS = TimeUnit.SECONDS.toNanos(2);
    /** After a failed cluster call (a member just died), how long before the next try. */
    private static final long HICCUP_PAUSE_MILLIS = 50;

    private final HazelcastInstance hazelcast;
    private final FarmJob farmJob;
    private final int chunkSize;
    private final int chunkRetries;
    private final FarmStatus.Listener farmListener;
    private final ConcurrentLinkedQueue<Member> lost = new ConcurrentLinkedQueue<>();
    private final ConcurrentLinkedQueue<Member> joined = new ConcurrentLinkedQueue<>();

    FarmRender(HazelcastInstance hazelcast, FarmJob farmJob, int chunkSize, int chunkRetries,
               FarmStatus.Listener farmListener) {
        if (chunkSize < 1) {
            throw new IllegalArgumentException("chunk size must be at least 1, got " + chunkSize);
        }
        if (chunkRetries < 0) {
            throw new IllegalArgumentException("chunk retries must be >= 0, got " + chunkRetries);
        }
        this.hazelcast = hazelcast;
        this.farmJob = farmJob;
        this.chunkSize = chunkSize;
        this.chunkRetries = chunkRetries;
        this.farmListener = farmListener;
    }

    @Override
    public void produce(RemoteFrameJob job) throws InterruptedException {
        String jobId = UUID.randomUUID().toString();
        IMap<String, byte[]> jobs = hazelcast.getMap(FarmNames.JOBS);
        IMap<String, byte[]> assets = hazelcast.getMap(FarmNames.ASSETS);
        IQueue<byte[]> results = hazelcast.getQueue(FarmNames.results(jobId));
        UUID membership = hazelcast.getCluster().addMembershipListener(new MembershipListener() {
            @Override
            public void memberAdded(MembershipEvent event) {
                joined.add(event.getMember());
            }

            @Override
            public void memberRemoved(MembershipEvent event) {
                lost.add(event.getMember());
            }
        });
        List<String> assetKeys = new ArrayList<>();
        try {
            JobManifest manifest = manifest(jobId, job.outputPng().orElse(PngCompression.FAST));
            for (JobManifest.AssetRef asset : manifest.assets()) {
                String key = FarmNames.asset(jobId, asset.sha256());
                assets.set(key, farmJob.files().get(asset.path()));
                assetKeys.add(key);
            }
            jobs.set(jobId, manifest.encode());
            new Submission(jobId, job, results).run();
        } catch (HazelcastException e) {
            job.fail(RenderJobException.ofJob("lost the connection to the farm", e));
        } catch (MalformedMessageException e) {
            job.fail(RenderJobException.ofJob("the job is too large for the farm", e));
        } finally {
            hazelcast.getCluster().removeMembershipListener(membership);
            removeQuietly(jobs, assets, assetKeys, jobId, results);
        }
    }

    /** The manifest, checked against the limits a worker applies before anything is sent. */
    private JobManifest manifest(String jobId, PngCompression png) throws MalformedMessageException {
        JobManifest manifest = JobManifest.of(jobId, hazelcast.getLocalEndpoint().getUuid().toString(), farmJob, png);
        return JobManifest.decode(manifest.encode()); // the worker's checks, here, before anything is sent
    }

    private void removeQuietly(IMap<String, byte[]> jobs, IMap<String, byte[]> assets, List<String> assetKeys,
                               String jobId, IQueue<byte[]> results) {
        try {
            jobs.delete(jobId); // first: this is what stops the workers
            assetKeys.forEach(assets::delete);
            results.destroy();
        } catch (HazelcastException | IllegalStateException unreachable) {
            // the farm, or this client, is gone: the workers drop the job when they see this submitter leave
        }
    }

    /** One job's loop, on the job's coordinating thread. */
    private final class Submission {
        private final String jobId;
        private final RemoteFrameJob job;
        private final IQueue<byte[]> results;
        private final IQueue<byte[]> tasks = hazelcast.getQueue(FarmNames.TASKS);
        private final ChunkBook book;
        private final RenderSettings settings;
        private final Map<Integer, Long> frameStarts = new HashMap<>();
        private final FarmRoster roster = new FarmRoster();
        private final FrameDecoders decoding;
        /** The bytes workers send are those of the output's files: written as they come. */
        private final Optional<PngCompression> passThrough;

        Submission(String jobId, RemoteFrameJob job, IQueue<byte[]> results) {
            this.jobId = jobId;
            this.decoding = FrameDecoders.forThisMachine(jobId);
            this.job = job;
            this.results = results;
            this.settings = job.settings();
            this.book = new ChunkBook(jobId, job.frames(), chunkSize, chunkRetries);
            this.passThrough = job.outputPng();
        }

        void run() throws InterruptedException, MalformedMessageException {
            try {
                loop();
                decoding.awaitAll(); // every frame the book counts as done is handed to the output before produce returns
            } finally {
                decoding.stop();
                roster.jobEnded(); // whatever ended it, the job is off the farm once produce returns
                farmListener.farmChanged(roster.snapshot());
            }
        }

        private void loop() throws InterruptedException, MalformedMessageException {
            for (Member member : hazelcast.getCluster().getMembers()) {
                roster.joined(member.getUuid().toString(), FarmMember.of(member));
            }
            book.offerAll().forEach(this::offer);
            long nextCheck = System.nanoTime() + STUCK_CHECK_NANOS;
            while (!book.allDone() && !job.token().isCancelled()) {
                try {
                    step();
                    if (System.nanoTime() > nextCheck) {
                        failIfStuck();
                        book.slowTail(queuedLeases(), SLOW_TAIL_NANOS).forEach(offer -> {
                            job.record("duplicated " + offer.task().frames(), "farm", "submitter", System.nanoTime(),
                                    System.nanoTime(), Map.of("why", "slow or silent at the tail; the first result wins"));
                            offer(offer);
                        });
                        nextCheck = System.nanoTime() + STUCK_CHECK_NANOS;
                    }
                } catch (HazelcastException e) {
                    if (!hazelcast.getLifecycleService().isRunning()) {
                        throw e;
                    }
                    // A member died under a call: the cluster moves its data to the survivors; try again.
                    job.record("farm call failed: " + e.getClass().getSimpleName(), "farm", "submitter",
                            System.nanoTime(), System.nanoTime(), Map.of("message", String.valueOf(e.getMessage())));
                    Thread.sleep(HICCUP_PAUSE_MILLIS);
                }
            }
        }

        private void step() throws InterruptedException, MalformedMessageException {
            byte[] raw = results.poll(POLL_MILLIS, TimeUnit.MILLISECONDS);
            while (raw != null && !job.token().isCancelled()) {
                handle(WorkerReport.decode(raw));
                raw = results.poll();
            }
            for (Member member = joined.poll(); member != null; member = joined.poll()) {
                roster.joined(member.getUuid().toString(), FarmMember.of(member));
            }
            for (Member member = lost.poll(); member != null; member = lost.poll()) {
                memberLost(member);
            }
            if (roster.takeChanged()) {
                farmListener.farmChanged(roster.snapshot());
            }
        }

        private void handle(WorkerReport report) throws InterruptedException {
            switch (report.kind()) {
                case CHUNK_CLAIMED -> book.claimed(report.chunk(), report.lease(), report.member());
                case FRAME_STARTED -> {
                    long now = System.nanoTime();
                    frameStarts.put(report.frame(), now);
                    roster.frameStarted(report.member(), report.lane(), report.frame());
                    job.frameStarted(report.frame(), report.lane(), now);
                }
                case FRAME_DONE -> frameDone(report);
                case CHUNK_FAILED -> chunkFailed(report);
                case CHUNK_RELEASED -> {
                    roster.frameEnded(report.member(), report.lane(), report.frame(), false);
                    book.released(report.chunk(), report.lease()).ifPresent(offer ->
                            requeue(offer, report.lane() + " left the farm"));
                }
                case JOB_REFUSED -> job.fail(RenderJobException.ofJob("worker " + report.lane() + " refused the job",
                        new FarmWorkerException(report.message())));
            }
        }

        private void frameDone(WorkerReport report) throws InterruptedException {
            long now = System.nanoTime();
            long start = frameStarts.getOrDefault(report.frame(), now);
            boolean first = book.frameDone(report.chunk(), report.lease(), report.frame());
            roster.frameEnded(report.member(), report.lane(), report.frame(), first);
            if (!first) {
                job.record("frame " + report.frame(), "render", report.lane(), start, now,
                        Map.of("frame", report.frame(), "outcome", "duplicate: an earlier result won"));
                return;
            }
            decoding.submit(() -> decodeAndPublish(report, start, now));
        }

        /** On a decoder: the frame's pixels for the listeners, then the frame to the output (its bytes as sent). */
        private void decodeAndPublish(WorkerReport report, long start, long end) {
            try {
                RenderedFrame frame = FrameCodec.decode(report.png(), report.frame(), settings.width(),
                        settings.height(), report.stats());
                job.record("frame " + report.frame(), "render", report.lane(), start, end,
                        Map.of("frame", report.frame(), "outcome", "rendered", "png bytes", report.png().length));
                job.publish(new FrameFinished(frame, report.lane(), start, end, report.renderNanos(), 1),
                        passThrough.isPresent() ? report.png() : null);
            } catch (IOException e) {
                job.fail(RenderJobException.atFrame(report.frame(), "worker " + report.lane() + " sent a bad frame", e));
            } catch (RuntimeException | Error e) {
                job.fail(RenderJobException.atFrame(report.frame(), "could not take the frame from " + report.lane(), e));
            }
        }

        private void chunkFailed(WorkerReport report) {
            FailureOutcome outcome = book.failed(report.chunk(), report.lease(), report.member());
            FarmWorkerException cause = new FarmWorkerException("on " + report.lane() + ": " + report.message());
            roster.frameEnded(report.member(), report.lane(), report.frame(), false);
            if (outcome.workerNowBlocked()) {
                roster.blocked(report.member(), report.lane());
                job.record("blocked from the job", "farm", report.lane(), System.nanoTime(), System.nanoTime(),
                        Map.of("failed chunks", WorkerJob.BLOCK_AFTER_FAILURES));
            }
            if (book.exhausted(report.chunk())) {
                job.fail(RenderJobException.atFrame(report.frame(), "rendering failed " + outcome.failures()
                        + " times, last", cause));
                return;
            }
            outcome.retry().ifPresent(offer -> {
                job.frameRetried(report.frame(), offer.attempt(), cause);
                offer(offer);
            });
        }

        private void memberLost(Member member) {
            String name = member.getAddress().getHost() + ":" + member.getAddress().getPort();
            roster.lost(member.getUuid().toString(), FarmMember.of(member));
            for (Offer offer : book.memberLost(member.getUuid().toString())) {
                requeue(offer, "worker " + name + " was lost");
            }
            for (Offer offer : book.vanished(queuedLeases())) {
                requeue(offer, "a chunk taken by worker " + name + " was lost with it");
            }
        }

        private void requeue(Offer offer, String why) {
            ChunkTask task = offer.task();
            job.frameRetried(task.firstFrame(), offer.attempt(),
                    new FarmWorkerException(why + "; " + task.frames() + " requeued"));
            offer(offer);
        }

        private Set<Integer> queuedLeases() {
            Set<Integer> leases = new HashSet<>();
            for (byte[] raw : tasks) {
                try {
                    ChunkTask task = ChunkTask.decode(raw);
                    if (task.jobId().equals(jobId)) {
                        leases.add(task.lease());
                    }
                } catch (MalformedMessageException notOurs) {
                    // a task of some other submitter's making: not this job's
                }
            }
            return leases;
        }

        private void failIfStuck() {
            Set<String> members = hazelcast.getCluster().getMembers().stream()
                    .map(m -> m.getUuid().toString()).collect(Collectors.toSet());
            book.stuckFrame(members).ifPresent(frame -> job.fail(RenderJobException.atFrame(frame, "no worker left",
                    new FarmWorkerException("it failed on, or is blocked from, every worker in the farm"))));
        }

        private void offer(Offer offer) {
            tasks.offer(offer.task().encode());
        }
    }
}
