package io.brigade.app;

import static org.assertj.core.api.Assertions.assertThat;

import io.brigade.app.testing.SampleScenes;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BrigadeAppTest {

    @Test
    void opensTheSampleSceneWhenStartedFromTheRepository() {
        Path repository = Path.of("..");

        assertThat(BrigadeApp.startupScene(repository)).hasValueSatisfying(file ->
                assertThat(file.toAbsolutePath().normalize()).isEqualTo(SampleScenes.TEAPOT_TURNTABLE));
    }

    @Test
    void opensNothingWhenStartedElsewhere(@TempDir Path elsewhere) {
        assertThat(BrigadeApp.startupScene(elsewhere)).isEmpty();
    }
}
