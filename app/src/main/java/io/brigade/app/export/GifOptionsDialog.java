package io.brigade.app.export;

import io.brigade.engine.io.GifOptions;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.stage.Window;
import javafx.util.StringConverter;

/** Before Export > Animated GIF...: the GIF's size, frame rate and dithering, asked before the file. */
final class GifOptionsDialog {

    static final List<Double> SCALES = List.of(1.0, 0.75, 0.5, 0.25);
    static final List<Integer> STEPS = List.of(1, 2, 3);

    private GifOptionsDialog() {
    }

    /** The options chosen, or empty when cancelled; {@code fps} is the render's frame rate. */
    static Optional<GifOptions> ask(Window owner, double fps) {
        ChoiceBox<Double> size = new ChoiceBox<>();
        size.setId("gifSizeChoice");
        size.getItems().setAll(SCALES);
        size.setValue(0.5);
        size.setConverter(converter(scale -> String.format(Locale.ROOT, "%.0f%% of the frames", scale * 100)));
        ChoiceBox<Integer> rate = new ChoiceBox<>();
        rate.setId("gifRateChoice");
        rate.getItems().setAll(STEPS);
        rate.setValue(1);
        rate.setConverter(converter(step -> String.format(Locale.ROOT, "%s fps (%s)", fpsText(fps / step),
                step == 1 ? "every frame" : "every " + ordinal(step) + " frame")));
        CheckBox dither = new CheckBox("Dither the colours (no banding in gradients)");
        dither.setId("gifDitherCheck");
        dither.setSelected(true);

        GridPane form = new GridPane();
        form.getStyleClass().add("gif-options");
        form.setHgap(12);
        form.setVgap(10);
        form.addRow(0, new Label("Size"), size);
        form.addRow(1, new Label("Frame rate"), rate);
        form.add(dither, 1, 2);
        Dialog<GifOptions> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle("Export Animated GIF");
        dialog.setHeaderText("A smaller size and frame rate make a smaller file");
        dialog.getDialogPane().setContent(form);
        dialog.getDialogPane().getButtonTypes().setAll(ButtonType.OK, ButtonType.CANCEL);
        dialog.setResultConverter(button -> button == ButtonType.OK
                ? new GifOptions(size.getValue(), rate.getValue(), dither.isSelected())
                : null);
        return dialog.showAndWait();
    }

    private static String fpsText(double fps) {
        return String.format(Locale.ROOT, fps == Math.rint(fps) ? "%.0f" : "%.1f", fps);
    }

    private static String ordinal(int step) {
        return step == 2 ? "2nd" : step == 3 ? "3rd" : step + "th";
    }

    private static <T> StringConverter<T> converter(Function<T, String> text) {
        return new StringConverter<>() {
            @Override
            public String toString(T value) {
                return value == null ? "" : text.apply(value);
            }

            @Override
            public T fromString(String string) {
                throw new UnsupportedOperationException("a choice box only shows its items");
            }
        };
    }
}
