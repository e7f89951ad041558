package io.brigade.app.inspector;

import io.brigade.engine.math.Color;
import io.brigade.engine.math.Vec3;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.function.DoubleConsumer;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.value.ObservableValue;
import javafx.geometry.HPos;
import javafx.geometry.Pos;
import javafx.scene.control.ColorPicker;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/**
 * The panel right of the preview: the selection's properties, editable: an object's name, placement and material,
 * the camera's view, a light's kind-specific fields.
 */
public final class InspectorView {

    static final String NOTHING_SELECTED = "Select the camera, a light or an object in the scene list to edit it.";

    private InspectorView() {
    }

    /** The panel for whichever is selected: an object, the camera or a light; a hint while nothing is. */
    public static VBox create(InspectorViewModel inspector, CameraInspectorViewModel camera,
                              LightInspectorViewModel light) {
        GridPane objectGrid = objectGrid(inspector);
        GridPane cameraGrid = CameraLightGrids.camera(camera);
        GridPane lightGrid = CameraLightGrids.light(light);

        Label nothing = new Label(NOTHING_SELECTED);
        nothing.setId("inspectorPlaceholder");
        nothing.getStyleClass().add("inspector-hint");
        nothing.setWrapText(true);
        nothing.visibleProperty().bind(inspector.availableProperty().not().and(camera.availableProperty().not())
                .and(light.availableProperty().not()));

        Label heading = new Label();
        heading.setId("inspectorHeading");
        heading.getStyleClass().add("panel-heading");
        heading.textProperty().bind(Bindings.when(camera.availableProperty()).then("Camera")
                .otherwise(Bindings.when(light.availableProperty()).then("Light").otherwise("Object")));
        StackPane body = new StackPane(objectGrid, cameraGrid, lightGrid, nothing);
        body.setAlignment(Pos.TOP_LEFT);
        VBox panel = new VBox(heading, body);
        panel.setId("inspectorPanel");
        panel.getStyleClass().add("side-panel");
        return panel;
    }

    private static GridPane objectGrid(InspectorViewModel inspector) {
        GridPane grid = grid("inspectorGrid");
        grid.add(label("Name"), 0, 0);
        grid.add(nameField("inspectorName", inspector.nameProperty(), inspector::rename, inspector), 1, 0, 3, 1);
        axisHeadings(grid, 1);
        vectorRow(grid, 2, "Position", "translation", inspector.translationProperty(), inspector::setTranslation,
                inspector);
        vectorRow(grid, 3, "Rotation \u00b0", "rotation", inspector.rotationProperty(), inspector::setRotation,
                inspector);
        vectorRow(grid, 4, "Scale", "scale", inspector.scaleProperty(), inspector::setScale, inspector);
        grid.add(label("Colour"), 0, 5);
        grid.add(colorPicker("inspectorColor", inspector.diffuseProperty(), inspector::setDiffuse), 1, 5, 3, 1);
        grid.add(label("Specular"), 0, 6);
        grid.add(colorPicker("inspectorSpecular", inspector.specularProperty(), inspector::setSpecular), 1, 6, 3, 1);
        scalarRow(grid, 7, "Shininess", "shininess", inspector.shininessProperty().asObject(),
                inspector::setShininess, inspector);
        grid.add(hint("inspectorAnimation", inspector.animationTextProperty()), 0, 8, 4, 1);
        grid.visibleProperty().bind(inspector.availableProperty());
        return grid;
    }

    /** A grid of a label column and three value columns that share the width left. */
    static GridPane grid(String id) {
        GridPane grid = new GridPane();
        grid.setId(id);
        grid.getStyleClass().add("inspector-grid");
        ColumnConstraints labels = new ColumnConstraints();
        labels.setHalignment(HPos.LEFT);
        labels.setMinWidth(Region.USE_PREF_SIZE); // a narrow panel squeezes the fields, never the labels
        grid.getColumnConstraints().add(labels);
        for (int i = 0; i < Axis.values().length; i++) {
            ColumnConstraints value = new ColumnConstraints();
            value.setHgrow(Priority.ALWAYS);
            value.setMinWidth(0);
            grid.getColumnConstraints().add(value);
        }
        return grid;
    }

    static void axisHeadings(GridPane grid, int row) {
        grid.add(axisHeading("X"), 1, row);
        grid.add(axisHeading("Y"), 2, row);
        grid.add(axisHeading("Z"), 3, row);
    }

    /** A label in grey that wraps, such as the note on how edits key the animation. */
    static Label hint(String id, ObservableValue<String> text) {
        Label hint = new Label();
        hint.setId(id);
        hint.getStyleClass().add("inspector-hint");
        hint.setWrapText(true);
        hint.textProperty().bind(text);
        return hint;
    }

    /** One number in the first value column. */
    static TextField scalarRow(GridPane grid, int row, String title, String id, ObservableValue<Double> value,
                               DoubleConsumer set, EditHistory history) {
        Label label = label(title);
        grid.add(label, 0, row);
        TextField field = NumberField.create(id, value, set, history);
        grid.add(field, 1, row);
        label.visibleProperty().bind(field.visibleProperty());
        label.managedProperty().bind(field.managedProperty());
        return field;
    }

    /**
     * A field for a name in use, {@code name}: Enter or leaving the field hands the typed name to {@code rename},
     * Escape shows the name in use again.
     */
    static TextField nameField(String id, ReadOnlyStringProperty name, Consumer<String> rename,
                               EditHistory inspector) {
        TextField field = new TextField(name.get());
        field.setId(id);
        name.addListener((observable, old, now) -> field.setText(now));
        Runnable commit = () -> {
            rename.accept(field.getText());
            field.setText(name.get()); // a refused name gives way to the one in use
        };
        field.setOnAction(event -> commit.run());
        FieldUndo.install(field, name::get, inspector);
        field.addEventHandler(KeyEvent.KEY_PRESSED, event -> {
            if (event.getCode() == KeyCode.ESCAPE && !field.getText().equals(name.get())) {
                field.setText(name.get());
                event.consume();
            }
        });
        field.focusedProperty().addListener((observable, was, focused) -> {
            if (!focused && !field.getText().equals(name.get())) {
                commit.run();
            }
        });
        return field;
    }

    static Label vectorRow(GridPane grid, int row, String title, String idPrefix,
                           ReadOnlyObjectProperty<Vec3> vector, BiConsumer<Axis, Double> set,
                           EditHistory inspector) {
        Label label = label(title);
        grid.add(label, 0, row);
        for (Axis axis : Axis.values()) {
            TextField field = NumberField.create(idPrefix + axis.name(),
                    Bindings.createObjectBinding(() -> axis.of(vector.get()), vector),
                    value -> set.accept(axis, value), inspector);
            grid.add(field, 1 + axis.ordinal(), row);
        }
        return label;
    }

    /** A colour picker showing {@code color} that hands a picked colour to {@code set}. */
    static ColorPicker colorPicker(String id, ReadOnlyObjectProperty<Color> color, Consumer<Color> set) {
        ColorPicker picker = new ColorPicker(toFx(color.get()));
        picker.setId(id);
        picker.setMaxWidth(Double.MAX_VALUE);
        boolean[] showing = {false};
        color.addListener((observable, old, now) -> {
            showing[0] = true;
            picker.setValue(toFx(now));
            showing[0] = false;
        });
        picker.setOnAction(event -> {
            if (!showing[0]) {
                set.accept(fromFx(picker.getValue()));
            }
        });
        return picker;
    }

    static javafx.scene.paint.Color toFx(Color color) {
        return javafx.scene.paint.Color.color(clamp(color.r()), clamp(color.g()), clamp(color.b()));
    }

    /** The picker's colour in whole 8-bit steps, as a scene file writes it. */
    static Color fromFx(javafx.scene.paint.Color color) {
        int rgb = (byte8(color.getRed()) << 16) | (byte8(color.getGreen()) << 8) | byte8(color.getBlue());
        return Color.fromArgb(0xff000000 | rgb);
    }

    private static int byte8(double channel) {
        return (int) Math.round(channel * 255);
    }

    private static double clamp(double channel) {
        return Math.max(0, Math.min(1, channel));
    }

    static Label label(String text) {
        Label label = new Label(text);
        label.getStyleClass().add("inspector-label");
        return label;
    }

    private static Label axisHeading(String text) {
        Label label = new Label(text);
        label.getStyleClass().add("axis-heading");
        GridPane.setHalignment(label, HPos.CENTER);
        return label;
    }
}
