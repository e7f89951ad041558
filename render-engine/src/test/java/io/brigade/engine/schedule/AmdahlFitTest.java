package io.brigade.engine.schedule;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

class AmdahlFitTest {

    private static final double EXACT = 1e-12;
    private static final double NOISY = 0.01;
    private static final List<Integer> WORKERS = List.of(1, 2, 3, 4, 8, 16);

    @ParameterizedTest
    @ValueSource(doubles = {0.0, 0.05, 0.2, 0.5, 1.0})
    void recoversTheSerialFractionOfExactAmdahlData(double serial) {
        List<ScalingRow> rows = WORKERS.stream().map(n -> row(n, AmdahlFit.speedup(serial, n))).toList();

        assertThat(AmdahlFit.serialFraction(rows)).isCloseTo(serial, within(EXACT));
    }

    @Test
    void fitsNoisyDataByLeastSquaresOnTheInverseSpeedup() {
        double serial = 0.1;
        double[] noise = {0, 0.01, -0.008, 0.006, -0.004, 0.002};
        List<ScalingRow> rows = IntStream.range(0, WORKERS.size()).mapToObj(i -> {
            int n = WORKERS.get(i);
            return row(n, 1 / (1 / AmdahlFit.speedup(serial, n) + noise[i]));
        }).toList();

        double fitted = AmdahlFit.serialFraction(rows);
        assertThat(fitted).isCloseTo(serial, within(NOISY));
        // least squares: nudging s either way makes the squared error larger
        assertThat(squaredError(rows, fitted)).isLessThan(squaredError(rows, fitted + 1e-4))
                .isLessThan(squaredError(rows, fitted - 1e-4));
    }

    @Test
    void matchesTheClosedFormForTwoPoints() {
        // n = 2, speedup 1.6: 1/1.6 = s + (1 - s)/2  =>  s = 2/1.6 - 1 = 0.25
        assertThat(AmdahlFit.serialFraction(List.of(row(1, 1), row(2, 1.6)))).isCloseTo(0.25, within(EXACT));
    }

    @Test
    void superlinearScalingGivesANegativeFraction() {
        assertThat(AmdahlFit.serialFraction(List.of(row(1, 1), row(4, 5)))).isNegative();
    }

    @Test
    void needsARowWithMoreThanOneWorker() {
        assertThatThrownBy(() -> AmdahlFit.serialFraction(List.of(row(1, 1))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("more than one worker");
    }

    @Test
    void aRowDerivesWallTimeSpeedupAndEfficiencyFromRates() {
        ScalingRow row = ScalingRow.of(4, 100, 40, 12.5, 0.02, 2);

        assertThat(row.wallSeconds()).isCloseTo(2.5, within(EXACT));
        assertThat(row.speedup()).isCloseTo(3.2, within(EXACT));
        assertThat(row.efficiency()).isCloseTo(0.8, within(EXACT));
        assertThat(row.oversubscribed()).isTrue();
        assertThat(ScalingRow.of(2, 100, 40, 12.5, 0, 2).oversubscribed()).isFalse();
    }

    private static ScalingRow row(int workers, double speedup) {
        double oneWorker = 10;
        return ScalingRow.of(workers, 100, oneWorker * speedup, oneWorker, 0, workers);
    }

    private static double squaredError(List<ScalingRow> rows, double serial) {
        return rows.stream().mapToDouble(r -> {
            double residual = 1 / r.speedup() - serial - (1 - serial) / r.workers();
            return residual * residual;
        }).sum();
    }

    @Test
    void aFitAHairBelowZeroReadsZeroAndOthersKeepTheirSign() {
        assertThat(AmdahlFit.text(-0.0002)).isEqualTo("0.000");
        assertThat(AmdahlFit.text(0.1234)).isEqualTo("0.123");
        assertThat(AmdahlFit.text(-0.0123)).isEqualTo("-0.012");
    }
}
