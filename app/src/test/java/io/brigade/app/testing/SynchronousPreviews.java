package io.brigade.app.testing;

import io.brigade.app.viewport.PreviewRenderService;
import io.brigade.app.viewport.PreviewRequest;
import io.brigade.app.viewport.PreviewResult;
import io.brigade.engine.raster.FrameRenderer;
import io.brigade.engine.schedule.CancellationToken;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/** Renders each preview request at once on the caller's thread, for view model tests without threads. */
public final class SynchronousPreviews implements PreviewRenderService {

    private final FrameRenderer renderer = new FrameRenderer();
    private final List<PreviewRequest> requests = new ArrayList<>();

    @Override
    public void request(PreviewRequest request, Consumer<? super PreviewResult> whenDone) {
        requests.add(request);
        whenDone.accept(request.render(renderer, CancellationToken.NONE));
    }

    /** Every request so far, oldest first. */
    public List<PreviewRequest> requests() {
        return List.copyOf(requests);
    }
}
