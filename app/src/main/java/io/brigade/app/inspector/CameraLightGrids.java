package io.brigade.app.inspector;

import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;

/** The inspector's fields for the camera and for a light, laid out as the object's are. */
final class CameraLightGrids {

    private CameraLightGrids() {
    }

    static GridPane camera(CameraInspectorViewModel camera) {
        GridPane grid = InspectorView.grid("cameraGrid");
        InspectorView.axisHeadings(grid, 0);
        InspectorView.vectorRow(grid, 1, "Position", "cameraPosition", camera.positionProperty(), camera::setPosition,
                camera);
        InspectorView.vectorRow(grid, 2, "Look at", "cameraTarget", camera.targetProperty(), camera::setTarget, camera);
        InspectorView.scalarRow(grid, 3, "Field of view \u00b0", "cameraFov", camera.fieldOfViewProperty().asObject(),
                camera::setFieldOfView, camera);
        InspectorView.scalarRow(grid, 4, "Near", "cameraNear", camera.nearProperty().asObject(), camera::setNear,
                camera);
        InspectorView.scalarRow(grid, 5, "Far", "cameraFar", camera.farProperty().asObject(), camera::setFar, camera);
        grid.add(InspectorView.hint("cameraAnimation", camera.animationTextProperty()), 0, 6, 4, 1);
        grid.visibleProperty().bind(camera.availableProperty());
        return grid;
    }

    static GridPane light(LightInspectorViewModel light) {
        GridPane grid = InspectorView.grid("lightGrid");
        grid.add(InspectorView.label("Name"), 0, 0);
        grid.add(InspectorView.nameField("lightName", light.nameProperty(), light::rename, light), 1, 0, 3, 1);
        grid.add(InspectorView.hint("lightKind", light.kindTextProperty()), 0, 1, 4, 1);
        InspectorView.axisHeadings(grid, 2);
        Label vector = InspectorView.vectorRow(grid, 3, LightInspectorViewModel.DIRECTION, "lightVector",
                light.vectorProperty(), light::setVector, light);
        vector.textProperty().bind(light.vectorNameProperty());
        grid.add(InspectorView.label("Colour"), 0, 4);
        grid.add(InspectorView.colorPicker("lightColor", light.colorProperty(), light::setColor), 1, 4, 3, 1);
        InspectorView.scalarRow(grid, 5, "Intensity", "lightIntensity", light.intensityProperty().asObject(),
                light::setIntensity, light);
        TextField range = InspectorView.scalarRow(grid, 6, "Range", "lightRange", light.rangeProperty().asObject(),
                light::setRange, light);
        range.visibleProperty().bind(light.pointProperty());
        range.managedProperty().bind(light.pointProperty());
        grid.add(InspectorView.hint("lightAnimation", light.animationTextProperty()), 0, 7, 4, 1);
        grid.visibleProperty().bind(light.availableProperty());
        return grid;
    }
}
