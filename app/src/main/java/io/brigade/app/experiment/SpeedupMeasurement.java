package io.brigade.app.experiment;

import io.brigade.engine.schedule.CancellationToken;
import io.brigade.engine.schedule.RenderJobException;
import io.brigade.engine.schedule.RenderRequest;
import io.brigade.engine.schedule.RenderScheduler;
import io.brigade.engine.schedule.ScalingBenchmark;
import io.brigade.engine.schedule.ScalingListener;
import io.brigade.engine.schedule.ScalingReport;
import java.util.List;
import java.util.function.Supplier;

/** Runs a scaling measurement; the app uses the engine's benchmark, one run per worker count. */
@FunctionalInterface
public interface SpeedupMeasurement {

    /**
     * Blocks until every count is measured; see
     * {@link ScalingBenchmark#run(Supplier, List, ScalingListener, CancellationToken)}.
     */
    ScalingReport run(Supplier<RenderRequest> requests, List<Integer> workerCounts, ScalingListener listener,
                      CancellationToken cancel) throws RenderJobException;

    /** The engine's benchmark on {@code scheduler}, each count run once after one warm-up run. */
    static SpeedupMeasurement benchmark(RenderScheduler scheduler) {
        return new ScalingBenchmark(scheduler, 1)::run;
    }
}
