package io.brigade.app.render;

import io.brigade.engine.schedule.RenderJob;
import io.brigade.engine.schedule.RenderListener;
import io.brigade.engine.schedule.RenderRequest;
import io.brigade.engine.schedule.RenderScheduler;

/** Starts render jobs; the app hands the engine's scheduler to the render view model through this. */
@FunctionalInterface
public interface RenderJobs {

    /** Starts {@code request} and returns at once; {@code listener} hears its events on the job's event thread. */
    RenderJob start(RenderRequest request, RenderListener listener);

    /** The engine's parallel scheduler. */
    static RenderJobs scheduler() {
        return new RenderScheduler()::start;
    }
}
