package io.brigade.app;

import java.time.Duration;
import java.time.Instant;
import java.util.function.Consumer;
import javafx.animation.AnimationTimer;

/**
 * How long the editor takes to start: from the start of its process (the launcher, which loads the JVM) to its
 * first painted frame. Start-up measurements of the app image and of the Maven launch ask for it through the system
 * property {@value #REPORT_PROPERTY} ({@code print}, or {@code exit} to quit once it is printed).
 */
final class FirstFrame {

    static final String REPORT_PROPERTY = "brigade.startup.report";

    private FirstFrame() {
    }

    /**
     * Calls {@code report} once, on the FX thread, with the time from the process's start to the start of the
     * second pulse after this call: the first pulse draws the window as it is now, and a pulse starts only once
     * the frame before it was handed to the screen. Call it on the FX thread after showing the window.
     */
    static void report(Consumer<Duration> report) {
        Instant processStart = ProcessHandle.current().info().startInstant().orElseThrow(() ->
                new IllegalStateException("the system does not tell when this process started"));
        new AnimationTimer() {
            private int pulses;

            @Override
            public void handle(long now) {
                pulses++;
                if (pulses == 2) {
                    stop();
                    report.accept(Duration.between(processStart, Instant.now()));
                }
            }
        }.start();
    }
}
