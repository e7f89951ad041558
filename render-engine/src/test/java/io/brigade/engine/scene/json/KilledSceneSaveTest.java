package io.brigade.engine.scene.json;

import io.brigade.engine.scene.Scene;
import io.brigade.engine.scene.TestAssets;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
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
    private static final long POLL_MILLIS = 1;

    @TempDir
    static Path work;

    private static Scene base;
    private static String oldVersion;

    @BeforeAll
    static void buildTheScene() throws Exception {
        base = RepeatedSaves.largeScene();
        oldVersion = SceneFiles.toJson(RepeatedSaves.version(base, 0));
    }

    @Test
    void killedAsSoonAsTheFirstTemporaryFileAppears() {
        assertTimeoutPreemptively(TIME_LIMIT, () -> killAndCheck("as the first temporary file appears",
                folder -> hasTemporaryFile(folder), 0));
    }

    @ParameterizedTest(name = "killed {0} ms after the first save")
    @ValueSource(ints = {0, 37, 149, 401})
    void killedLaterLeavesOneCompleteVersion(int delayMillis) {
        assertTimeoutPreemptively(TIME_LIMIT, () -> killAndCheck(delayMillis + " ms after the first save",
                folder -> lastReportedVersion(folder.resolveSibling(folder.getFileName() + ".log")) > 0,
                delayMillis));
    }

    private interface KillPoint {
        boolean reached(Path folder) throws IOException;
    }

    private static void killAndCheck(String when, KillPoint killPoint, int delayMillis) throws Exception {
        Path folder = Files.createDirectories(work.resolve(when.replace(' ', '-')));
        Path file = folder.resolve(FILE_NAME);
        Files.writeString(file, oldVersion);
        Path log = folder.resolveSibling(folder.getFileName() + ".log");

        Process saver = start(file, log);
        while (saver.isAlive() && !killPoint.reached(folder)) {
            Thread.sleep(POLL_MILLIS);
        }
        assertThat(saver.isAlive()).as("the saver still runs at the kill point: %s", Files.readString(log)).isTrue();
        Thread.sleep(delayMillis);
        saver.destroyForcibly().waitFor(); // SIGKILL: a write may be cut off anywhere
        int lastReported = lastReportedVersion(log);

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
        System.out.printf("killed %s: version %d left whole (%d reported saved), %d temporary files left%n",
                when, version, lastReported, others.size());
    }

    private static boolean hasTemporaryFile(Path folder) throws IOException {
        return !namesBesides(folder.resolve(FILE_NAME)).isEmpty();
    }

    /** The saver in a child JVM on this test's class path, its output in {@code log}. */
    private static Process start(Path file, Path log) throws IOException {
        return new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), RepeatedSaves.class.getName(), file.toString())
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
    }

    /** The highest version the child says it has saved, 0 before the first; a line cut off by the kill counts not. */
    private static int lastReportedVersion(Path log) throws IOException {
        int last = 0;
        for (String line : Files.readString(log).split("\n")) {
            if (line.matches(RepeatedSaves.SAVED + "\\d+")) {
                last = Math.max(last, Integer.parseInt(line.substring(RepeatedSaves.SAVED.length())));
            }
        }
        return last;
    }

    private static List<String> namesBesides(Path file) throws IOException {
        try (Stream<Path> files = Files.list(file.getParent())) {
            return files.filter(p -> !p.equals(file)).map(p -> p.getFileName().toString()).toList();
        }
    }
}
