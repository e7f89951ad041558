package io.brigade.engine.scene;

import io.brigade.engine.geometry.Mesh;
import io.brigade.engine.geometry.MeshPart;
import io.brigade.engine.geometry.Model;
import io.brigade.engine.math.Color;
import io.brigade.engine.shading.Material;
import io.brigade.engine.shading.Texture;
import io.brigade.engine.shading.WrapMode;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * A resolver for tests: tiny deterministic stand-ins for every mesh and texture, so that two loads
 * of one file give equal scenes. Paths containing "missing" fail as a real resolver would, and
 * negative primitive parameters as a generator would (unchecked); the
 * {@link #checkingFiles()} variant also fails for OBJ and texture files that do not exist.
 */
public final class TestAssets implements AssetResolver {

    private final boolean checkFiles;

    private TestAssets(boolean checkFiles) {
        this.checkFiles = checkFiles;
    }

    public static TestAssets standIns() {
        return new TestAssets(false);
    }

    public static TestAssets checkingFiles() {
        return new TestAssets(true);
    }

    @Override
    public Model model(MeshSource source, Path sceneDir) throws AssetException {
        if (source instanceof MeshSource.ObjFile obj) {
            checkExists(obj.path(), sceneDir);
            return Model.of(new MeshPart(obj.path(), triangle(obj.path().length()), Material.DEFAULT));
        }
        MeshSource.Primitive primitive = (MeshSource.Primitive) source;
        primitive.parameters().forEach((name, value) -> { // as a generator refuses impossible shapes
            if (value < 0) {
                throw new IllegalArgumentException(primitive.kind() + " " + name + " must be >= 0, got " + value);
            }
        });
        double size = 1 + primitive.parameters().values().stream().mapToDouble(Double::doubleValue).sum() / 100;
        return Model.of(new MeshPart(primitive.kind(), quad((float) size), Material.diffuse(primitive.kind(), Color.WHITE)));
    }

    @Override
    public Texture texture(String path, WrapMode wrap, Path sceneDir) throws AssetException {
        checkExists(path, sceneDir);
        int[] texels = new int[4];
        Arrays.fill(texels, 0xff000000 | (path.hashCode() & 0xffffff));
        return Texture.of(path, 2, 2, texels, wrap);
    }

    private void checkExists(String path, Path sceneDir) throws AssetException {
        if (path.contains("missing") || (checkFiles && !Files.isRegularFile(sceneDir.resolve(path)))) {
            throw new AssetException("cannot read " + path + ": no such file");
        }
    }

    /** A unit quad in the XZ plane scaled by {@code size}, two triangles. */
    public static Mesh quad(float size) {
        float[] positions = {-size, 0, -size, size, 0, -size, size, 0, size, -size, 0, size};
        float[] uvs = {0, 0, 1, 0, 1, 1, 0, 1};
        return Mesh.of(positions, null, uvs, new int[]{0, 2, 1, 0, 3, 2});
    }

    public static Mesh triangle(float size) {
        return Mesh.of(new float[]{0, 0, 0, size, 0, 0, 0, size, 0}, null, null, new int[]{0, 1, 2});
    }
}
