package io.brigade.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import java.nio.file.Path;
import javafx.scene.image.WritableImage;
import org.junit.jupiter.api.Test;

class MainViewModelTest {

    private final MainViewModel viewModel = new MainViewModel();

    @Test
    void startsReadyWithNothingChosenOrShown() {
        assertThat(viewModel.statusTextProperty().get()).isEqualTo(MainViewModel.READY_STATUS);
        assertThat(viewModel.sceneFileProperty().get()).isNull();
        assertThat(viewModel.previewProperty().get()).isNull();
    }

    @Test
    void choosingASceneFileRecordsItAndNamesItInTheStatus() {
        Path file = Path.of("scenes", "teapot.scene.json");

        viewModel.sceneFileChosen(file);

        assertThat(viewModel.sceneFileProperty().get()).isEqualTo(file);
        assertThat(viewModel.statusTextProperty().get()).isEqualTo("Scene file: " + file.toAbsolutePath());
    }

    @Test
    void showPreviewPutsTheFrameOnShow() {
        WritableImage frame = new WritableImage(4, 3);

        viewModel.showPreview(frame);

        assertThat(viewModel.previewProperty().get()).isSameAs(frame);
    }

    @Test
    void rejectsMissingValues() {
        assertThatNullPointerException().isThrownBy(() -> viewModel.sceneFileChosen(null));
        assertThatNullPointerException().isThrownBy(() -> viewModel.showPreview(null));
    }
}
