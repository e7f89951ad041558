package io.brigade.engine.geometry.obj;

import io.brigade.engine.io.TextureLoadException;
import io.brigade.engine.io.TextureLoader;
import io.brigade.engine.shading.Texture;
import io.brigade.engine.shading.WrapMode;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/** Textures already read while loading one model, so materials sharing an image decode it once. */
final class TextureCache {

    private record Key(Path file, String source) {
    }

    private final Map<Key, Texture> loaded = new HashMap<>();

    Texture load(Path file, String source, WrapMode wrap) throws TextureLoadException {
        Key key = new Key(file, source);
        Texture texture = loaded.get(key);
        if (texture == null) {
            texture = TextureLoader.load(file, source, wrap);
            loaded.put(key, texture);
        }
        return texture.wrap() == wrap ? texture : texture.withWrap(wrap);
    }
}
