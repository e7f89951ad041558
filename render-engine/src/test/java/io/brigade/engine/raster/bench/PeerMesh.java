package io.brigade.engine.raster.bench;

import io.brigade.engine.geometry.Mesh;
import io.brigade.engine.geometry.primitive.Primitives;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Writes the bench scenes' sphere as an OBJ with {@code v/vt/vn} on every face, the input the peer
 * renderers in {@code ../shared/peers/} read, so they draw the very triangles Brigade draws.
 * <pre>java -cp render-engine/target/test-classes:render-engine/target/classes \
 *     io.brigade.engine.raster.bench.PeerMesh OUT.obj RADIUS SEGMENTS RINGS</pre>
 * {@code bench-peer-diffuse.scene.json} is radius 0.78, 50 segments, 26 rings (2,500 triangles);
 * {@code bench-peer-diffuse-70k.scene.json} is 265 by 133 (69,960 triangles).
 */
public final class PeerMesh {

    private PeerMesh() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 4) {
            System.err.println("usage: PeerMesh OUT.obj RADIUS SEGMENTS RINGS");
            System.exit(2);
        }
        Mesh sphere = Primitives.uvSphere(Double.parseDouble(args[1]), Integer.parseInt(args[2]), Integer.parseInt(args[3]));
        write(sphere, Path.of(args[0]));
        System.out.println(args[0] + ": " + sphere.vertexCount() + " vertices, " + sphere.triangleCount() + " triangles");
    }

    static void write(Mesh mesh, Path file) throws IOException {
        try (BufferedWriter out = Files.newBufferedWriter(file)) {
            for (int i = 0; i < mesh.vertexCount(); i++) {
                out.write(String.format(Locale.ROOT, "v %.7f %.7f %.7f%n", mesh.px(i), mesh.py(i), mesh.pz(i)));
                out.write(String.format(Locale.ROOT, "vt %.7f %.7f%n", mesh.u(i), mesh.v(i)));
                out.write(String.format(Locale.ROOT, "vn %.7f %.7f %.7f%n", mesh.nx(i), mesh.ny(i), mesh.nz(i)));
            }
            for (int t = 0; t < mesh.triangleCount(); t++) {
                out.write("f");
                for (int corner = 0; corner < 3; corner++) {
                    int v = mesh.index(t, corner) + 1; // OBJ counts from one
                    out.write(" " + v + "/" + v + "/" + v);
                }
                out.newLine();
            }
        }
    }
}
