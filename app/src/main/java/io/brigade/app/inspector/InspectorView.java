package io.brigade.app.inspector;

import io.brigade.engine.math.Color;
import io.brigade.engine.math.Vec3;
import java.util.function.BiConsumer;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.geometry.HPos;
import javafx.geometry.Pos;
import javafx.scene.control.ColorPicker;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/** The panel right of the preview: the selected object's name, placement and colour, editable. */
public final class InspectorView {

    static final String NOTHING_SELECTED = "Select an object in the scene list to edit it.";

    private InspectorView() {
    }

    public static VBox create(InspectorViewModel inspector) {
        GridPane grid = new GridPane();
        grid.setId("inspectorGrid");
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

        grid.add(label("Name"), 0, 0);
        grid.add(nameField(inspector), 1, 0, 3, 1);
        grid.add(axisHeading("X"), 1, 1);
        grid.add(axisHeading("Y"), 2, 1);
        grid.add(axisHeading("Z"), 3, 1);
        vectorRow(grid, 2, "Position", "translation", inspector.translationProperty(), inspector::setTranslation,
                inspector);
        vectorRow(grid, 3, "Rotation \u00b0", "rotation", inspector.rotationProperty(), inspector::setRotation,
                inspector);
        vectorRow(grid, 4, "Scale", "scale", inspector.scaleProperty(), inspector::setScale, inspector);
        grid.add(label("Colour"), 0, 5);
        grid.add(colorPicker(inspector), 1, 5, 3, 1);

        Label animation = new Label();
        animation.setId("inspectorAnimation");
        animation.getStyleClass().add("inspector-hint");
        animation.setWrapText(true);
        animation.textProperty().bind(inspector.animationTextProperty());
        grid.add(animation, 0, 6, 4, 1);
        grid.visibleProperty().bind(inspector.availableProperty());

        Label nothing = new Label(NOTHING_SELECTED);
        nothing.setId("inspectorPlaceholder");
        nothing.getStyleClass().add("inspector-hint");
        nothing.setWrapText(true);
        nothing.visibleProperty().bind(inspector.availableProperty().not());

        Label heading = new Label("Object");
        heading.getStyleClass().add("panel-heading");
        StackPane body = new StackPane(grid, nothing);
        body.setAlignment(Pos.TOP_LEFT);
        VBox panel = new VBox(heading, body);
        panel.setId("inspectorPanel");
        panel.getStyleClass().add("side-panel");
        return panel;
    }

    private static TextField nameField(InspectorViewModel inspector) {
        TextField name = new TextField();
        name.setId("inspectorName");
        name.setText(inspector.nameProperty().get());
        inspector.nameProperty().addListener((observable, old, now) -> name.setText(now));
        Runnable commit = () -> {
            inspector.rename(name.getText());
            name.setText(inspector.nameProperty().get()); // a refused name gives way to the one in use
        };
        name.setOnAction(event -> commit.run());
        FieldUndo.install(name, inspector.nameProperty()::get, inspector);
        name.focusedProperty().addListener((observable, was, focused) -> {
            if (!focused && !name.getText().equals(inspector.nameProperty().get())) {
                commit.run();
            }
        });
        return name;
    }

    private static void vectorRow(GridPane grid, int row, String title, String idPrefix,
                                  ReadOnlyObjectProperty<Vec3> vector, BiConsumer<Axis, Double> set,
                                  InspectorViewModel inspector) {
        grid.add(label(title), 0, row);
        for (Axis axis : Axis.values()) {
            TextField field = NumberField.create(idPrefix + axis.name(),
                    Bindings.createObjectBinding(() -> axis.of(vector.get()), vector),
                    value -> set.accept(axis, value), inspector);
            grid.add(field, 1 + axis.ordinal(), row);
        }
    }

    private static ColorPicker colorPicker(InspectorViewModel inspector) {
        ColorPicker picker = new ColorPicker(toFx(inspector.diffuseProperty().get()));
        picker.setId("inspectorColor");
        picker.setMaxWidth(Double.MAX_VALUE);
        boolean[] showing = {false};
        inspector.diffuseProperty().addListener((observable, old, color) -> {
            showing[0] = true;
            picker.setValue(toFx(color));
            showing[0] = false;
        });
        picker.setOnAction(event -> {
            if (!showing[0]) {
                inspector.setDiffuse(fromFx(picker.getValue()));
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

    private static Label label(String text) {
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
