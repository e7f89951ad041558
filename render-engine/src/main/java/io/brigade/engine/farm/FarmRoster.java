package io.brigade.engine.farm;

import io.brigade.engine.farm.FarmWorkerStatus.State;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * The submitter's view of each worker during a job, kept from the workers' reports and the cluster's membership
 * events; {@link #snapshot()} makes the immutable {@link FarmStatus}. Used by the job's one loop thread only.
 */
final class FarmRoster {

    private static final class Worker {
        FarmMember member;
        final TreeSet<Integer> frames = new TreeSet<>();
        int framesDone;
        boolean lost;
        boolean blocked;

        Worker(FarmMember member) {
            this.member = member;
        }
    }

    private final Map<String, Worker> byId = new LinkedHashMap<>();
    private boolean changed = true;

    /** A member of the farm, by its member id; one seen before keeps its counts (and learns its cores). */
    void joined(String id, FarmMember member) {
        Worker worker = byId.get(id);
        if (worker == null) {
            byId.put(id, new Worker(member));
        } else {
            worker.member = member;
            worker.lost = false;
        }
        changed = true;
    }

    void frameStarted(String id, String lane, int frame) {
        Worker worker = worker(id, lane);
        worker.frames.add(frame);
        changed = true;
    }

    /** The worker is done with {@code frame}: finished it ({@code written} when its result was the one kept), or not. */
    void frameEnded(String id, String lane, int frame, boolean written) {
        Worker worker = worker(id, lane);
        worker.frames.remove(frame);
        if (written) {
            worker.framesDone++;
        }
        changed = true;
    }

    void blocked(String id, String lane) {
        worker(id, lane).blocked = true;
        changed = true;
    }

    /** The member left the cluster; its frames went back to the queue. */
    void lost(String id, FarmMember member) {
        Worker worker = byId.computeIfAbsent(id, unknown -> new Worker(member));
        worker.lost = true;
        worker.frames.clear();
        changed = true;
    }

    /** The job has ended: the workers render nothing of it any more. */
    void jobEnded() {
        byId.values().forEach(worker -> worker.frames.clear());
        changed = true;
    }

    /** True once since the last call when anything changed: the time to send a snapshot. */
    boolean takeChanged() {
        boolean was = changed;
        changed = false;
        return was;
    }

    FarmStatus snapshot() {
        List<FarmWorkerStatus> workers = new ArrayList<>(byId.size());
        for (Worker w : byId.values()) {
            State state = w.lost ? State.LOST : w.blocked ? State.BLOCKED
                    : w.frames.isEmpty() ? State.IDLE : State.RENDERING;
            workers.add(new FarmWorkerStatus(w.member, state, state == State.RENDERING ? List.copyOf(w.frames) : List.of(),
                    w.framesDone));
        }
        return new FarmStatus(workers);
    }

    /** The worker {@code id}; one not met yet is named from its lane, {@code host:port / worker n}. */
    private Worker worker(String id, String lane) {
        return byId.computeIfAbsent(id, unknown -> new Worker(FarmMember.unannounced(addressOf(lane))));
    }

    static String addressOf(String lane) {
        int cut = lane.indexOf(" / ");
        return cut < 0 ? lane : lane.substring(0, cut);
    }
}
