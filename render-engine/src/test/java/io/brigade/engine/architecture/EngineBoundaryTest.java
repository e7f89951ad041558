package io.brigade.engine.architecture;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** The engine stays pure Java: no JavaFX (or AWT windowing) anywhere in its main sources. */
class EngineBoundaryTest {

    private static final Path MAIN_SOURCES = Path.of("src/main/java");

    @Test
    void engineNeverImportsJavaFx() throws IOException {
        assertThat(sourcesMentioning("javafx.")).isEmpty();
    }

    @Test
    void engineNeverOpensWindows() throws IOException {
        assertThat(sourcesMentioning("java.awt.Frame", "javax.swing.")).isEmpty();
    }

    @Test
    void theCheckReallyReadsTheSources() throws IOException {
        assertThat(sourcesMentioning("package io.brigade.engine")).hasSizeGreaterThan(50);
    }

    private static List<Path> sourcesMentioning(String... needles) throws IOException {
        try (Stream<Path> files = Files.walk(MAIN_SOURCES)) {
            return files.filter(p -> p.toString().endsWith(".java"))
                    .filter(p -> contains(p, needles))
                    .toList();
        }
    }

    private static boolean contains(Path file, String... needles) {
        try {
            String text = Files.readString(file);
            for (String needle : needles) {
                if (text.contains(needle)) {
                    return true;
                }
            }
            return false;
        } catch (IOException e) {
            throw new UncheckedIOException(file.toString(), e);
        }
    }
}
