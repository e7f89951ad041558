package io.brigade.app.files;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import io.brigade.app.testing.SampleScenes;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The command line picks the scene opened at start; without one the sample opens when run from the repository. */
class StartupSceneTest {

    private static final Path REPOSITORY = Path.of("..");

    @Test
    void withoutArgumentsTheSampleOpensWhenStartedFromTheRepository() {
        assertThat(StartupScene.choose(List.of(), REPOSITORY)).hasValueSatisfying(file ->
                assertThat(file.toAbsolutePath().normalize()).isEqualTo(SampleScenes.TEAPOT_TURNTABLE));
    }

    @Test
    void withoutArgumentsNothingOpensElsewhere(@TempDir Path elsewhere) {
        assertThat(StartupScene.choose(List.of(), elsewhere)).isEmpty();
    }

    @Test
    void aRelativeNameIsResolvedAgainstTheWorkingDirectory(@TempDir Path workingDir) {
        assertThat(StartupScene.choose(List.of("scenes/../mine.scene.json"), workingDir))
                .contains(workingDir.toAbsolutePath().resolve("mine.scene.json"));
    }

    @Test
    void aNamedFileReplacesTheSampleEvenWhenItIsMissing() {
        Path opened = StartupScene.choose(List.of("gone.scene.json"), REPOSITORY).orElseThrow();

        assertThat(opened).isAbsolute().hasFileName("gone.scene.json").doesNotExist();
    }

    @Test
    void anAbsoluteNameIsKept(@TempDir Path elsewhere, @TempDir Path workingDir) {
        Path file = elsewhere.toAbsolutePath().resolve("there.scene.json");

        assertThat(StartupScene.choose(List.of(file.toString()), workingDir)).contains(file);
    }

    @Test
    void moreThanOneFileIsRefusedNamingThem(@TempDir Path workingDir) {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> StartupScene.choose(List.of("a.scene.json", "b.scene.json"), workingDir))
                .withMessage(StartupScene.USAGE + ", got 2: a.scene.json b.scene.json");
    }

    @ParameterizedTest
    @ValueSource(strings = {"--verbose", "-x", "", "  ", "bad\u0000name"})
    void optionsAndEmptyOrMalformedNamesAreRefusedQuotingThem(String argument, @TempDir Path workingDir) {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> StartupScene.choose(List.of(argument), workingDir))
                .withMessageContaining("\"" + argument + "\"");
    }
}
