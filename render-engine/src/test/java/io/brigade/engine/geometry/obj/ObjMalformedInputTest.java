package io.brigade.engine.geometry.obj;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** Every kind of malformed input gives an ObjParseException whose message names the file and line. */
class ObjMalformedInputTest {

    private static final String TRIANGLE = "v 0 0 0\nv 1 0 0\nv 0 1 0\n";

    @TempDir
    Path dir;

    /** Writes {@code text} byte for byte (each char below 256 is one byte), so tests can hold any bytes. */
    private Path write(String name, String text) throws IOException {
        Path file = dir.resolve(name);
        Files.write(file, text.getBytes(StandardCharsets.ISO_8859_1));
        return file;
    }

    private ObjParseException failureOf(Path file) {
        return catchThrowableOfType(ObjParseException.class, () -> ObjLoader.load(file));
    }

    static Stream<Arguments> malformedObj() {
        return Stream.of(
                Arguments.of("face index beyond the vertices", "v 0 0 0\n".repeat(5000) + "f 1 2 5001\n",
                        "bad.obj:5001: face refers to vertex 5001 but only 5000 are defined"),
                Arguments.of("uv index beyond the uvs", TRIANGLE + "vt 0 0\nf 1/1 2/2 3/1\n",
                        "bad.obj:5: face refers to texture coordinate 2 but only 1 is defined"),
                Arguments.of("normal index beyond the normals", TRIANGLE + "vn 0 0 1\nf 1//1 2//1 3//2\n",
                        "bad.obj:5: face refers to normal 2 but only 1 is defined"),
                Arguments.of("index far beyond any long", TRIANGLE + "f 1 2 123456789012345678901234567890\n",
                        "bad.obj:4: face refers to vertex 123456789012345678901234567890 but only 3 are defined"),
                Arguments.of("index 0", TRIANGLE + "f 0 1 2\n",
                        "bad.obj:4: face refers to vertex 0, but OBJ indices start at 1"),
                Arguments.of("relative index before the first vertex", TRIANGLE + "f -4 -2 -1\n",
                        "bad.obj:4: face refers to vertex -4 (counting back) but only 3 are defined"),
                Arguments.of("face before any vertex", "f 1 2 3\n",
                        "bad.obj:1: face refers to vertex 1 but only 0 are defined"),
                Arguments.of("face with 2 vertices", TRIANGLE + "f 1 2\n",
                        "bad.obj:4: face needs at least 3 vertices, got 2"),
                Arguments.of("face with no vertices", TRIANGLE + "f # nothing\n",
                        "bad.obj:4: face needs at least 3 vertices, got 0"),
                Arguments.of("unparsable coordinate", "v 1 2 x\n",
                        "bad.obj:1: coordinate \"x\" is not a number"),
                Arguments.of("coordinate with two points", "v 1.2.3 0 0\n",
                        "bad.obj:1: coordinate \"1.2.3\" is not a number"),
                Arguments.of("coordinate with a dangling exponent", "v 0 0 3e\n",
                        "bad.obj:1: coordinate \"3e\" is not a number"),
                Arguments.of("Java's float suffix", "v 0 0 3f\n",
                        "bad.obj:1: coordinate \"3f\" is not a number"),
                Arguments.of("unparsable uv", "vt 0.5 half\n",
                        "bad.obj:1: texture coordinate \"half\" is not a number"),
                Arguments.of("unparsable normal", "vn 0 0 --1\n",
                        "bad.obj:1: normal component \"--1\" is not a number"),
                Arguments.of("NaN coordinate", "v NaN 0 0\n",
                        "bad.obj:1: coordinate \"NaN\" is not a finite number"),
                Arguments.of("Infinity coordinate", "v 0 -Infinity 0\n",
                        "bad.obj:1: coordinate \"-Infinity\" is not a finite number"),
                Arguments.of("coordinate beyond float range", "v 0 0 1e39\n",
                        "bad.obj:1: coordinate \"1e39\" is outside the float range"),
                Arguments.of("v with 2 numbers", "v 1 2\n",
                        "bad.obj:1: v needs x y z, optionally followed by w and/or an r g b colour, got 2 numbers"),
                Arguments.of("v with 8 numbers", "v 1 2 3 4 5 6 7 8\n",
                        "bad.obj:1: v needs x y z, optionally followed by w and/or an r g b colour, got 8 numbers"),
                Arguments.of("vt with nothing", "vt\n",
                        "bad.obj:1: vt needs u, v and optionally w, got 0 numbers"),
                Arguments.of("vt with 4 numbers", "vt 0 0 0 0\n",
                        "bad.obj:1: vt needs u, v and optionally w, got 4 numbers"),
                Arguments.of("vn with 2 numbers", "vn 0 1\n",
                        "bad.obj:1: vn needs x y z, got 2 numbers"),
                Arguments.of("vn with 4 numbers", "vn 0 1 0 0\n",
                        "bad.obj:1: vn needs x y z, got 4 numbers"),
                Arguments.of("truncated last line", TRIANGLE + "v 1 2",
                        "bad.obj:4: v needs x y z, optionally followed by w and/or an r g b colour, got 2 numbers"),
                Arguments.of("empty normal index", TRIANGLE + "vn 0 0 1\nf 1//1 2//1 3//\n",
                        "bad.obj:5: face vertex \"3//\" has an empty normal index"),
                Arguments.of("truncated v/t/n", TRIANGLE + "vt 0 0\nf 1/1/",
                        "bad.obj:5: face vertex \"1/1/\" has an empty normal index"),
                Arguments.of("lone slash", TRIANGLE + "f / 2 3\n",
                        "bad.obj:4: face vertex \"/\" has an empty vertex index"),
                Arguments.of("missing vertex index", TRIANGLE + "vn 0 0 1\nf //1 2//1 3//1\n",
                        "bad.obj:5: face vertex \"//1\" has an empty vertex index"),
                Arguments.of("empty uv index", TRIANGLE + "f 1/ 2 3\n",
                        "bad.obj:4: face vertex \"1/\" has an empty texture coordinate index"),
                Arguments.of("four indices", TRIANGLE + "f 1/1/1/1 2 3\n",
                        "bad.obj:4: face vertex \"1/1/1/1\" has more than three indices"),
                Arguments.of("non-numeric index", TRIANGLE + "f 1 2 three\n",
                        "bad.obj:4: \"three\" in face vertex \"three\" is not an integer index"),
                Arguments.of("non-numeric uv index", TRIANGLE + "vt 0 0\nf 1/a 2/1 3/1\n",
                        "bad.obj:5: \"a\" in face vertex \"1/a\" is not an integer index"),
                Arguments.of("fractional index", TRIANGLE + "f 1 2.0 3\n",
                        "bad.obj:4: \"2.0\" in face vertex \"2.0\" is not an integer index"),
                Arguments.of("usemtl without a name", "usemtl\n",
                        "bad.obj:1: usemtl needs a material name"),
                Arguments.of("mtllib without a name", "mtllib   # none\n",
                        "bad.obj:1: mtllib needs a file name"),
                Arguments.of("NUL bytes", TRIANGLE + "\0\0\0\1garbage\n",
                        "bad.obj:4: binary data: byte 0x00 is not text"),
                Arguments.of("control byte inside a line", "v 0 0\u0007 0\n",
                        "bad.obj:1: binary data: byte 0x07 is not text"),
                Arguments.of("bytes that are no statement", "v 0 0 0\n\u00ff\u00d8\u00ff\u00e0 JFIF\n",
                        "bad.obj:2: not an OBJ statement: \"\uFFFD\uFFFD\uFFFD\uFFFD\""),
                Arguments.of("punctuation where a statement belongs", "v 0 0 0\n{\"json\": true}\n",
                        "bad.obj:2: not an OBJ statement: \"{\"json\":\""),
                Arguments.of("a long garbage token is shortened", "0123456789012345678901234567890123456789XYZ\n",
                        "bad.obj:1: not an OBJ statement: \"0123456789012345678901234567890123456789...\""));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("malformedObj")
    void malformedObjNamesFileAndLine(String description, String text, String message) throws IOException {
        Path file = write("bad.obj", text);

        ObjParseException e = failureOf(file);

        assertThat(e).as(description).isNotNull();
        assertThat(e.getMessage()).isEqualTo(message);
        assertThat(e.file()).isEqualTo(file);
        assertThat(e.line()).isEqualTo(Integer.parseInt(message.split(":")[1]));
    }

    @Test
    void errorsInsideAMaterialLibraryNameItsFileAndLine() throws IOException {
        Path mtl = write("m.mtl", "newmtl red\nKd 1 0\n");
        Path obj = write("bad.obj", "mtllib m.mtl\n");

        ObjParseException e = failureOf(obj);

        assertThat(e.getMessage()).isEqualTo("m.mtl:2: Kd needs r g b, got 2 numbers");
        assertThat(e.file()).isEqualTo(mtl.toAbsolutePath().normalize());
        assertThat(e.line()).isEqualTo(2);
    }

    static Stream<Arguments> malformedMtl() {
        return Stream.of(
                Arguments.of("Kd with 2 numbers", "newmtl a\nKd 1 0\n", "m.mtl:2: Kd needs r g b, got 2 numbers"),
                Arguments.of("Ks with a word", "newmtl a\nKs 1 x 0\n", "m.mtl:2: Ks component \"x\" is not a number"),
                Arguments.of("Kd spectral", "newmtl a\nKd spectral file.rfl\n",
                        "m.mtl:2: Kd component \"spectral\" is not a number"),
                Arguments.of("Kd before newmtl", "Kd 1 1 1\n", "m.mtl:1: Kd comes before any newmtl"),
                Arguments.of("map_Kd before newmtl", "# c\nmap_Kd a.png\n", "m.mtl:2: map_Kd comes before any newmtl"),
                Arguments.of("negative Ns", "newmtl a\nNs -1\n", "m.mtl:2: Ns must not be negative, got -1"),
                Arguments.of("Ns without a number", "newmtl a\nNs\n", "m.mtl:2: Ns needs a number"),
                Arguments.of("Ns with two numbers", "newmtl a\nNs 1 2\n", "m.mtl:2: Ns needs one number, got more"),
                Arguments.of("newmtl without a name", "newmtl \n", "m.mtl:1: newmtl needs a material name"),
                Arguments.of("map_Kd without a file", "newmtl a\nmap_Kd -clamp on\n", "m.mtl:2: map_Kd needs a texture file name"),
                Arguments.of("-clamp without on/off", "newmtl a\nmap_Kd -clamp yes a.png\n",
                        "m.mtl:2: -clamp needs on or off, got \"yes\""),
                Arguments.of("-mm with one number", "newmtl a\nmap_Kd -mm 1 a.png\n", "m.mtl:2: -mm needs 2 numbers"),
                Arguments.of("-o without numbers", "newmtl a\nmap_Kd -o a.png\n", "m.mtl:2: -o needs 1 to 3 numbers"),
                Arguments.of("control bytes", "newmtl a\nKd 1 1 1\u001a\n", "m.mtl:2: binary data: byte 0x1a is not text"),
                Arguments.of("binary data", "newmtl a\n\u0089PNG\r\n\u001a\n", "m.mtl:2: not an MTL statement: \"\uFFFDPNG\""));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("malformedMtl")
    void malformedMtlNamesFileAndLine(String description, String text, String message) throws IOException {
        Path mtl = write("m.mtl", text);

        ObjParseException e = catchThrowableOfType(ObjParseException.class, () -> MtlLoader.load(mtl));

        assertThat(e).as(description).isNotNull();
        assertThat(e.getMessage()).isEqualTo(message);
    }

    @Test
    void missingObjFileIsReportedForTheWholeFile() {
        Path missing = dir.resolve("missing.obj");

        ObjParseException e = failureOf(missing);

        assertThat(e.getMessage()).isEqualTo("missing.obj: file not found (" + missing.toAbsolutePath() + ")");
        assertThat(e.line()).isZero();
    }

    @Test
    void folderInsteadOfAFileIsReportedForTheWholeFile() throws IOException {
        Path folder = Files.createDirectory(dir.resolve("folder.obj"));

        ObjParseException e = failureOf(folder);

        assertThat(e.getMessage()).isEqualTo("folder.obj: cannot read the file: " + folder + " is a folder, not a regular file");
        assertThat(e.line()).isZero();
    }
}
