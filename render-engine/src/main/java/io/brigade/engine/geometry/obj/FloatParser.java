package io.brigade.engine.geometry.obj;

import java.nio.charset.StandardCharsets;

/**
 * Parses a decimal number written in ASCII bytes, exactly as {@link Float#parseFloat} would, without
 * allocating for ordinary inputs.
 *
 * <p>Accepted syntax: {@code [+-] digits [. digits] [(e|E) [+-] digits]}, with at least one mantissa
 * digit on either side of the point. Anything else (including {@code NaN}, {@code Infinity}, hex and
 * the {@code f}/{@code d} suffixes Java allows) gives {@link Float#NaN}, which therefore always means
 * "not a number". Overflow gives an infinity, as in {@code Float.parseFloat}.
 */
final class FloatParser {

    /** Significant digits a long holds with room to spare. */
    private static final int MAX_DIGITS = 18;
    /** Largest power of ten a float holds exactly (5^10 < 2^24). */
    private static final int MAX_EXACT_FLOAT_POW10 = 10;
    /** Largest power of ten a double holds exactly (5^22 < 2^53). */
    private static final int MAX_EXACT_DOUBLE_POW10 = 22;
    private static final long FLOAT_EXACT_MANTISSA = 1L << 24;
    private static final long DOUBLE_EXACT_MANTISSA = 1L << 53;
    /** Bits a double carries below a float's 24-bit significand. */
    private static final int EXTRA_DOUBLE_BITS = 29;
    private static final long EXTRA_BITS_MASK = (1L << EXTRA_DOUBLE_BITS) - 1;
    private static final long FLOAT_HALFWAY = 1L << (EXTRA_DOUBLE_BITS - 1);

    private static final float[] FLOAT_POW10 = new float[MAX_EXACT_FLOAT_POW10 + 1];
    private static final double[] DOUBLE_POW10 = new double[MAX_EXACT_DOUBLE_POW10 + 1];

    static {
        double p = 1;
        for (int i = 0; i <= MAX_EXACT_DOUBLE_POW10; i++) {
            DOUBLE_POW10[i] = p;
            if (i <= MAX_EXACT_FLOAT_POW10) {
                FLOAT_POW10[i] = (float) p;
            }
            p *= 10;
        }
    }

    private FloatParser() {
    }

    /** The number in {@code bytes[start..end)}, or {@link Float#NaN} if it is not one. */
    static float parse(byte[] bytes, int start, int end) {
        int i = start;
        boolean negative = false;
        if (i < end && (bytes[i] == '-' || bytes[i] == '+')) {
            negative = bytes[i] == '-';
            i++;
        }
        long mantissa = 0;
        int significantDigits = 0;
        int exponent = 0;
        boolean anyDigit = false;
        boolean inexact = false; // digits beyond MAX_DIGITS were dropped
        for (; i < end; i++) {
            int d = bytes[i] - '0';
            if (d < 0 || d > 9) {
                break;
            }
            anyDigit = true;
            if (significantDigits < MAX_DIGITS) {
                mantissa = mantissa * 10 + d;
                if (mantissa != 0) {
                    significantDigits++;
                }
            } else {
                exponent++;
                inexact |= d != 0;
            }
        }
        if (i < end && bytes[i] == '.') {
            for (i++; i < end; i++) {
                int d = bytes[i] - '0';
                if (d < 0 || d > 9) {
                    break;
                }
                anyDigit = true;
                if (significantDigits < MAX_DIGITS) {
                    mantissa = mantissa * 10 + d;
                    if (mantissa != 0) {
                        significantDigits++;
                    }
                    exponent--;
                } else {
                    inexact |= d != 0;
                }
            }
        }
        if (!anyDigit) {
            return Float.NaN;
        }
        if (i < end && (bytes[i] == 'e' || bytes[i] == 'E')) {
            i++;
            boolean negativeExponent = false;
            if (i < end && (bytes[i] == '-' || bytes[i] == '+')) {
                negativeExponent = bytes[i] == '-';
                i++;
            }
            int written = 0;
            int digitsStart = i;
            for (; i < end; i++) {
                int d = bytes[i] - '0';
                if (d < 0 || d > 9) {
                    break;
                }
                if (written < 100_000) { // beyond that the value is 0 or infinite anyway
                    written = written * 10 + d;
                }
            }
            if (i == digitsStart) {
                return Float.NaN;
            }
            exponent += negativeExponent ? -written : written;
        }
        if (i != end) {
            return Float.NaN;
        }
        if (mantissa == 0 && !inexact) {
            return negative ? -0f : 0f;
        }
        float value = inexact ? Float.NaN : fastPath(mantissa, exponent);
        if (Float.isNaN(value)) {
            return Float.parseFloat(new String(bytes, start, end - start, StandardCharsets.ISO_8859_1));
        }
        return negative ? -value : value;
    }

    /**
     * mantissa * 10^exponent correctly rounded to a float when that can be done with one exactly
     * rounded float or double operation; NaN where the caller must take the slow path.
     */
    private static float fastPath(long mantissa, int exponent) {
        if (mantissa < FLOAT_EXACT_MANTISSA && exponent >= -MAX_EXACT_FLOAT_POW10 && exponent <= MAX_EXACT_FLOAT_POW10) {
            // both operands are exact floats, so the one IEEE operation rounds correctly
            float m = mantissa;
            return exponent < 0 ? m / FLOAT_POW10[-exponent] : m * FLOAT_POW10[exponent];
        }
        if (mantissa < DOUBLE_EXACT_MANTISSA && exponent >= -MAX_EXACT_DOUBLE_POW10 && exponent <= MAX_EXACT_DOUBLE_POW10) {
            double d = exponent < 0 ? mantissa / DOUBLE_POW10[-exponent] : mantissa * DOUBLE_POW10[exponent];
            // Rounding to double, then to float, is wrong only when the double lands exactly halfway
            // between two floats; the value is far from float's subnormal and overflow range here.
            if ((Double.doubleToRawLongBits(d) & EXTRA_BITS_MASK) == FLOAT_HALFWAY) {
                return Float.NaN;
            }
            return (float) d;
        }
        return Float.NaN;
    }
}
