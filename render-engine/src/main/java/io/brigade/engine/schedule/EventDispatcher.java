package io.brigade.engine.schedule;

import io.brigade.engine.schedule.RenderEvent.JobFinished;

import java.util.concurrent.LinkedBlockingQueue;

/**
 * Delivers a job's events to its listener on one dedicated thread, through an unbounded queue, so
 * posting never blocks a worker. The thread ends after delivering {@link JobFinished}.
 * See {@link RenderListener} for the contract this implements.
 */
final class EventDispatcher {

    private final RenderListener listener;
    private final LinkedBlockingQueue<RenderEvent> queue = new LinkedBlockingQueue<>();
    private final Thread thread;

    EventDispatcher(RenderListener listener, String threadName) {
        this.listener = listener;
        this.thread = new Thread(this::deliverUntilFinished, threadName);
        thread.setDaemon(true);
    }

    void start() {
        if (listener != RenderListener.NONE) {
            thread.start();
        }
    }

    /** Queues an event; never blocks. */
    void post(RenderEvent event) {
        if (listener != RenderListener.NONE) {
            queue.offer(event);
        }
    }

    private void deliverUntilFinished() {
        RenderEvent event;
        do {
            try {
                event = queue.take();
            } catch (InterruptedException e) {
                // Nobody interrupts this thread but the JVM shutting down: stop delivering.
                Thread.currentThread().interrupt();
                return;
            }
            deliver(event);
        } while (!(event instanceof JobFinished));
    }

    private void deliver(RenderEvent event) {
        try {
            event.deliverTo(listener);
        } catch (RuntimeException | Error e) {
            thread.getUncaughtExceptionHandler().uncaughtException(thread, e);
        }
    }
}
