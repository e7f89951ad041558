package io.brigade.app.viewport;

import static org.assertj.core.api.Assertions.assertThat;

import io.brigade.app.testing.SampleScenes;
import io.brigade.engine.scene.Scene;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class PreviewRenderThreadTest {

    private static final long NO_HANG_MILLIS = 60_000;
    private static final PreviewSize SMALL = new PreviewSize(96, 54);
    private static final int LATER_REQUESTS = 90; // frames 1..90, inside the sample's range

    private final Scene scene = SampleScenes.teapotTurntable();
    private final PreviewRenderThread renderer = PreviewRenderThread.start();

    @AfterEach
    void closeRenderer() throws InterruptedException {
        renderer.close();
        assertThat(renderer.awaitTermination(NO_HANG_MILLIS)).isTrue();
    }

    @Test
    void rendersOnItsOwnNamedThread() throws InterruptedException {
        List<PreviewResult> results = new CopyOnWriteArrayList<>();
        List<String> threads = new CopyOnWriteArrayList<>();
        CountDownLatch done = new CountDownLatch(1);
        PreviewRequest request = new PreviewRequest(scene, 5, SMALL);

        renderer.request(request, result -> {
            results.add(result);
            threads.add(Thread.currentThread().getName());
            done.countDown();
        });

        assertThat(done.await(NO_HANG_MILLIS, TimeUnit.MILLISECONDS)).isTrue();
        assertThat(results).singleElement().isInstanceOfSatisfying(PreviewResult.Rendered.class, rendered -> {
            assertThat(rendered.request()).isSameAs(request);
            assertThat(rendered.image().frame()).isEqualTo(5);
        });
        assertThat(threads).containsExactly(PreviewRenderThread.THREAD_NAME);
    }

    @Test
    void rendersOnlyTheNewestOfTheRequestsThatArriveDuringARender() throws InterruptedException {
        List<Integer> renderedFrames = new CopyOnWriteArrayList<>();
        CountDownLatch firstRendered = new CountDownLatch(1);
        CountDownLatch laterRequestsMade = new CountDownLatch(1);
        CountDownLatch lastRendered = new CountDownLatch(1);
        int lastFrame = LATER_REQUESTS;

        // The first result holds the render thread until every later request is in.
        renderer.request(new PreviewRequest(scene, 0, SMALL), result -> {
            renderedFrames.add(result.request().frame());
            firstRendered.countDown();
            awaitQuietly(laterRequestsMade);
        });
        assertThat(firstRendered.await(NO_HANG_MILLIS, TimeUnit.MILLISECONDS)).isTrue();
        for (int frame = 1; frame <= lastFrame; frame++) {
            renderer.request(new PreviewRequest(scene, frame, SMALL), result -> {
                renderedFrames.add(result.request().frame());
                lastRendered.countDown();
            });
        }
        laterRequestsMade.countDown();

        assertThat(lastRendered.await(NO_HANG_MILLIS, TimeUnit.MILLISECONDS)).isTrue();
        assertThat(renderedFrames).containsExactly(0, lastFrame);
    }

    @Test
    void aNewerRequestCancelsARefinementInsteadOfWaitingForIt() throws InterruptedException {
        List<PreviewResult> results = new CopyOnWriteArrayList<>();
        CountDownLatch draftRendered = new CountDownLatch(1);
        // Half a second of work or more: it cannot be done before the next request arrives a moment later.
        PreviewRequest slowRefinement = new PreviewRequest(scene.withSettings(scene.settings().withAntiAliasing(4)), 0,
                new PreviewSize(PreviewSize.MAX_WIDTH, 540)).refinedVersion();

        renderer.request(slowRefinement, results::add);
        renderer.request(new PreviewRequest(scene, 1, SMALL), result -> {
            results.add(result);
            draftRendered.countDown();
        });

        assertThat(draftRendered.await(NO_HANG_MILLIS, TimeUnit.MILLISECONDS)).isTrue();
        assertThat(results).singleElement().extracting(result -> result.request().frame()).isEqualTo(1);
    }

    @Test
    void closingEndsTheThreadAndDropsLaterRequests() throws InterruptedException {
        List<PreviewResult> results = new CopyOnWriteArrayList<>();

        renderer.close();
        assertThat(renderer.awaitTermination(NO_HANG_MILLIS)).isTrue();
        renderer.request(new PreviewRequest(scene, 0, SMALL), results::add);

        assertThat(results).isEmpty();
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            latch.await(NO_HANG_MILLIS, TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
