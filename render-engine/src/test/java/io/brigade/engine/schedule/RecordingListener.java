package io.brigade.engine.schedule;

import io.brigade.engine.schedule.RenderEvent.FrameFinished;
import io.brigade.engine.schedule.RenderEvent.FrameRetried;
import io.brigade.engine.schedule.RenderEvent.JobFinished;
import io.brigade.engine.schedule.RenderEvent.JobStarted;
import io.brigade.engine.schedule.RenderEvent.Progress;
import io.brigade.engine.schedule.RenderEvent.TaskStarted;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/** Keeps every event and the threads it came on; lets a test wait for the last one. */
class RecordingListener implements RenderListener {

    private static final long WAIT_SECONDS = 30;

    private final List<RenderEvent> events = new ArrayList<>();
    private final Set<String> threads = ConcurrentHashMap.newKeySet();
    private final CountDownLatch finished = new CountDownLatch(1);

    @Override
    public void jobStarted(JobStarted event) {
        record(event);
    }

    @Override
    public void taskStarted(TaskStarted event) {
        record(event);
    }

    @Override
    public void frameRetried(FrameRetried event) {
        record(event);
    }

    @Override
    public void frameFinished(FrameFinished event) {
        record(event);
    }

    @Override
    public void progress(Progress event) {
        record(event);
    }

    @Override
    public void jobFinished(JobFinished event) {
        record(event);
        finished.countDown();
    }

    private synchronized void record(RenderEvent event) {
        events.add(event);
        threads.add(Thread.currentThread().getName());
    }

    /** All events once the job-finished event has been delivered. */
    List<RenderEvent> awaitAll() throws InterruptedException {
        if (!finished.await(WAIT_SECONDS, TimeUnit.SECONDS)) {
            throw new AssertionError("no job-finished event within " + WAIT_SECONDS + " s; got " + snapshot());
        }
        return snapshot();
    }

    synchronized List<RenderEvent> snapshot() {
        return List.copyOf(events);
    }

    Set<String> threads() {
        return Set.copyOf(threads);
    }

    <T extends RenderEvent> List<T> of(Class<T> type) {
        return snapshot().stream().filter(type::isInstance).map(type::cast).toList();
    }
}
