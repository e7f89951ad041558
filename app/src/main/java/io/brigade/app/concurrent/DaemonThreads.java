package io.brigade.app.concurrent;

import java.util.Objects;
import java.util.concurrent.ThreadFactory;

/** Makes named daemon threads, so a background thread never keeps the application alive on its own. */
public final class DaemonThreads implements ThreadFactory {

    private final String name;

    /** Every thread this factory makes is called {@code name}; give one factory per kind of thread. */
    public DaemonThreads(String name) {
        this.name = Objects.requireNonNull(name, "name");
    }

    @Override
    public Thread newThread(Runnable work) {
        Thread thread = new Thread(work, name);
        thread.setDaemon(true);
        return thread;
    }
}
