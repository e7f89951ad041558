package io.brigade.engine.farm;

import io.brigade.engine.schedule.RenderEvent;
import io.brigade.engine.schedule.RenderListener;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.CopyOnWriteArrayList;

/** Keeps a farm job's events, each with the {@link System#nanoTime()} it arrived at. */
final class FarmEvents implements RenderListener {

    record Timed<E>(long nanos, E event) {
    }

    final List<Timed<RenderEvent.TaskStarted>> started = new CopyOnWriteArrayList<>();
    final List<Timed<RenderEvent.FrameRetried>> retried = new CopyOnWriteArrayList<>();
    final List<RenderEvent.FrameFinished> finished = new CopyOnWriteArrayList<>();

    @Override
    public synchronized void taskStarted(RenderEvent.TaskStarted event) {
        started.add(new Timed<>(System.nanoTime(), event));
        notifyAll();
    }

    /** Waits until a frame starts on a lane of {@code worker} ({@code host:port}); false after {@code limit}. */
    synchronized boolean awaitStartOn(String worker, Duration limit) throws InterruptedException {
        long deadline = System.nanoTime() + limit.toNanos();
        while (started.stream().noneMatch(t -> t.event().worker().startsWith(worker + " / "))) {
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                return false;
            }
            TimeUnit.NANOSECONDS.timedWait(this, left);
        }
        return true;
    }

    @Override
    public void frameRetried(RenderEvent.FrameRetried event) {
        retried.add(new Timed<>(System.nanoTime(), event));
    }

    @Override
    public void frameFinished(RenderEvent.FrameFinished event) {
        finished.add(event);
    }

    List<Integer> finishedFrames() {
        return finished.stream().map(RenderEvent.FrameFinished::frameNumber).sorted().toList();
    }

    List<String> lanes() {
        return finished.stream().map(RenderEvent.FrameFinished::worker).distinct().toList();
    }
}
