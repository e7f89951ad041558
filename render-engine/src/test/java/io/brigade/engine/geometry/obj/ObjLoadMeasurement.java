package io.brigade.engine.geometry.obj;

import io.brigade.engine.geometry.Model;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * Prints how long {@link ObjLoader} takes for a UV sphere of 1,000,000 triangles written with
 * {@code v/vt/vn} corners: the median of 5 loads after 2 warm-up loads. Not a unit test; run with
 * {@code java -cp target/classes:target/test-classes io.brigade.engine.geometry.obj.ObjLoadMeasurement}.
 */
public final class ObjLoadMeasurement {

    private static final int RINGS = 500;
    private static final int SEGMENTS = 1000; // 2 * RINGS * SEGMENTS triangles
    private static final int WARM_UP_LOADS = 2;
    private static final int MEASURED_LOADS = 5;
    private static final int DECIMALS = 6;

    private ObjLoadMeasurement() {
    }

    public static void main(String[] args) throws IOException, ObjParseException {
        Path file = Files.createTempFile("sphere", ".obj");
        try {
            writeSphere(file);
            System.out.printf("file: %s, %.1f MB%n", file, Files.size(file) / 1e6);
            for (int i = 0; i < WARM_UP_LOADS; i++) {
                ObjLoader.load(file);
            }
            long[] nanos = new long[MEASURED_LOADS];
            Model model = null;
            for (int i = 0; i < MEASURED_LOADS; i++) {
                long start = System.nanoTime();
                model = ObjLoader.load(file);
                nanos[i] = System.nanoTime() - start;
            }
            Arrays.sort(nanos);
            System.out.printf("triangles: %d, vertices: %d%n", model.triangleCount(),
                    model.parts().get(0).mesh().vertexCount());
            System.out.printf("load ms (sorted): %s%n", Arrays.toString(Arrays.stream(nanos).map(n -> n / 1_000_000).toArray()));
            System.out.printf("median load: %d ms%n", nanos[MEASURED_LOADS / 2] / 1_000_000);
        } finally {
            Files.deleteIfExists(file);
        }
    }

    /** A unit sphere, rings from pole to pole, with a seam column so uvs wrap cleanly. */
    private static void writeSphere(Path file) throws IOException {
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16)) {
            StringBuilder line = new StringBuilder(128);
            for (int r = 0; r <= RINGS; r++) {
                double theta = Math.PI * r / RINGS;
                for (int s = 0; s <= SEGMENTS; s++) {
                    double phi = 2 * Math.PI * s / SEGMENTS;
                    double x = Math.sin(theta) * Math.cos(phi), y = Math.cos(theta), z = Math.sin(theta) * Math.sin(phi);
                    writeLine(out, line, "v", x, y, z);
                    writeLine(out, line, "vt", (double) s / SEGMENTS, 1 - (double) r / RINGS);
                    writeLine(out, line, "vn", x, y, z);
                }
            }
            int perRing = SEGMENTS + 1;
            for (int r = 0; r < RINGS; r++) {
                for (int s = 0; s < SEGMENTS; s++) {
                    int a = r * perRing + s + 1, b = a + 1, c = a + perRing, d = c + 1;
                    writeFace(out, line, a, c, b);
                    writeFace(out, line, b, c, d);
                }
            }
        }
    }

    private static void writeLine(OutputStream out, StringBuilder line, String keyword, double... values) throws IOException {
        line.setLength(0);
        line.append(keyword);
        for (double v : values) {
            line.append(' ');
            appendFixed(line, v);
        }
        line.append('\n');
        writeAscii(out, line);
    }

    /** Like %.6f, without String.format's cost for millions of numbers. */
    private static void appendFixed(StringBuilder line, double v) {
        long scale = (long) Math.pow(10, DECIMALS);
        long scaled = Math.round(Math.abs(v) * scale);
        if (v < 0 && scaled != 0) {
            line.append('-');
        }
        line.append(scaled / scale).append('.');
        String fraction = Long.toString(scaled % scale);
        line.append("0".repeat(DECIMALS - fraction.length())).append(fraction);
    }

    private static void writeFace(OutputStream out, StringBuilder line, int... corners) throws IOException {
        line.setLength(0);
        line.append('f');
        for (int c : corners) {
            line.append(' ').append(c).append('/').append(c).append('/').append(c);
        }
        line.append('\n');
        writeAscii(out, line);
    }

    private static void writeAscii(OutputStream out, StringBuilder line) throws IOException {
        for (int i = 0; i < line.length(); i++) {
            out.write(line.charAt(i));
        }
    }
}
