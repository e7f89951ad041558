package io.brigade.app.viewport;

import java.util.function.Consumer;

/** Renders preview frames away from the FX thread. */
@FunctionalInterface
public interface PreviewRenderService {

    /**
     * Asks for {@code request} to be rendered; {@code whenDone} then receives the result on the thread that
     * rendered it. Only the newest request counts: one still waiting when another arrives is dropped and its
     * {@code whenDone} never called. Safe to call from any thread.
     */
    void request(PreviewRequest request, Consumer<? super PreviewResult> whenDone);
}
