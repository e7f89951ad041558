package io.brigade.engine.scene.json;

import io.brigade.engine.scene.Scene;
import io.brigade.engine.scene.TestAssets;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

/**
 * A process saving a large scene over and over to one file is killed with SIGKILL at some point: the file
 * still parses and is exactly one complete version, the old one or a new one; a temporary file the kill
 * left behind is hidden and never named like a scene file.
 */
class KilledSceneSaveTest {

    private static final String FILE_NAME = "large" + SceneFiles.EXTENSION;
    private static final Duration TIME_LIMIT = Duration.ofSeconds(60);

    @TempDir
    static Path work;

    private static Scene base;
    private static String oldVersion;

    @BeforeAll
    static void buildTheScene() throws Exception {
        base = RepeatedSaves.largeScene();
        oldVersion = SceneFiles.toJson(RepeatedSaves.version(base, 0));
    }

    @ParameterizedTest(name = "killed {0} ms after the first save")
    @ValueSource(ints = {0, 3, 11, 29, 67, 151})
    void theFileIsAlwaysOneCompleteVersion(int delayMillis) {
        assertTimeoutPreemptively(TIME_LIMIT, () -> {
            Path folder = Files.createDirectories(work.resolve("killed-after-" + delayMillis + "ms"));
            Path file = folder.resolve(FILE_NAME);
            Files.writeString(file, oldVersion);

            Process saver = start(file);
            BufferedReader output = new BufferedReader(new InputStreamReader(saver.getInputStream(),
                    StandardCharsets.UTF_8));
            String first = output.readLine();
            assertThat(first).as("the child's first line").startsWith(RepeatedSaves.SAVED);
            Thread.sleep(delayMillis);
            saver.destroyForcibly().waitFor(); // SIGKILL: a write may be cut off anywhere
            int lastReported = lastReportedVersion(first, output);

            String left = Files.readString(file);
            Scene read = SceneFiles.parse(left, FILE_NAME, folder, TestAssets.standIns());
            int version = read.settings().endFrame();
            assertThat(left).as("version %d, whole", version)
                    .isEqualTo(SceneFiles.toJson(RepeatedSaves.version(base, version)));
            assertThat(version).as("the version reported saved, or the one after it").isBetween(lastReported,
                    lastReported + 1);
            List<String> others = namesBesides(file);
            assertThat(others).allSatisfy(name -> assertThat(name).startsWith(".").endsWith(".tmp")
                    .doesNotEndWith(SceneFiles.EXTENSION));
            System.out.printf("killed %d ms after the first save: version %d of at least %d left whole, "
                    + "%d temporary files%n", delayMillis, version, lastReported, others.size());
        });
    }

    private static Process start(Path file) throws IOException {
        return new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), RepeatedSaves.class.getName(), file.toString())
                .redirectError(ProcessBuilder.Redirect.INHERIT).start();
    }

    /** The highest version the child said it had saved before it died. */
    private static int lastReportedVersion(String first, BufferedReader output) throws IOException {
        String last = first;
        for (String line = output.readLine(); line != null; line = output.readLine()) {
            if (line.startsWith(RepeatedSaves.SAVED)) {
                last = line;
            }
        }
        return Integer.parseInt(last.substring(RepeatedSaves.SAVED.length()).trim());
    }

    private static List<String> namesBesides(Path file) throws IOException {
        try (Stream<Path> files = Files.list(file.getParent())) {
            return files.filter(p -> !p.equals(file)).map(p -> p.getFileName().toString()).toList();
        }
    }
}
