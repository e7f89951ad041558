package io.brigade.engine.farm;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@Timeout(value = 60, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class FrameDecodersTest {

    @Test
    void framesAreDecodedAtOnceOnEveryDecoderAndAwaitAllWaitsForTheLast() throws Exception {
        FrameDecoders decoders = new FrameDecoders("0123456789ab", 2);
        CountDownLatch bothRunning = new CountDownLatch(2);
        CountDownLatch release = new CountDownLatch(1);
        List<String> threads = new CopyOnWriteArrayList<>();
        AtomicInteger done = new AtomicInteger();
        for (int i = 0; i < 2; i++) {
            decoders.submit(() -> {
                threads.add(Thread.currentThread().getName());
                bothRunning.countDown();
                await(release);
                done.incrementAndGet();
            });
        }
        assertThat(bothRunning.await(30, TimeUnit.SECONDS)).as("two frames decoding at the same time").isTrue();

        Thread third = new Thread(() -> submit(decoders, done::incrementAndGet));
        third.start();
        third.join(200);
        assertThat(third.isAlive()).as("a third frame waits while both decoders are busy").isTrue();

        release.countDown();
        third.join(TimeUnit.SECONDS.toMillis(30));
        decoders.awaitAll();

        assertThat(done).hasValue(3);
        assertThat(threads).containsExactlyInAnyOrder("brigade-farm-decode-01234567-1", "brigade-farm-decode-01234567-2");
    }

    @Test
    void aDecodeThatThrowsFreesItsDecoder() throws Exception {
        FrameDecoders decoders = new FrameDecoders("job", 1);
        Thread.UncaughtExceptionHandler quiet = (thread, e) -> { };
        decoders.submit(() -> {
            Thread.currentThread().setUncaughtExceptionHandler(quiet);
            throw new IllegalStateException("a broken decode");
        });
        AtomicInteger done = new AtomicInteger();
        decoders.submit(done::incrementAndGet); // would wait for ever if the broken decode kept its decoder
        decoders.awaitAll();
        assertThat(done).hasValue(1);
    }

    @Test
    void noDecoderIsNoDecoders() {
        assertThatThrownBy(() -> new FrameDecoders("job", 0)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("at least one decoder");
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void submit(FrameDecoders decoders, Runnable decode) {
        try {
            decoders.submit(decode);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
