package io.brigade.engine.geometry.obj;

import io.brigade.engine.shading.Material;

import java.nio.file.Path;
import java.util.Map;

/**
 * Loads the materials of an MTL file by name.
 *
 * <p>Understood: {@code newmtl}, {@code Kd} and {@code Ks} (r g b, or a single grey value), {@code Ns},
 * and {@code map_Kd [options] file} with the file relative to the MTL file's folder; of its options
 * {@code -clamp on} gives {@link io.brigade.engine.shading.WrapMode#CLAMP}, and the others of the MTL
 * specification are read with their arguments and have no effect. Other statements ({@code Ka},
 * {@code d}, {@code Tr}, {@code illum}, further maps, ...) are ignored. What a material does not say
 * is taken from {@link Material#DEFAULT}. A later {@code newmtl} of the same name replaces the earlier.
 * The materials are double-sided: OBJ models are often open surfaces meant to be seen from both sides.
 *
 * <p>A texture that is missing or cannot be read, or an option this reader does not know, does not
 * refuse the file: the material goes without that texture (or option) and a warning with the line
 * says so, as Blender and tinyobjloader do.
 */
public final class MtlLoader {

    private MtlLoader() {
    }

    /** The file's materials by name, in file order; an unmodifiable map. */
    public static Map<String, Material> load(Path mtlFile) throws ObjParseException {
        return load(mtlFile, new TextureCache(), new LoadWarnings());
    }

    static Map<String, Material> load(Path mtlFile, TextureCache textures, LoadWarnings warnings)
            throws ObjParseException {
        return new MtlParser(LineScanner.open(mtlFile), textures, warnings).parse();
    }
}
