package io.brigade.engine.farm;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The submitter's account of a job's chunks (OpenCue's frame states): each chunk is waiting in the queue
 * under its current lease, running on members, or done; each frame is done at most once, and the first
 * result of a frame wins. Also counts failures per chunk and per worker, for retries and blocking.
 * Used by the submitter's one loop thread only.
 */
final class ChunkBook {

    /** A chunk to put (back) in the queue; {@code attempt} counts offers of the chunk from 0. */
    record Offer(ChunkTask task, int attempt) {
    }

    /** What a failed chunk leads to. */
    record FailureOutcome(Optional<Offer> retry, boolean workerNowBlocked, int failures) {
    }

    private static final class Chunk {
        final int index;
        final int first;
        final int last;
        int lease;
        int offers;
        boolean waiting;
        final Map<Integer, String> running = new HashMap<>(); // lease -> member
        final Set<String> failedOn = new LinkedHashSet<>();
        int failures;
        long claimedNanos;
        long lastNewsNanos;
        boolean duplicated;

        Chunk(int index, int first, int last) {
            this.index = index;
            this.first = first;
            this.last = last;
        }
    }

    private final String jobId;
    private final List<Chunk> chunks = new ArrayList<>();
    private final int firstFrame;
    private final BitSet framesDone = new BitSet();
    private final int frameCount;
    private final int retries;
    private final Map<String, Integer> failuresByMember = new HashMap<>();
    private final Set<String> blocked = new LinkedHashSet<>();
    private int nextLease;
    private long chunkNanosTotal;
    private int chunksTimed;

    /** Chunks of up to {@code chunkSize} consecutive frames of {@code frames} (ascending). */
    ChunkBook(String jobId, int[] frames, int chunkSize, int retries) {
        if (chunkSize < 1) {
            throw new IllegalArgumentException("chunk size must be at least 1, got " + chunkSize);
        }
        this.jobId = jobId;
        this.retries = retries;
        this.frameCount = frames.length;
        this.firstFrame = frames.length == 0 ? 0 : frames[0];
        int i = 0;
        while (i < frames.length) {
            int start = frames[i];
            int end = start;
            while (i + 1 < frames.length && frames[i + 1] == end + 1 && end - start + 1 < chunkSize) {
                end = frames[++i];
            }
            chunks.add(new Chunk(chunks.size(), start, end));
            i++;
        }
    }

    /** The first offer of every chunk. */
    List<Offer> offerAll() {
        return chunks.stream().map(this::offer).toList();
    }

    int chunkCount() {
        return chunks.size();
    }

    boolean allDone() {
        return framesDone.cardinality() == frameCount;
    }

    Set<String> blocked() {
        return Set.copyOf(blocked);
    }

    /** A worker took the chunk under {@code lease}. */
    void claimed(int chunk, int lease, String member) {
        Chunk c = chunk(chunk);
        if (c != null && !isDone(c)) {
            if (lease == c.lease) {
                c.waiting = false;
            }
            c.running.put(lease, member);
            c.claimedNanos = System.nanoTime();
            c.lastNewsNanos = c.claimedNanos;
        }
    }

    /** True the first time {@code frame} is reported done: that result is the one to write. */
    boolean frameDone(int chunk, int lease, int frame) {
        Chunk c = chunk(chunk);
        if (c == null || frame < c.first || frame > c.last || framesDone.get(frame - firstFrame)) {
            return false;
        }
        framesDone.set(frame - firstFrame);
        c.lastNewsNanos = System.nanoTime();
        if (isDone(c)) {
            c.running.clear();
            c.waiting = false;
            if (c.claimedNanos != 0) {
                chunkNanosTotal += c.lastNewsNanos - c.claimedNanos;
                chunksTimed++;
            }
        }
        return true;
    }

    /** A worker failed the chunk: retry it elsewhere while retries are left. */
    FailureOutcome failed(int chunk, int lease, String member) {
        Chunk c = chunk(chunk);
        int byMember = failuresByMember.merge(member, 1, Integer::sum);
        boolean nowBlocked = byMember == WorkerJob.BLOCK_AFTER_FAILURES && blocked.add(member);
        if (c == null || isDone(c) || c.running.remove(lease) == null) {
            return new FailureOutcome(Optional.empty(), nowBlocked, c == null ? 0 : c.failures);
        }
        c.failures++;
        c.failedOn.add(member);
        boolean giveUp = c.failures > retries;
        return new FailureOutcome(giveUp || !c.running.isEmpty() || c.waiting ? Optional.empty() : Optional.of(offer(c)),
                nowBlocked, c.failures);
    }

    /** True when the chunk failed more often than it may be retried. */
    boolean exhausted(int chunk) {
        Chunk c = chunk(chunk);
        return c != null && c.failures > retries;
    }

    /** A worker gave the chunk back unfinished (it is leaving): offered again, not counted as a failure. */
    Optional<Offer> released(int chunk, int lease) {
        Chunk c = chunk(chunk);
        if (c == null || c.running.remove(lease) == null) {
            return Optional.empty();
        }
        return requeueIfIdle(c);
    }

    /** A member was lost: every chunk only it was rendering is offered again. */
    List<Offer> memberLost(String member) {
        List<Offer> offers = new ArrayList<>();
        for (Chunk c : chunks) {
            if (c.running.values().removeIf(member::equals)) {
                requeueIfIdle(c).ifPresent(offers::add);
            }
        }
        return offers;
    }

    /**
     * Chunks offered under a lease that is neither in the queue ({@code queuedLeases}) nor claimed: a worker
     * took them and was lost before it said so. Offered again.
     */
    List<Offer> vanished(Set<Integer> queuedLeases) {
        List<Offer> offers = new ArrayList<>();
        for (Chunk c : chunks) {
            if (c.waiting && !queuedLeases.contains(c.lease) && c.running.isEmpty() && !isDone(c)) {
                c.waiting = false;
                offers.add(offer(c));
            }
        }
        return offers;
    }

    /**
     * The tail of the job: when no chunk waits in the queue ({@code queuedLeases} holds none of this job's), a
     * chunk taken but never claimed (its taker vanished, or its claim was lost) is offered again, and a chunk
     * running with no news for three times the average chunk time (at least {@code minNanos}) is offered once
     * more to an idle worker: the first result wins. Also recovers a chunk whose results were lost in transit.
     */
    List<Offer> slowTail(Set<Integer> queuedLeases, long minNanos) {
        if (!queuedLeases.isEmpty()) {
            return List.of();
        }
        List<Offer> offers = new ArrayList<>(vanished(queuedLeases));
        long threshold = Math.max(minNanos, chunksTimed == 0 ? 0 : 3 * chunkNanosTotal / chunksTimed);
        long now = System.nanoTime();
        for (Chunk c : chunks) {
            if (!c.duplicated && !c.running.isEmpty() && !c.waiting && !isDone(c) && now - c.lastNewsNanos > threshold) {
                c.duplicated = true;
                offers.add(offer(c));
            }
        }
        return offers;
    }

    /** A waiting chunk that none of {@code members} may take, if any: the job cannot finish. */
    Optional<Integer> stuckFrame(Set<String> members) {
        for (Chunk c : chunks) {
            if (c.waiting && !members.isEmpty() && excluded(c).containsAll(members)) {
                return Optional.of(firstUndone(c));
            }
        }
        return Optional.empty();
    }

    private Optional<Offer> requeueIfIdle(Chunk c) {
        if (isDone(c) || !c.running.isEmpty() || c.waiting) {
            return Optional.empty();
        }
        return Optional.of(offer(c));
    }

    /** Offers the chunk's frames from its first not yet done, under a new lease. */
    private Offer offer(Chunk c) {
        c.lease = nextLease++;
        c.waiting = true;
        int attempt = c.offers++;
        return new Offer(new ChunkTask(jobId, c.index, c.lease, firstUndone(c), lastUndone(c), List.copyOf(excluded(c))),
                attempt);
    }

    private Set<String> excluded(Chunk c) {
        Set<String> excluded = new LinkedHashSet<>(c.failedOn);
        excluded.addAll(blocked);
        return excluded;
    }

    private boolean isDone(Chunk c) {
        int from = c.first - firstFrame;
        int to = c.last - firstFrame + 1;
        return framesDone.nextClearBit(from) >= to;
    }

    private int firstUndone(Chunk c) {
        return framesDone.nextClearBit(c.first - firstFrame) + firstFrame;
    }

    private int lastUndone(Chunk c) {
        int last = c.last;
        while (last > c.first && framesDone.get(last - firstFrame)) {
            last--;
        }
        return last;
    }

    private Chunk chunk(int index) {
        return index >= 0 && index < chunks.size() ? chunks.get(index) : null;
    }
}
