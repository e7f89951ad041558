package io.brigade.engine.scene;

import io.brigade.engine.geometry.Model;
import io.brigade.engine.shading.Texture;
import io.brigade.engine.shading.WrapMode;

import java.nio.file.Path;

/**
 * Turns the asset references of a scene file into geometry and textures. Relative paths are
 * resolved against {@code sceneDir}, the folder of the scene file. Implementations may cache.
 */
public interface AssetResolver {

    /** The geometry of a primitive or an OBJ file; the message of a failure says what and why. */
    Model model(MeshSource source, Path sceneDir) throws AssetException;

    /** The image at {@code path} (relative to {@code sceneDir}) as a texture whose source is {@code path}. */
    Texture texture(String path, WrapMode wrap, Path sceneDir) throws AssetException;
}
