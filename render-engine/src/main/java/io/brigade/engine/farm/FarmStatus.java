package io.brigade.engine.farm;

import java.util.List;

/** Every worker of a farm job, in the order they were first seen: what a farm panel shows. */
public record FarmStatus(List<FarmWorkerStatus> workers) {

    public FarmStatus {
        workers = List.copyOf(workers);
    }

    /** Receives a job's farm status each time it changes. */
    @FunctionalInterface
    public interface Listener {

        /** Listens to nothing. */
        Listener NONE = status -> { };

        /**
         * Called on the job's coordinating thread, which also receives the frames: hand the value over and
         * return (a UI posts it to a coalescing bridge). Statuses come in order; the last is the job's final one.
         */
        void farmChanged(FarmStatus status);
    }
}
