package io.brigade.engine.geometry.obj;

import io.brigade.engine.geometry.Model;
import io.brigade.engine.shading.Material;

import java.nio.file.Path;

/**
 * Loads a Wavefront OBJ file, with the MTL files it names, into an immutable {@link Model}.
 *
 * <p>Understood: {@code v} (x y z; a w and/or a vertex colour after them are ignored), {@code vt},
 * {@code vn}, {@code f} with corners {@code v}, {@code v/t}, {@code v//n} or {@code v/t/n} (indices
 * from 1, or negative to count back from the last defined), polygons of any size (split into a fan
 * of triangles), {@code o}, {@code g}, {@code usemtl}, and {@code mtllib} with one or more files
 * relative to the OBJ file's folder. Other statements ({@code s}, {@code l}, {@code p}, curves and
 * surfaces, ...) are ignored; {@code #} starts a comment anywhere on a line; CRLF line ends and a
 * UTF-8 byte order mark are fine.
 *
 * <p>The model has one part per run of faces with the same name ({@code o}/{@code g}, or else the
 * file name without its extension) and material ({@code usemtl}, or else {@link Material#DEFAULT}
 * made double-sided, as every material of an OBJ file is);
 * parts without faces are left out. Corners that share position, uv and normal share a vertex. A
 * part where any corner lacks a normal gets smooth normals computed for all its vertices; a part
 * with no uv at all gets none.
 *
 * <p>Anything malformed is an {@link ObjParseException} naming the file and line. What real-world
 * downloads often lack is forgiven, as Blender and tinyobjloader forgive it, and reported in
 * {@link Model#warnings()} with file and line: a material library that is missing or cannot be read,
 * a {@code usemtl} of a material no library defines (drawn in the default grey), a texture that
 * cannot be loaded (left out) and an unknown texture option (ignored). Only regular files are read:
 * a device or a named pipe is refused, or warned about when it is a side file, by what it is.
 */
public final class ObjLoader {

    private ObjLoader() {
    }

    public static Model load(Path objFile) throws ObjParseException {
        return new ObjParser(LineScanner.open(objFile)).parse();
    }
}
