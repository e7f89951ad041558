package io.brigade.app.chrome;

import io.brigade.app.MainViewModel;
import io.brigade.app.teaching.ResponsivenessMeterView;
import io.brigade.app.theme.Theme;
import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.value.ObservableBooleanValue;
import javafx.beans.value.ObservableStringValue;
import javafx.beans.value.ObservableValue;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.Separator;
import javafx.scene.layout.Region;
import org.controlsfx.control.StatusBar;

/**
 * The status bar: the responsiveness meter and the latest message on the left; scene, triangles, render time and
 * frame on the right. Presentation mode's larger type leaves out the triangles and the render time, editor details,
 * so the message keeps room to be read.
 */
public final class StatusLine {

    private StatusLine() {
    }

    public static StatusBar create(MainViewModel viewModel, ObservableValue<Theme> theme,
                                   ObservableBooleanValue presentation) {
        StatusBar bar = new StatusBar();
        bar.setId("statusBar");
        bar.textProperty().bind(viewModel.statusTextProperty());
        Label triangles = field("statusTriangles", viewModel.viewport().triangleCountTextProperty());
        Label renderTime = field("statusRenderTime", viewModel.viewport().renderTimeTextProperty());
        Node triangleRule = separator();
        Node renderTimeRule = separator();
        bar.getRightItems().addAll(field("statusScene", viewModel.sceneNameProperty()), triangleRule, triangles,
                renderTimeRule, renderTime, separator(),
                field("statusFrame", viewModel.timeline().positionTextProperty()));
        BooleanBinding sceneOpen = viewModel.sceneProperty().isNotNull();
        bar.getRightItems().forEach(item -> item.visibleProperty().bind(sceneOpen));
        for (Node detail : List.of(triangleRule, triangles, renderTimeRule, renderTime)) {
            detail.visibleProperty().bind(sceneOpen.and(Bindings.not(presentation)));
            detail.managedProperty().bind(detail.visibleProperty());
        }
        // The meter measures while the screen changes on its own; it rests (and the window draws nothing) when idle.
        viewModel.teaching().responsiveness().busyProperty().bind(viewModel.render().runningProperty()
                .or(viewModel.still().runningProperty()).or(viewModel.teaching().comparingProperty())
                .or(viewModel.timeline().playingProperty()));
        bar.getLeftItems().addAll(ResponsivenessMeterView.create(viewModel.teaching().responsiveness(), theme),
                separator()); // the message starts apart from the sparkline, as the right-hand fields are set apart
        return bar;
    }

    private static Label field(String id, ObservableStringValue text) {
        Label label = new Label();
        label.setId(id);
        label.getStyleClass().add("status-field");
        label.textProperty().bind(text);
        label.setMinWidth(Region.USE_PREF_SIZE); // a narrow window shortens the message, never these figures
        return label;
    }

    private static Node separator() {
        return new Separator(Orientation.VERTICAL);
    }
}
