package io.brigade.app.experiment;

import io.brigade.engine.schedule.CancellationToken;
import io.brigade.engine.schedule.RenderJobException;
import io.brigade.engine.schedule.RenderRequest;
import io.brigade.engine.schedule.RenderScheduler;
import io.brigade.engine.schedule.ScalingBenchmark;
import io.brigade.engine.schedule.ScalingBudget;
import io.brigade.engine.schedule.ScalingListener;
import io.brigade.engine.schedule.ScalingReport;
import java.util.List;
import java.util.function.Supplier;

/** Runs a scaling measurement; the app uses the engine's benchmark, the same as {@code bench --workers}. */
@FunctionalInterface
public interface SpeedupMeasurement {

    /**
     * Blocks until every count is measured under {@code budget}; see
     * {@link ScalingBenchmark#run(Supplier, List, ScalingListener, CancellationToken)}.
     */
    ScalingReport run(Supplier<RenderRequest> requests, List<Integer> workerCounts, ScalingBudget budget,
                      ScalingListener listener, CancellationToken cancel) throws RenderJobException;

    /** The engine's benchmark on {@code scheduler}, on this machine's cores. */
    static SpeedupMeasurement benchmark(RenderScheduler scheduler) {
        return (requests, counts, budget, listener, cancel) -> new ScalingBenchmark(scheduler, budget)
                .run(requests, counts, listener, cancel);
    }
}
