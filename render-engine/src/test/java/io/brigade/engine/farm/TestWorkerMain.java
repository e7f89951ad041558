package io.brigade.engine.farm;

import io.brigade.engine.raster.FrameRenderer;
import io.brigade.engine.schedule.CancellationToken;

import java.util.Arrays;
import java.util.List;
import java.util.function.Supplier;

/**
 * A farm worker JVM for the tests: {@code MODE CLUSTER PORT MEMBER,...} where MODE is {@code normal}, {@code slow}
 * (waits {@link #SLOW_MILLIS} before each frame, so a test can act mid-job), {@code failing} (every frame fails)
 * or {@code deaf} (waits {@link #DEAF_MILLIS} before each frame without looking at its cancellation, as a render
 * deep in a long frame does, so its report comes after the job has ended).
 */
public final class TestWorkerMain {

    static final long SLOW_MILLIS = 150;
    static final long DEAF_MILLIS = 1_500;
    static final int LOST_AFTER_SECONDS = FarmSettings.DEFAULT_LOST_AFTER_SECONDS;

    private TestWorkerMain() {
    }

    public static void main(String[] args) throws InterruptedException {
        String mode = args[0];
        List<String> members = Arrays.asList(args[3].split(","));
        FarmSettings settings = new FarmSettings(args[1], FarmSettings.LOOPBACK, Integer.parseInt(args[2]), members,
                LOST_AFTER_SECONDS);
        FarmWorker worker = FarmWorker.start(settings, 1, renderers(mode), System.out, System.err);
        Runtime.getRuntime().addShutdownHook(new Thread(worker::close));
        Thread.currentThread().join();
    }

    private static Supplier<FarmWorker.FrameRendering> renderers(String mode) {
        return switch (mode) {
            case "normal" -> () -> new FrameRenderer()::render;
            case "slow" -> () -> {
                FrameRenderer renderer = new FrameRenderer();
                return (pose, settings, token) -> {
                    pause(token);
                    return renderer.render(pose, settings, token);
                };
            };
            case "deaf" -> () -> {
                FrameRenderer renderer = new FrameRenderer();
                return (pose, settings, token) -> {
                    sleep(DEAF_MILLIS);
                    return renderer.render(pose, settings, new CancellationToken());
                };
            };
            case "failing" -> () -> (pose, settings, token) -> {
                throw new IllegalStateException("this test worker fails every frame");
            };
            default -> throw new IllegalArgumentException("mode " + mode);
        };
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void pause(CancellationToken token) {
        long end = System.nanoTime() + SLOW_MILLIS * 1_000_000;
        while (System.nanoTime() < end) {
            token.throwIfCancelled();
            try {
                Thread.sleep(5);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }
}
