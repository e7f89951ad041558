package io.brigade.engine.scene.json;

import io.brigade.engine.math.Vec3;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.function.Predicate;

/** Short decimal forms of computed numbers, so saved files read like hand-written ones. */
final class Decimals {

    static final int MAX_DECIMALS = 12;

    private Decimals() {
    }

    /**
     * {@code v} rounded to the fewest decimals (0 to {@value #MAX_DECIMALS}) for which
     * {@code reproduces} holds, or {@code v} unchanged when none does or it is not finite.
     */
    static Vec3 shortest(Vec3 v, Predicate<Vec3> reproduces) {
        if (!v.isFinite()) {
            return v;
        }
        for (int decimals = 0; decimals <= MAX_DECIMALS; decimals++) {
            Vec3 rounded = new Vec3(round(v.x(), decimals), round(v.y(), decimals), round(v.z(), decimals));
            if (reproduces.test(rounded)) {
                return rounded;
            }
        }
        return v;
    }

    static double round(double value, int decimals) {
        return new BigDecimal(value).setScale(decimals, RoundingMode.HALF_EVEN).doubleValue() + 0.0; // no -0
    }
}
