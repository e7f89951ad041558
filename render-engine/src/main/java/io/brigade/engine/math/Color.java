package io.brigade.engine.math;

/** An immutable linear RGB colour with components nominally in [0, 1]. */
public record Color(double r, double g, double b) {

    public static final Color BLACK = new Color(0, 0, 0);
    public static final Color WHITE = new Color(1, 1, 1);

    public static Color rgb(double r, double g, double b) {
        return new Color(r, g, b);
    }

    /** Parses {@code #rrggbb} (case-insensitive). */
    public static Color fromHex(String hex) {
        if (hex == null || !hex.matches("#[0-9a-fA-F]{6}")) {
            throw new IllegalArgumentException("expected a colour like #ff8800, got " + hex);
        }
        int v = Integer.parseInt(hex.substring(1), 16);
        return fromArgb(v);
    }

    public static Color fromArgb(int argb) {
        return new Color(((argb >> 16) & 0xff) / 255.0, ((argb >> 8) & 0xff) / 255.0, (argb & 0xff) / 255.0);
    }

    public String toHex() {
        return String.format("#%06x", toArgb() & 0xffffff);
    }

    public Color times(double s) {
        return new Color(r * s, g * s, b * s);
    }

    public Color lerp(Color to, double t) {
        return new Color(r + (to.r - r) * t, g + (to.g - g) * t, b + (to.b - b) * t);
    }

    /** Opaque ARGB with each channel clamped to [0, 1] and rounded. */
    public int toArgb() {
        return 0xff000000 | channel(r) << 16 | channel(g) << 8 | channel(b);
    }

    private static int channel(double c) {
        double clamped = c < 0 ? 0 : (c > 1 ? 1 : c);
        return (int) (clamped * 255 + 0.5);
    }
}
