package io.brigade.engine.farm;

import java.io.PrintStream;
import java.util.Locale;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

/**
 * Hazelcast logs through java.util.logging here, at warnings only, as Brigade's own one-line messages on
 * standard error: a worker's output is Brigade's lines, with Hazelcast's voice only when something is wrong.
 */
final class HazelcastLogging {

    static final String LOGGING_TYPE = "jdk";
    // Held strongly: java.util.logging keeps only weak references to configured loggers.
    private static final Logger HAZELCAST = Logger.getLogger("com.hazelcast");
    /** Hazelcast's advice to open JDK internals: flags that only buy a little speed; Brigade runs well without. */
    private static final String MODULE_ACCESS_ADVICE = "Hazelcast is starting in a Java modular environment";
    /** Repeats each failed connection attempt; Brigade says once, in its own words, when none succeeds. */
    private static final Logger CLIENT_CONNECTIONS = Logger.getLogger("com.hazelcast.client.impl.connection");
    /** Warns of every task poll waiting while a joining worker takes over partitions: normal, and retried. */
    private static final Logger PARKED_OPERATIONS = Logger.getLogger("com.hazelcast.spi.impl.operationparker");

    private HazelcastLogging() {
    }

    static synchronized void routeWarningsTo(PrintStream err) {
        HAZELCAST.setUseParentHandlers(false);
        HAZELCAST.setLevel(Level.WARNING);
        CLIENT_CONNECTIONS.setLevel(Level.SEVERE);
        PARKED_OPERATIONS.setLevel(Level.SEVERE);
        for (Handler old : HAZELCAST.getHandlers()) {
            HAZELCAST.removeHandler(old);
        }
        HAZELCAST.addHandler(new Handler() {
            @Override
            public void publish(LogRecord record) {
                String message = record.getMessage();
                if (isLoggable(record) && (message == null || !message.startsWith(MODULE_ACCESS_ADVICE))) {
                    Throwable thrown = record.getThrown();
                    err.println("brigade: hazelcast " + record.getLevel().getName().toLowerCase(Locale.ROOT)
                            + ": " + message + (thrown == null ? "" : " (" + thrown + ")"));
                }
            }

            @Override
            public void flush() {
                err.flush();
            }

            @Override
            public void close() {
                flush();
            }
        });
    }
}
