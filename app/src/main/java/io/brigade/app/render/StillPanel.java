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

/** The bar above the timeline for a still: its bands' progress, then Save PNG... once the frame is done. */
public final class StillPanel {

    private StillPanel() {
    }

    /** {@code saveAs} asks where to save and saves; it runs when Save PNG... is clicked. */
    public static HBox create(StillRenderViewModel still, Runnable saveAs) {
        Label headline = new Label();
        headline.setId("stillHeadline");
        headline.getStyleClass().add("render-headline");
        headline.setMinWidth(0); // a long file name gives way to the buttons beside it
        headline.setTextOverrun(OverrunStyle.CENTER_ELLIPSIS);
        headline.textProperty().bind(still.headlineProperty());
        ProgressBar bar = new ProgressBar();
        bar.setId("stillProgress");
        bar.progressProperty().bind(still.progressProperty());
        bar.setMaxWidth(Double.MAX_VALUE);
        VBox progress = new VBox(headline, bar);
        progress.getStyleClass().add("render-progress");
        HBox.setHgrow(progress, Priority.ALWAYS);

        Button save = new Button("Save PNG...", new FontIcon("mdi2c-content-save-outline"));
        save.setId("saveStillButton");
        save.setOnAction(event -> saveAs.run());
        save.setMinWidth(Region.USE_PREF_SIZE);
        save.disableProperty().bind(still.stillProperty().isNull());
        Button cancel = new Button("Cancel", new FontIcon("mdi2s-stop-circle-outline"));
        cancel.setId("cancelStillButton");
        cancel.setOnAction(event -> still.cancel());
        cancel.setMinWidth(Region.USE_PREF_SIZE);
        cancel.visibleProperty().bind(still.runningProperty());
        cancel.managedProperty().bind(still.runningProperty());
        Button close = new Button(null, new FontIcon("mdi2c-close"));
        close.setId("closeStillButton");
        close.getStyleClass().add("icon-button");
        close.setTooltip(new Tooltip("Close"));
        close.setOnAction(event -> still.dismiss());
        close.setMinWidth(Region.USE_PREF_SIZE);
        close.visibleProperty().bind(still.runningProperty().not());
        close.managedProperty().bind(still.runningProperty().not());

        HBox panel = new HBox(progress, save, cancel, close);
        panel.setId("stillPanel");
        panel.getStyleClass().addAll("render-panel", "render-panel-row");
        panel.setAlignment(Pos.CENTER_LEFT);
        panel.visibleProperty().bind(still.shownProperty());
        panel.managedProperty().bind(still.shownProperty());
        return panel;
    }
}
