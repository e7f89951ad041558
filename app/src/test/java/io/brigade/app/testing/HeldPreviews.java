package io.brigade.app.testing;

import io.brigade.app.viewport.PreviewRenderService;
import io.brigade.app.viewport.PreviewRequest;
import io.brigade.app.viewport.PreviewResult;
import io.brigade.engine.raster.FrameRenderer;
import io.brigade.engine.schedule.CancellationToken;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * Keeps preview requests unanswered until the test renders one, as a busy render thread would; a test that only
 * looks at what is asked for never renders any.
 */
public final class HeldPreviews implements PreviewRenderService {

    private final List<PreviewRequest> requests = new ArrayList<>();
    private final List<Consumer<? super PreviewResult>> replies = new ArrayList<>();

    @Override
    public void request(PreviewRequest request, Consumer<? super PreviewResult> whenDone) {
        requests.add(request);
        replies.add(whenDone);
    }

    /** Renders the request at {@code index} (oldest first) on the caller's thread and answers it. */
    public void render(int index) {
        replies.get(index).accept(requests.get(index).render(new FrameRenderer(), CancellationToken.NONE));
    }

    /** Every request so far, oldest first. */
    public List<PreviewRequest> requests() {
        return List.copyOf(requests);
    }

    /** The newest request. */
    public PreviewRequest last() {
        return requests.get(requests.size() - 1);
    }
}
