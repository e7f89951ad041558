package io.brigade.engine.geometry.obj;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.brigade.engine.geometry.Model;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.fail;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

/**
 * Whatever the bytes, loading ends soon with a model or an ObjParseException, never anything else.
 * {@link #loadObj} is Jazzer's coverage-guided target: seeds (and every crash input found so far) in
 * {@code ObjFuzzTestInputs/loadObj/}; {@code JAZZER_FUZZ=1} makes it fuzz (see the README).
 */
class ObjFuzzTest {

    private static final long SEED = 7_2024L;
    private static final int CASES_PER_KIND = 300;
    private static final Duration TIME_LIMIT = Duration.ofSeconds(60);
    private static final String[] OBJ_WORDS = {"v", "vt", "vn", "f", "o", "g", "s", "usemtl", "mtllib", "l", "#",
            " ", " ", " ", "\t", "\n", "\n", "\r\n", "\r", "/", "//", "-", ".", "e", "E", "+", "0", "1", "2", "3",
            "-1", "1.5", "1e9", "99999999999", "nan", "cube.mtl", "red", "blue", "\0", "\u00ff", "\u00ef\u00bb\u00bf"};
    private static final String[] FIXTURES = {"cube.obj", "polygons.obj", "index-forms.obj"};

    @TempDir
    Path dir;

    @FuzzTest(maxDuration = "60s")
    void loadObj(byte[] bytes) throws Exception {
        copyFixtureOnce("cube.mtl"); // seeds name it in mtllib
        Path file = write("fuzz.obj", bytes);
        try {
            assertWarningsNameTheirPlace(ObjLoader.load(file));
        } catch (ObjParseException expected) {
            assertNamesItsPlace(expected, file);
        }
    }

    /**
     * The lenient path: an OBJ whose {@code mtllib} names a fuzzed MTL file and one that is missing, so
     * missing libraries, undefined materials, missing textures and unknown texture options all come up.
     * The input's first line is the MTL file (its {@code \u0001} bytes become line breaks), the rest the OBJ.
     */
    @FuzzTest(maxDuration = "60s")
    void loadObjWithSideFiles(byte[] bytes) throws Exception {
        int split = 0;
        while (split < bytes.length && bytes[split] != '\n') {
            split++;
        }
        byte[] mtl = java.util.Arrays.copyOf(bytes, split);
        for (int i = 0; i < mtl.length; i++) {
            mtl[i] = mtl[i] == 1 ? (byte) '\n' : mtl[i];
        }
        write("side.mtl", mtl);
        byte[] obj = java.util.Arrays.copyOfRange(bytes, Math.min(split + 1, bytes.length), bytes.length);
        byte[] header = "mtllib side.mtl missing.mtl\n".getBytes(StandardCharsets.US_ASCII);
        byte[] text = new byte[header.length + obj.length];
        System.arraycopy(header, 0, text, 0, header.length);
        System.arraycopy(obj, 0, text, header.length, obj.length);
        Path file = write("fuzz.obj", text);
        try {
            Model model = ObjLoader.load(file);
            assertWarningsNameTheirPlace(model);
            assertThat(model.warnings()).anyMatch(w -> w.startsWith("fuzz.obj:1: material library \"missing.mtl\""));
        } catch (ObjParseException expected) {
            assertNamesItsPlace(expected, file);
        }
    }

    /** Every warning reads {@code name:LINE: what}, with a line, like an error but not refusing the file. */
    static void assertWarningsNameTheirPlace(Model model) {
        for (String warning : model.warnings()) {
            assertThat(warning).matches("(?s)[^:/]+:[1-9][0-9]*: .+");
        }
    }

    /** The message reads {@code name:LINE: problem}; only a file named by mtllib may fail as a whole (line 0). */
    static void assertNamesItsPlace(ObjParseException e, Path fuzzed) {
        String name = e.file().getFileName().toString();
        if (e.file().equals(fuzzed)) {
            assertThat(e.line()).as(e.getMessage()).isPositive();
        }
        String place = e.line() > 0 ? name + ":" + e.line() + ": " : name + ": ";
        assertThat(e.getMessage()).startsWith(place);
        assertThat(e.problem()).isNotBlank();
    }

    private void copyFixtureOnce(String name) throws Exception {
        Path copy = dir.resolve(name);
        if (!Files.exists(copy)) {
            Files.copy(ObjLoaderTest.fixture(name), copy);
        }
    }

    @Test
    void randomBytes() {
        Random random = new Random(SEED);
        runCases(random, () -> {
            byte[] bytes = new byte[random.nextInt(2048)];
            random.nextBytes(bytes);
            return bytes;
        });
    }

    @Test
    void randomObjLookingText() {
        Random random = new Random(SEED + 1);
        runCases(random, () -> {
            StringBuilder text = new StringBuilder();
            int words = random.nextInt(400);
            for (int i = 0; i < words; i++) {
                text.append(OBJ_WORDS[random.nextInt(OBJ_WORDS.length)]);
            }
            return text.toString().getBytes(StandardCharsets.ISO_8859_1);
        });
    }

    @Test
    void mutatedFixtures() throws Exception {
        Files.copy(ObjLoaderTest.fixture("cube.mtl"), dir.resolve("cube.mtl"));
        byte[][] fixtures = new byte[FIXTURES.length][];
        for (int i = 0; i < FIXTURES.length; i++) {
            fixtures[i] = Files.readAllBytes(ObjLoaderTest.fixture(FIXTURES[i]));
        }
        Random random = new Random(SEED + 2);
        runCases(random, () -> mutate(fixtures[random.nextInt(fixtures.length)], random));
    }

    @Test
    void mutatedMaterialLibraries() throws Exception {
        byte[] mtl = Files.readAllBytes(ObjLoaderTest.fixture("cube.mtl"));
        Random random = new Random(SEED + 3);
        Path file = dir.resolve("fuzz.mtl");
        assertTimeoutPreemptively(TIME_LIMIT, () -> {
            for (int i = 0; i < CASES_PER_KIND; i++) {
                byte[] bytes = mutate(mtl, random);
                Files.write(file, bytes);
                try {
                    assertThat(MtlLoader.load(file)).isNotNull();
                } catch (ObjParseException expected) {
                    assertThat(expected.getMessage()).startsWith("fuzz.mtl:");
                } catch (RuntimeException | Error e) {
                    fail("case " + i + " threw " + e + " for: " + new String(bytes, StandardCharsets.ISO_8859_1), e);
                }
            }
        });
    }

    @Test
    void pathologicalShapesLoadWithoutTrouble() throws Exception {
        StringBuilder hugePolygon = new StringBuilder("v 0 0 0\nv 1 0 0\nv 0 1 0\nf");
        for (int i = 0; i < 100_000; i++) {
            hugePolygon.append(" -").append(1 + i % 3);
        }
        String longNumber = "v 0." + "0".repeat(1_000_000) + "1 0 0\n";
        String longDigitRun = "v " + "9".repeat(100_000) + " 0 0\n";
        assertTimeoutPreemptively(TIME_LIMIT, () -> {
            Model polygon = ObjLoader.load(write("polygon.obj", hugePolygon.toString().getBytes(StandardCharsets.US_ASCII)));
            assertThat(polygon.triangleCount()).isEqualTo(100_000 - 2);
            assertThat(ObjLoader.load(write("tiny.obj", longNumber.getBytes(StandardCharsets.US_ASCII))).parts()).isEmpty();
            Path huge = write("huge.obj", longDigitRun.getBytes(StandardCharsets.US_ASCII));
            ObjParseException e = catchThrowableOfType(ObjParseException.class, () -> ObjLoader.load(huge));
            assertThat(e.getMessage()).endsWith(" is outside the float range");
        });
    }

    private interface Input {
        byte[] next() throws IOException;
    }

    private void runCases(Random random, Input input) {
        assertTimeoutPreemptively(TIME_LIMIT, () -> {
            for (int i = 0; i < CASES_PER_KIND; i++) {
                byte[] bytes = input.next();
                Path file = write("fuzz.obj", bytes);
                try {
                    assertThat(ObjLoader.load(file)).isNotNull();
                } catch (ObjParseException expected) {
                    assertThat(expected.line()).isPositive();
                } catch (RuntimeException | Error e) {
                    fail("case " + i + " threw " + e + " for: " + new String(bytes, StandardCharsets.ISO_8859_1), e);
                }
            }
        });
    }

    private Path write(String name, byte[] bytes) throws IOException {
        return Files.write(dir.resolve(name), bytes);
    }

    /** A few random byte flips, insertions and deletions. */
    private static byte[] mutate(byte[] original, Random random) {
        StringBuilder s = new StringBuilder(new String(original, StandardCharsets.ISO_8859_1));
        int edits = 1 + random.nextInt(8);
        for (int e = 0; e < edits && s.length() > 0; e++) {
            int at = random.nextInt(s.length());
            switch (random.nextInt(4)) {
                case 0 -> s.setCharAt(at, (char) random.nextInt(256));
                case 1 -> s.insert(at, OBJ_WORDS[random.nextInt(OBJ_WORDS.length)]);
                case 2 -> s.deleteCharAt(at);
                default -> s.setCharAt(at, (char) ('0' + random.nextInt(10)));
            }
        }
        return s.toString().getBytes(StandardCharsets.ISO_8859_1);
    }
}
