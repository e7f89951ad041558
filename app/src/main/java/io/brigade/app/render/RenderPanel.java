package io.brigade.app.render;

import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.OverrunStyle;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The bar above the timeline while a render runs or after it ended: progress, counts, rate, ETA, Cancel, and
 * a strip of the frames finished so far.
 */
public final class RenderPanel {

    private RenderPanel() {
    }

    public static VBox create(RenderViewModel render) {
        Label headline = label("renderHeadline", "render-headline");
        headline.setMinWidth(0); // a long folder name gives way to the figures and buttons beside it
        headline.setTextOverrun(OverrunStyle.CENTER_ELLIPSIS); // keeps what it does and the folder's own name
        headline.textProperty().bind(render.headlineProperty());
        ProgressBar bar = new ProgressBar();
        bar.setId("renderProgress");
        bar.progressProperty().bind(render.progressProperty());
        bar.setMaxWidth(Double.MAX_VALUE);
        Label changed = new Label("Scene changed since this render started", new FontIcon("mdi2a-alert-outline"));
        changed.setId("renderSceneChanged");
        changed.getStyleClass().add("render-scene-changed");
        changed.setMinWidth(Region.USE_PREF_SIZE);
        changed.visibleProperty().bind(render.sceneChangedProperty());
        changed.managedProperty().bind(render.sceneChangedProperty());
        HBox headlineRow = new HBox(headline, changed);
        headlineRow.getStyleClass().add("render-headline-row");
        VBox progress = new VBox(headlineRow, bar);
        progress.getStyleClass().add("render-progress");
        HBox.setHgrow(progress, Priority.ALWAYS);

        Label frames = label("renderFrames", "render-figure");
        frames.textProperty().bind(render.framesTextProperty());
        Label rate = label("renderRate", "render-figure");
        rate.textProperty().bind(render.rateTextProperty());
        Label eta = label("renderEta", "render-figure");
        eta.textProperty().bind(render.etaTextProperty());

        Button cancel = new Button("Cancel", new FontIcon("mdi2s-stop-circle-outline"));
        cancel.setId("cancelRenderButton");
        cancel.setOnAction(event -> render.cancel());
        cancel.setMinWidth(Region.USE_PREF_SIZE);
        cancel.visibleProperty().bind(render.runningProperty());
        cancel.managedProperty().bind(render.runningProperty());
        Button close = new Button(null, new FontIcon("mdi2c-close"));
        close.setId("closeRenderButton");
        close.getStyleClass().add("icon-button");
        close.setTooltip(new Tooltip("Close"));
        close.setOnAction(event -> render.dismiss());
        close.setMinWidth(Region.USE_PREF_SIZE);
        close.visibleProperty().bind(render.runningProperty().not());
        close.managedProperty().bind(render.runningProperty().not());

        HBox figures = new HBox(progress, frames, rate, eta, cancel, close);
        figures.getStyleClass().add("render-panel-row");
        figures.setAlignment(Pos.CENTER_LEFT);
        VBox panel = new VBox(figures, ThumbnailStrip.create(render));
        panel.setId("renderPanel");
        panel.getStyleClass().add("render-panel");
        panel.visibleProperty().bind(render.shownProperty());
        panel.managedProperty().bind(render.shownProperty());
        return panel;
    }

    private static Label label(String id, String styleClass) {
        Label label = new Label();
        label.setId(id);
        label.getStyleClass().add(styleClass);
        label.setMinWidth(Region.USE_PREF_SIZE);
        return label;
    }
}
