package io.brigade.engine.geometry.obj;

import io.brigade.engine.geometry.MeshPart;
import io.brigade.engine.geometry.Model;
import io.brigade.engine.io.FileProblems;
import io.brigade.engine.io.RegularFiles;
import io.brigade.engine.shading.Material;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** One pass over an OBJ file's statements; see {@link ObjLoader} for what is understood. */
final class ObjParser {

    private final LineScanner line;
    private final String fallbackName;
    private final VertexAttributes attributes = new VertexAttributes();
    private final Map<String, Material> materials = new HashMap<>();
    private final Set<Path> materialLibraries = new LinkedHashSet<>();
    private final TextureCache textures = new TextureCache();
    private final LoadWarnings warnings = new LoadWarnings();
    private final Set<String> missingMaterials = new HashSet<>();
    private final List<MeshPart> parts = new ArrayList<>();
    private final IntList faceVertices = new IntList(16);

    private String name;
    private Material material = MtlParser.DEFAULT;
    private PartBuilder part;

    ObjParser(LineScanner line) {
        this.line = line;
        this.fallbackName = stem(line.file());
        this.name = fallbackName;
    }

    private static String stem(Path file) {
        Path fileName = file.getFileName();
        String n = fileName == null ? "model" : fileName.toString();
        int dot = n.lastIndexOf('.');
        return dot > 0 ? n.substring(0, dot) : n;
    }

    Model parse() throws ObjParseException {
        while (line.nextLine()) {
            if (line.nextToken()) {
                statement();
            }
        }
        finishPart();
        return new Model(parts, warnings.list());
    }

    private void statement() throws ObjParseException {
        if (line.tokenIs("v")) {
            position();
        } else if (line.tokenIs("vt")) {
            textureCoordinate();
        } else if (line.tokenIs("vn")) {
            normal();
        } else if (line.tokenIs("f") || line.tokenIs("fo")) { // fo: the old name of f
            face();
        } else if (line.tokenIs("o") || line.tokenIs("g")) {
            String newName = line.restOfLine();
            changePart(newName.isEmpty() ? fallbackName : newName, material);
        } else if (line.tokenIs("usemtl")) {
            changePart(name, lookUpMaterial(line.restOfLine()));
        } else if (line.tokenIs("mtllib")) {
            loadMaterialLibraries(line.restOfLine());
        } else if (!line.tokenIsKeyword()) {
            throw line.error("not an OBJ statement: " + line.quotedToken());
        }
        // other keywords (s, l, p, vp, curves and surfaces, ...) draw nothing we support
    }

    private void position() throws ObjParseException {
        int count = 0;
        while (line.nextToken()) {
            float value = line.tokenFloat("coordinate");
            if (count < 3) {
                attributes.positions.add(value);
            }
            count++;
        }
        if (count < 3 || count > 7) {
            throw line.error("v needs x y z, optionally followed by w and/or an r g b colour, got " + count + " numbers");
        }
    }

    private void textureCoordinate() throws ObjParseException {
        float u = 0, v = 0;
        int count = 0;
        while (line.nextToken()) {
            float value = line.tokenFloat("texture coordinate");
            switch (count++) {
                case 0 -> u = value;
                case 1 -> v = value;
                default -> { } // w, or too many: reported below
            }
        }
        if (count < 1 || count > 3) {
            throw line.error("vt needs u, v and optionally w, got " + count + " numbers");
        }
        attributes.uvs.add(u);
        attributes.uvs.add(v);
    }

    private void normal() throws ObjParseException {
        float x = 0, y = 0, z = 0;
        int count = 0;
        while (line.nextToken()) {
            float value = line.tokenFloat("normal component");
            switch (count++) {
                case 0 -> x = value;
                case 1 -> y = value;
                case 2 -> z = value;
                default -> { } // too many: reported below
            }
        }
        if (count != 3) {
            throw line.error("vn needs x y z, got " + count + " numbers");
        }
        attributes.addNormal(x, y, z);
    }

    private void face() throws ObjParseException {
        if (part == null) {
            part = new PartBuilder(name, material, attributes);
        }
        faceVertices.clear();
        while (line.nextToken()) {
            faceVertices.add(corner());
        }
        int corners = faceVertices.size();
        if (corners < 3) {
            throw line.error("face needs at least 3 vertices, got " + corners);
        }
        int first = faceVertices.get(0);
        for (int i = 1; i + 1 < corners; i++) { // a fan: convex polygons, as OBJ exporters write them
            part.triangle(first, faceVertices.get(i), faceVertices.get(i + 1));
        }
    }

    /** The part vertex for the current token, one of {@code v}, {@code v/t}, {@code v//n}, {@code v/t/n}. */
    private int corner() throws ObjParseException {
        int start = line.tokenStart();
        int end = line.tokenEnd();
        int slash1 = indexOfSlash(start, end);
        int slash2 = slash1 == end ? end : indexOfSlash(slash1 + 1, end);
        if (slash2 < end && indexOfSlash(slash2 + 1, end) < end) {
            throw line.error("face vertex " + line.quotedToken() + " has more than three indices");
        }
        int position = index(start, slash1, attributes.positionCount(), "vertex");
        int uv = PartBuilder.ABSENT;
        int normal = PartBuilder.ABSENT;
        if (slash1 < end) {
            boolean uvEmpty = slash1 + 1 == slash2;
            if (uvEmpty && slash2 == end) {
                throw line.error("face vertex " + line.quotedToken() + " has an empty texture coordinate index");
            }
            if (!uvEmpty) {
                uv = index(slash1 + 1, slash2, attributes.uvCount(), "texture coordinate");
            }
            if (slash2 < end) {
                if (slash2 + 1 == end) {
                    throw line.error("face vertex " + line.quotedToken() + " has an empty normal index");
                }
                normal = index(slash2 + 1, end, attributes.normalCount(), "normal");
            }
        }
        return part.vertex(position, uv, normal);
    }

    private int indexOfSlash(int from, int end) {
        int i = from;
        while (i < end && line.byteAt(i) != '/') {
            i++;
        }
        return i;
    }

    /** The 0-based index written in {@code [from, to)}: 1-based, or negative to count back from the last one defined. */
    private int index(int from, int to, int defined, String kind) throws ObjParseException {
        if (from == to) {
            throw line.error("face vertex " + line.quotedToken() + " has an empty " + kind + " index");
        }
        long written = line.parseInteger(from, to);
        if (written == Long.MIN_VALUE) {
            throw line.error(line.quoted(from, to) + " in face vertex " + line.quotedToken() + " is not an integer index");
        }
        if (written > 0 && written <= defined) {
            return (int) written - 1;
        }
        if (written < 0 && -written <= defined) {
            return defined + (int) written;
        }
        String shown = line.excerpt(from, to);
        if (written == 0) {
            throw line.error("face refers to " + kind + " 0, but OBJ indices start at 1");
        }
        String onlyDefined = " but only " + defined + (defined == 1 ? " is" : " are") + " defined";
        if (written > 0) {
            throw line.error("face refers to " + kind + " " + shown + onlyDefined);
        }
        throw line.error("face refers to " + kind + " " + shown + " (counting back)" + onlyDefined);
    }

    private void changePart(String newName, Material newMaterial) {
        if (newName.equals(name) && newMaterial == material) {
            return;
        }
        finishPart();
        name = newName;
        material = newMaterial;
    }

    private void finishPart() {
        if (part != null && part.hasTriangles()) {
            parts.add(part.build());
        }
        part = null;
    }

    private Material lookUpMaterial(String materialName) throws ObjParseException {
        if (materialName.isEmpty()) {
            throw line.error("usemtl needs a material name");
        }
        Material found = materials.get(materialName);
        if (found != null) {
            return found;
        }
        // As Blender and tinyobjloader do: draw the faces, in a plain grey that shows, and say so once.
        Material standIn = new Material(materialName, MtlParser.DEFAULT.diffuse(), MtlParser.DEFAULT.specular(),
                MtlParser.DEFAULT.shininess(), null, true);
        materials.put(materialName, standIn);
        if (missingMaterials.add(materialName)) {
            String refers = "usemtl refers to material \"" + LineScanner.excerpt(materialName) + "\"";
            warnings.add(line, refers + (materialLibraries.isEmpty() ? " but no material library was loaded"
                    : " which " + libraryNames() + " does not define") + "; drawn with the default grey material");
        }
        return standIn;
    }

    private String libraryNames() {
        StringBuilder names = new StringBuilder();
        for (Path library : materialLibraries) {
            names.append(names.length() == 0 ? "" : ", ").append(library.getFileName());
        }
        return names.toString();
    }

    /** One file name, or several separated by spaces; a single name with spaces works if that file exists. */
    private void loadMaterialLibraries(String written) throws ObjParseException {
        if (written.isEmpty()) {
            throw line.error("mtllib needs a file name");
        }
        Path whole = line.resolveBesideFile(written);
        if (Files.isRegularFile(whole)) {
            loadMaterialLibrary(whole);
            return;
        }
        for (String fileName : written.split("[ \\t\\x0B\\f]+")) {
            Path library = line.resolveBesideFile(fileName);
            String unusable = whyUnusable(library);
            if (unusable == null) {
                loadMaterialLibrary(library);
            } else {
                warnings.add(line, "material library \"" + LineScanner.excerpt(fileName) + "\" " + unusable
                        + "; its materials are drawn with the default grey material");
            }
        }
    }

    /** Null when {@code library} is a regular file; otherwise why it cannot be read, without opening it. */
    private static String whyUnusable(Path library) {
        try {
            RegularFiles.requireRegularFile(library);
            return null;
        } catch (NoSuchFileException e) {
            return "not found (" + library + ")";
        } catch (IOException e) {
            return "cannot be read (" + FileProblems.describe(e) + ")";
        }
    }

    private void loadMaterialLibrary(Path library) throws ObjParseException {
        if (!materialLibraries.contains(library)) { // a file naming one library many times reads it once
            materials.putAll(MtlLoader.load(library, textures, warnings));
            materialLibraries.add(library);
        }
    }
}
