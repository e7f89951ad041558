package io.brigade.engine.farm;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * One worker during a farm job, as the submitter knows it from the worker's reports and the cluster's membership.
 *
 * @param frames     the frames it is rendering now, ascending (empty unless {@link State#RENDERING})
 * @param framesDone its frames that were written for this job (duplicates that lost the race not counted)
 */
public record FarmWorkerStatus(FarmMember member, State state, List<Integer> frames, int framesDone) {

    /** What a worker is doing for the job. */
    public enum State {
        /** In the farm, rendering nothing of this job now. */
        IDLE,
        /** Rendering {@link #frames()}. */
        RENDERING,
        /** Gone from the farm: killed, unplugged, or left; its frames went back to the queue. */
        LOST,
        /** Failed too many chunks of this job and takes no more of them. */
        BLOCKED
    }

    public FarmWorkerStatus {
        Objects.requireNonNull(member, "member");
        Objects.requireNonNull(state, "state");
        frames = List.copyOf(frames);
    }

    /** "idle", "rendering frame 12", "rendering frames 12, 13", "lost", "blocked". */
    public String describe() {
        return switch (state) {
            case IDLE -> "idle";
            case RENDERING -> (frames.size() == 1 ? "rendering frame " : "rendering frames ")
                    + frames.stream().map(String::valueOf).collect(Collectors.joining(", "));
            case LOST, BLOCKED -> state.name().toLowerCase(Locale.ROOT);
        };
    }
}
