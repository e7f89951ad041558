package io.brigade.engine.scene;

import io.brigade.engine.geometry.MeshPart;
import io.brigade.engine.geometry.Model;
import io.brigade.engine.geometry.obj.ObjLoader;
import io.brigade.engine.geometry.obj.ObjParseException;
import io.brigade.engine.geometry.primitive.PrimitiveException;
import io.brigade.engine.geometry.primitive.PrimitiveFactory;
import io.brigade.engine.io.FileProblems;
import io.brigade.engine.io.RegularFiles;
import io.brigade.engine.io.TextureLoadException;
import io.brigade.engine.io.TextureLoader;
import io.brigade.engine.shading.Material;
import io.brigade.engine.shading.Texture;
import io.brigade.engine.shading.WrapMode;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Resolves scene assets with the engine's own loaders: procedural primitives, OBJ files (with their
 * MTL materials) and PNG/JPEG/TGA textures. Results are immutable, so each distinct asset is built once
 * and shared; the resolver is safe to use from several threads.
 */
public final class StandardAssetResolver implements AssetResolver {

    private final Map<Object, Model> models = new ConcurrentHashMap<>();
    private final Map<TextureKey, Texture> textures = new ConcurrentHashMap<>();

    private record ObjKey(Path file) {
    }

    private record TextureKey(Path file, String source, WrapMode wrap) {
    }

    @Override
    public Model model(MeshSource source, Path sceneDir) throws AssetException {
        Object key = source instanceof MeshSource.ObjFile obj ? new ObjKey(resolve(sceneDir, obj.path())) : source;
        Model cached = models.get(key);
        if (cached != null) {
            return cached;
        }
        Model built = build(source, sceneDir);
        models.putIfAbsent(key, built);
        return built;
    }

    private static Model build(MeshSource source, Path sceneDir) throws AssetException {
        if (source instanceof MeshSource.Primitive primitive) {
            try {
                return Model.of(new MeshPart(primitive.kind(), PrimitiveFactory.create(primitive), Material.DEFAULT));
            } catch (PrimitiveException e) {
                throw new AssetException(e.getMessage(), e);
            }
        }
        MeshSource.ObjFile obj = (MeshSource.ObjFile) source;
        Path file = resolve(sceneDir, obj.path());
        requireReadableFile(file, obj.path());
        try {
            return ObjLoader.load(file);
        } catch (ObjParseException e) {
            throw new AssetException(e.getMessage(), e);
        }
    }

    @Override
    public Texture texture(String path, WrapMode wrap, Path sceneDir) throws AssetException {
        Path file = resolve(sceneDir, path);
        TextureKey key = new TextureKey(file, path, wrap);
        Texture cached = textures.get(key);
        if (cached != null) {
            return cached;
        }
        requireReadableFile(file, path);
        try {
            Texture loaded = TextureLoader.load(file, path, wrap);
            textures.putIfAbsent(key, loaded);
            return loaded;
        } catch (TextureLoadException e) {
            throw new AssetException(e.getMessage(), e);
        }
    }

    private static Path resolve(Path sceneDir, String path) {
        return sceneDir.resolve(path.replace('\\', '/')).normalize();
    }

    /** Checked without opening the file: opening a named pipe would wait for a writer forever. */
    private static void requireReadableFile(Path file, String asWritten) throws AssetException {
        try {
            RegularFiles.requireRegularFile(file);
        } catch (NoSuchFileException e) {
            throw new AssetException(asWritten + ": no such file (looked for " + file + ")", e);
        } catch (IOException e) {
            throw new AssetException(asWritten + ": " + FileProblems.describe(e), e);
        }
        if (!Files.isReadable(file)) {
            throw new AssetException(asWritten + ": file is not readable (" + file + ")");
        }
    }
}
