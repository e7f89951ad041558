package io.brigade.engine.schedule;

import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.ForkJoinWorkerThread;
import java.util.concurrent.atomic.AtomicInteger;

/** Creates a job's own work-stealing pool, whose threads are named {@code brigade-worker-1, -2, ...}. */
final class WorkerPool {

    static final String THREAD_PREFIX = "brigade-worker-";

    private WorkerPool() {
    }

    /**
     * A pool of {@code workers} threads. Job tasks never join or block in a managed way, so the pool
     * never adds compensating threads: exactly {@code workers} threads render.
     */
    static ForkJoinPool create(int workers) {
        AtomicInteger count = new AtomicInteger();
        ForkJoinPool.ForkJoinWorkerThreadFactory factory = pool -> {
            ForkJoinWorkerThread thread = ForkJoinPool.defaultForkJoinWorkerThreadFactory.newThread(pool);
            thread.setName(THREAD_PREFIX + count.incrementAndGet());
            return thread;
        };
        return new ForkJoinPool(workers, factory, null, false);
    }
}
