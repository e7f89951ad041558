package io.brigade.app.chrome;

import io.brigade.app.MainViewModel;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * A banner over the top of the preview telling the current problem, or a warning (styled
 * {@code problem-warning}); the window stays usable under it.
 */
public final class ProblemBanner {

    private ProblemBanner() {
    }

    public static HBox create(MainViewModel viewModel) {
        Label summary = new Label();
        summary.setId("problemSummary");
        summary.getStyleClass().add("problem-summary");
        Label detail = new Label();
        detail.setId("problemDetail");
        detail.getStyleClass().add("problem-detail");
        detail.setWrapText(true);
        FontIcon icon = new FontIcon("mdi2a-alert-circle-outline");
        icon.getStyleClass().add("problem-icon");
        HBox banner = new HBox();
        viewModel.problemProperty().addListener((observable, old, problem) -> {
            summary.setText(problem == null ? "" : problem.summary());
            detail.setText(problem == null ? "" : problem.detail());
            boolean warning = problem != null && problem.warning();
            icon.setIconLiteral(warning ? "mdi2a-alert-outline" : "mdi2a-alert-circle-outline");
            banner.getStyleClass().remove("problem-warning");
            if (warning) {
                banner.getStyleClass().add("problem-warning");
            }
        });
        VBox text = new VBox(summary, detail);
        text.getStyleClass().add("problem-text");
        HBox.setHgrow(text, Priority.ALWAYS);

        Button dismiss = new Button(null, new FontIcon("mdi2c-close"));
        dismiss.setId("dismissProblemButton");
        dismiss.getStyleClass().add("icon-button");
        dismiss.setTooltip(new Tooltip("Dismiss"));
        dismiss.setOnAction(event -> viewModel.dismissProblem());

        banner.getChildren().setAll(icon, text, dismiss);
        banner.setId("problemBanner");
        banner.getStyleClass().add("problem-banner");
        banner.setAlignment(Pos.TOP_LEFT);
        banner.setMaxHeight(Region.USE_PREF_SIZE);
        banner.visibleProperty().bind(viewModel.problemProperty().isNotNull());
        return banner;
    }
}
