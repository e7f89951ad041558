package io.brigade.app.export;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import javafx.beans.binding.Bindings;
import javafx.collections.ObservableList;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;

/** Snapshot > (a target): scale, caption, and Save PNG... or Copy; the picture is taken at the click. */
public final class SnapshotDialog {

    private final SnapshotViewModel viewModel;
    private final ObservableList<String> stylesheets;
    private final SnapshotFileChooser files;

    /** {@code stylesheets} are the window's, so the dialog and the caption look like the rest. */
    public SnapshotDialog(SnapshotViewModel viewModel, ObservableList<String> stylesheets, SnapshotFileChooser files) {
        this.viewModel = Objects.requireNonNull(viewModel, "viewModel");
        this.stylesheets = Objects.requireNonNull(stylesheets, "stylesheets");
        this.files = Objects.requireNonNull(files, "files");
    }

    /** Opens the dialog for {@code target} over {@code owner}; does nothing while the target is not showing. */
    public void open(Window owner, SnapshotTarget target) {
        target.showingNode().ifPresent(node -> show(owner, target, node));
    }

    /** The picture of {@code node} as the dialog's choices stand. */
    public WritableImage picture(Node node) {
        return picture(NodeSnapshots::take, node);
    }

    /** The picture of {@code node} made by {@code scaled}, as the dialog's choices stand. */
    public WritableImage picture(ScaledPicture scaled, Node node) {
        SnapshotScale scale = viewModel.scaleProperty().get();
        return NodeSnapshots.withCaption(scaled.take(node, scale), viewModel.captionProperty().get(), scale,
                List.copyOf(stylesheets));
    }

    private void show(Window owner, SnapshotTarget target, Node node) {
        viewModel.captionFor(target.id());
        Stage stage = new Stage();
        stage.initOwner(owner);
        stage.initModality(Modality.WINDOW_MODAL);
        stage.setTitle("Snapshot: " + target.name());

        ToggleGroup scales = new ToggleGroup();
        HBox scaleButtons = new HBox();
        scaleButtons.getStyleClass().add("snapshot-scales");
        for (SnapshotScale scale : SnapshotScale.values()) {
            ToggleButton button = new ToggleButton(scale.toString());
            button.setId("snapshotScale" + scale.factor());
            button.setToggleGroup(scales);
            button.setUserData(scale);
            button.setSelected(scale == viewModel.scaleProperty().get());
            scaleButtons.getChildren().add(button);
        }
        scales.selectedToggleProperty().addListener((observable, old, selected) -> {
            if (selected == null) {
                old.setSelected(true); // one scale is always chosen
            } else {
                viewModel.scaleProperty().set((SnapshotScale) selected.getUserData());
            }
        });
        Label size = new Label();
        size.setId("snapshotSize");
        size.getStyleClass().add("snapshot-size");
        size.textProperty().bind(Bindings.createStringBinding(() -> viewModel.sizeText(
                        node.getLayoutBounds().getWidth(), node.getLayoutBounds().getHeight(),
                        NodeSnapshots.captionHeight(viewModel.captionProperty().get(),
                                node.getLayoutBounds().getWidth(), List.copyOf(stylesheets))),
                viewModel.scaleProperty(), node.layoutBoundsProperty(), viewModel.captionProperty()));
        TextField caption = new TextField();
        caption.setId("snapshotCaption");
        caption.setPromptText("Optional: drawn under the picture");
        caption.textProperty().bindBidirectional(viewModel.captionProperty());
        caption.setPrefColumnCount(32);

        GridPane form = new GridPane();
        form.getStyleClass().add("snapshot-form");
        form.addRow(0, new Label("Scale"), new HBox(12, scaleButtons, size));
        form.addRow(1, new Label("Caption"), caption);

        Label message = new Label();
        message.setId("snapshotMessage");
        message.getStyleClass().add("snapshot-message");
        message.textProperty().bind(viewModel.messageProperty());
        message.setWrapText(true);

        Button save = new Button("Save PNG...");
        save.setId("snapshotSave");
        save.setDefaultButton(true);
        save.setOnAction(event -> files.choose(stage, target.id().toLowerCase(Locale.ROOT) + ".png")
                .ifPresent(file -> viewModel.save(picture(target.picture(), node), file, () -> { })));
        Button copy = new Button("Copy");
        copy.setId("snapshotCopy");
        copy.setOnAction(event -> viewModel.copy(picture(target.picture(), node)));
        Button close = new Button("Close");
        close.setCancelButton(true);
        close.setOnAction(event -> stage.close());
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox buttons = new HBox(8, gap, copy, save, close);
        buttons.setAlignment(Pos.CENTER_RIGHT);

        VBox root = new VBox(14, form, message, buttons);
        root.getStyleClass().add("snapshot-dialog");
        Scene scene = new Scene(root);
        Bindings.bindContent(scene.getStylesheets(), stylesheets);
        stage.setScene(scene);
        stage.show();
    }
}
