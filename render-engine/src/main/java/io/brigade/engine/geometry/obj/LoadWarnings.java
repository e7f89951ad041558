package io.brigade.engine.geometry.obj;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * What loading a model forgave, as Blender and tinyobjloader forgive it: a side file (material
 * library, texture) that is missing or unreadable, a material no library defines, a texture option
 * this reader does not know. Each reads {@code name.obj:LINE: what, and what was done instead}.
 */
final class LoadWarnings {

    private final List<String> warnings = new ArrayList<>();

    void add(Path file, int line, String problem) {
        warnings.add(new ObjParseException(file, line, problem).getMessage());
    }

    void add(LineScanner line, String problem) {
        add(line.file(), line.lineNumber(), problem);
    }

    List<String> list() {
        return List.copyOf(warnings);
    }
}
