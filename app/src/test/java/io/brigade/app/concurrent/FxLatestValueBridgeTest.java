package io.brigade.app.concurrent;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import javafx.application.Platform;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;

class FxLatestValueBridgeTest {

    private static final int POSTS = 1000;
    private static final long NO_HANG_SECONDS = 60;

    /** An executor that keeps tasks until the test runs them, to see exactly what was scheduled. */
    private static final class HeldTasks implements Executor {
        final Queue<Runnable> tasks = new ArrayDeque<>();

        @Override
        public void execute(Runnable task) {
            tasks.add(task);
        }

        void runAll() {
            while (!tasks.isEmpty()) {
                tasks.poll().run();
            }
        }
    }

    @BeforeAll
    static void startFxToolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    @Test
    void manyPostsScheduleOneDeliveryOfTheLastValue() {
        HeldTasks fxThread = new HeldTasks();
        List<Integer> seen = new ArrayList<>();
        FxLatestValueBridge<Integer> bridge = new FxLatestValueBridge<>(fxThread, seen::add);

        for (int i = 1; i <= POSTS; i++) {
            bridge.post(i);
        }

        assertThat(fxThread.tasks).hasSize(1);
        fxThread.runAll();
        assertThat(seen).containsExactly(POSTS);
    }

    @Test
    void aPostAfterADeliveryIsDeliveredToo() {
        HeldTasks fxThread = new HeldTasks();
        List<String> seen = new ArrayList<>();
        FxLatestValueBridge<String> bridge = new FxLatestValueBridge<>(fxThread, seen::add);

        bridge.post("first");
        fxThread.runAll();
        bridge.post("second");
        fxThread.runAll();

        assertThat(seen).containsExactly("first", "second");
    }

    @Test
    void aPostMadeWhileTheConsumerRunsIsNotLost() {
        HeldTasks fxThread = new HeldTasks();
        List<String> seen = new ArrayList<>();
        AtomicReference<FxLatestValueBridge<String>> bridge = new AtomicReference<>();
        bridge.set(new FxLatestValueBridge<>(fxThread, value -> {
            seen.add(value);
            if (value.equals("first")) {
                bridge.get().post("posted during delivery");
            }
        }));

        bridge.get().post("first");
        fxThread.runAll();

        assertThat(seen).containsExactly("first", "posted during delivery");
    }

    @Test
    void valuesPostedFromAnotherThreadWhileTheFxThreadIsBusyArriveOnceAsTheLast() throws Exception {
        List<Integer> seen = new CopyOnWriteArrayList<>();
        List<Boolean> onFxThread = new CopyOnWriteArrayList<>();
        CountDownLatch lastSeen = new CountDownLatch(1);
        FxLatestValueBridge<Integer> bridge = new FxLatestValueBridge<>(value -> {
            seen.add(value);
            onFxThread.add(Platform.isFxApplicationThread());
            if (value == POSTS) {
                lastSeen.countDown();
            }
        });
        CountDownLatch fxThreadHeld = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        Platform.runLater(() -> {
            fxThreadHeld.countDown();
            await(release);
        });
        assertThat(fxThreadHeld.await(NO_HANG_SECONDS, TimeUnit.SECONDS)).isTrue();

        Thread poster = new Thread(() -> {
            for (int i = 1; i <= POSTS; i++) {
                bridge.post(i);
            }
        });
        poster.start();
        poster.join(TimeUnit.SECONDS.toMillis(NO_HANG_SECONDS));
        release.countDown();

        assertThat(lastSeen.await(NO_HANG_SECONDS, TimeUnit.SECONDS)).isTrue();
        assertThat(seen).containsExactly(POSTS);
        assertThat(onFxThread).containsExactly(true);
    }

    @Test
    void rejectsMissingValues() {
        FxLatestValueBridge<String> bridge = new FxLatestValueBridge<>(new HeldTasks(), value -> { });

        assertThatNullPointerException().isThrownBy(() -> bridge.post(null));
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(NO_HANG_SECONDS, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
