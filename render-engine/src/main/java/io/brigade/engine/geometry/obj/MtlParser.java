package io.brigade.engine.geometry.obj;

import io.brigade.engine.io.TextureLoadException;
import io.brigade.engine.math.Color;
import io.brigade.engine.shading.Material;
import io.brigade.engine.shading.Texture;
import io.brigade.engine.shading.WrapMode;

import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/** One pass over an MTL file's statements; see {@link MtlLoader} for what is understood. */
final class MtlParser {

    /** What an OBJ face is drawn with when no material says otherwise: the default grey, both sides. */
    static final Material DEFAULT = Material.DEFAULT.withDoubleSided(true);

    private final LineScanner line;
    private final TextureCache textures;
    private final LoadWarnings warnings;
    private final Map<String, Material> materials = new LinkedHashMap<>();

    private String name; // of the material being read, null before the first newmtl
    private Color diffuse;
    private Color specular;
    private double shininess;
    private Texture diffuseTexture;

    MtlParser(LineScanner line, TextureCache textures, LoadWarnings warnings) {
        this.line = line;
        this.textures = textures;
        this.warnings = warnings;
    }

    Map<String, Material> parse() throws ObjParseException {
        while (line.nextLine()) {
            if (line.nextToken()) {
                statement();
            }
        }
        finishMaterial();
        return Collections.unmodifiableMap(materials);
    }

    private void statement() throws ObjParseException {
        if (line.tokenIs("newmtl")) {
            newMaterial(line.restOfLine());
        } else if (line.tokenIs("Kd")) {
            requireMaterial("Kd");
            diffuse = color("Kd");
        } else if (line.tokenIs("Ks")) {
            requireMaterial("Ks");
            specular = color("Ks");
        } else if (line.tokenIs("Ns")) {
            requireMaterial("Ns");
            shininess = exponent();
        } else if (line.tokenIs("map_Kd")) {
            requireMaterial("map_Kd");
            diffuseTexture = textureMap();
        } else if (!line.tokenIsKeyword()) {
            throw line.error("not an MTL statement: " + line.quotedToken());
        }
        // Ka, Ke, d, Tr, illum, Ni, other maps, ...: nothing the renderer's material has
    }

    private void newMaterial(String newName) throws ObjParseException {
        if (newName.isEmpty()) {
            throw line.error("newmtl needs a material name");
        }
        finishMaterial();
        name = newName;
        diffuse = Material.DEFAULT.diffuse();
        specular = Material.DEFAULT.specular();
        shininess = Material.DEFAULT.shininess();
        diffuseTexture = null;
    }

    private void finishMaterial() {
        if (name != null) {
            materials.put(name, new Material(name, diffuse, specular, shininess, diffuseTexture, true));
        }
    }

    private void requireMaterial(String keyword) throws ObjParseException {
        if (name == null) {
            throw line.error(keyword + " comes before any newmtl");
        }
    }

    /** {@code r g b}, or one value for all three. */
    private Color color(String keyword) throws ObjParseException {
        float r = 0, g = 0, b = 0;
        int count = 0;
        while (line.nextToken()) {
            float value = line.tokenFloat(keyword + " component");
            switch (count++) {
                case 0 -> r = value;
                case 1 -> g = value;
                case 2 -> b = value;
                default -> { } // too many: reported below
            }
        }
        if (count == 1) {
            return new Color(r, r, r);
        }
        if (count != 3) {
            throw line.error(keyword + " needs r g b, got " + count + " numbers");
        }
        return new Color(r, g, b);
    }

    private double exponent() throws ObjParseException {
        if (!line.nextToken()) {
            throw line.error("Ns needs a number");
        }
        float value = line.tokenFloat("Ns");
        String written = line.tokenText();
        if (line.nextToken()) {
            throw line.error("Ns needs one number, got more");
        }
        if (value < 0) {
            throw line.error("Ns must not be negative, got " + written);
        }
        return value;
    }

    /**
     * {@code map_Kd [-option args...] file}: the file name is the rest of the line, spaces and all. A
     * texture that cannot be loaded is left out with a warning; null then.
     */
    private Texture textureMap() throws ObjParseException {
        TextureOptions options = TextureOptions.read(line, warnings);
        String written = options.fileNamePresent() ? line.restOfLineFromToken() : "";
        if (written.isEmpty()) {
            throw line.error("map_Kd needs a texture file name");
        }
        Path file = line.resolveBesideFile(written);
        String texture = "texture \"" + LineScanner.excerpt(written) + "\"";
        try {
            return textures.load(file, written, options.wrap());
        } catch (TextureLoadException e) {
            warnings.add(line, texture + " cannot be loaded (" + e.problem() + "); material \""
                    + LineScanner.excerpt(name) + "\" is drawn without it");
            return null;
        }
    }
}
