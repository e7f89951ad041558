package io.brigade.app.render;

import static org.assertj.core.api.Assertions.assertThat;

import io.brigade.app.farm.FarmPreferences;
import io.brigade.engine.scene.RenderSettings;
import io.brigade.engine.shading.ShadingMode;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Optional;
import java.util.function.Function;
import javafx.beans.property.StringProperty;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RenderSettingsViewModelTest {

    private static final RenderSettings SETTINGS = RenderSettings.DEFAULT;
    private static final RenderPreferences PREFERENCES = new RenderPreferences(1, Optional.empty());

    private final RenderSettingsViewModel fields = new RenderSettingsViewModel(SETTINGS, PREFERENCES);

    @Test
    void unchangedFieldsGiveBackTheSameSettingsAndPreferences() {
        RenderSettingsViewModel.Choice choice = fields.choice().orElseThrow();

        assertThat(choice.settings()).isSameAs(SETTINGS);
        assertThat(choice.preferences()).isEqualTo(PREFERENCES);
        assertThat(fields.fpsProperty().get()).isEqualTo("24");
        assertThat(fields.problemsProperty().get()).isEmpty();
    }

    @Test
    void everyFieldReachesTheChoice() {
        fields.widthProperty().set("320");
        fields.heightProperty().set(" 240 ");
        fields.fpsProperty().set("12.5");
        fields.startFrameProperty().set("5");
        fields.endFrameProperty().set("9");
        fields.antiAliasingProperty().set("2");
        fields.shadingProperty().set(ShadingMode.FLAT);
        fields.workersProperty().set(Integer.toString(RenderPreferences.maxWorkers()));
        fields.outputFolderProperty().set("/tmp/renders");

        RenderSettingsViewModel.Choice choice = fields.choice().orElseThrow();

        assertThat(choice.settings()).isEqualTo(new RenderSettings(320, 240, 12.5, 5, 9, 2, ShadingMode.FLAT,
                SETTINGS.background(), SETTINGS.wireframe()));
        assertThat(choice.preferences())
                .isEqualTo(new RenderPreferences(RenderPreferences.maxWorkers(), Optional.of(Path.of("/tmp/renders"))));
    }

    @ParameterizedTest(name = "{0} = ''{1}'' -> {2}")
    @CsvSource(delimiter = '|', value = {
        "width|abc|Width: must be a whole number between 1 and 16384, got 'abc'",
        "width|0|Width: must be between 1 and 16384, got 0",
        "height|20000|Height: must be between 1 and 16384, got 20000",
        "fps|0|Frame rate: must be more than 0 and at most 1000, got 0",
        "fps|fast|Frame rate: must be a number of frames per second, got 'fast'",
        "start|-1|First frame: must be 0 or more, got -1",
        "end|x|Last frame: must be a whole number 0 or more, got 'x'",
        "aa|5|Anti-aliasing: must be between 1 and 4, got 5",
        "workers|0|Workers: must be between 1 and ",
    })
    void eachProblemNamesItsField(String field, String text, String problem) {
        fieldNamed(field).apply(fields).set(text);

        assertThat(fields.choice()).isEmpty();
        assertThat(fields.problemsProperty().get()).startsWith(problem);
    }

    @Test
    void aRangeThatEndsBeforeItStartsIsNamedAsTheLastFrame() {
        fields.startFrameProperty().set("10");
        fields.endFrameProperty().set("3");

        assertThat(fields.choice()).isEmpty();
        assertThat(fields.problemsProperty().get())
                .isEqualTo("Last frame: must not come before the first frame (10), got 3");
    }

    @Test
    void everyWrongFieldIsListedAndFixingThemClearsTheList() {
        fields.widthProperty().set("");
        fields.workersProperty().set("many");

        assertThat(fields.choice()).isEmpty();
        assertThat(fields.problemsProperty().get().lines()).hasSize(2);
        fields.widthProperty().set("64");
        fields.workersProperty().set("1");
        assertThat(fields.choice()).isPresent();
        assertThat(fields.problemsProperty().get()).isEmpty();
    }

    private static Function<RenderSettingsViewModel, StringProperty> fieldNamed(String name) {
        return switch (name) {
            case "width" -> RenderSettingsViewModel::widthProperty;
            case "height" -> RenderSettingsViewModel::heightProperty;
            case "fps" -> RenderSettingsViewModel::fpsProperty;
            case "start" -> RenderSettingsViewModel::startFrameProperty;
            case "end" -> RenderSettingsViewModel::endFrameProperty;
            case "aa" -> RenderSettingsViewModel::antiAliasingProperty;
            case "workers" -> RenderSettingsViewModel::workersProperty;
            default -> throw new IllegalArgumentException(name);
        };
    }

    @Test
    void shadingModesAreNamedAsPeopleWriteThem() {
        assertThat(Arrays.stream(ShadingMode.values())
                .map(RenderSettingsViewModel.SHADING_NAMES::toString)).containsExactly("Flat", "Gouraud", "Phong");
        assertThat(RenderSettingsViewModel.SHADING_NAMES.fromString("Phong"))
                .isEqualTo(ShadingMode.PHONG);
    }

    @Test
    void theFarmChoiceReachesThePreferencesAndAWrongAddressIsNamed() {
        fields.farm().onFarmProperty().set(true);
        fields.farm().membersProperty().set("10.0.0.5:5701,10.0.0.6:5701");
        fields.farm().clusterProperty().set("studio");

        assertThat(fields.choice().orElseThrow().preferences().farm())
                .isEqualTo(new FarmPreferences(true, "studio", "10.0.0.5:5701,10.0.0.6:5701"));

        fields.farm().membersProperty().set("10.0.0.5:none");
        assertThat(fields.choice()).isEmpty();
        assertThat(fields.problemsProperty().get()).startsWith("Render farm: \"10.0.0.5:none\" is not HOST:PORT");
    }
}
