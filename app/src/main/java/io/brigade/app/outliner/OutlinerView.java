package io.brigade.app.outliner;

import javafx.collections.ListChangeListener;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;

/** The panel left of the preview: the scene's camera, lights and objects, one of them selected. */
public final class OutlinerView {

    private OutlinerView() {
    }

    public static VBox create(OutlinerViewModel outliner) {
        ListView<OutlinerItem> list = new ListView<>(outliner.items());
        list.setId("outliner");
        list.getStyleClass().add("outliner-list");
        list.setPlaceholder(new Label("No scene open"));
        list.setCellFactory(view -> new ItemCell());
        // The view model decides what is selected; the list shows it and reports clicks.
        boolean[] showing = {false};
        Runnable show = () -> {
            showing[0] = true;
            OutlinerItem item = outliner.selectedProperty().get();
            if (item == null) {
                list.getSelectionModel().clearSelection();
            } else {
                list.getSelectionModel().select(item);
            }
            showing[0] = false;
        };
        outliner.selectedProperty().addListener(observable -> show.run());
        // Replacing the rows clears the list's own selection even when the view model keeps its row.
        outliner.items().addListener((ListChangeListener<OutlinerItem>) change -> show.run());
        list.getSelectionModel().selectedItemProperty().addListener((observable, old, item) -> {
            if (!showing[0] && item != outliner.selectedProperty().get() && outliner.items().contains(item)) {
                outliner.select(item);
            }
        });
        list.setOnKeyPressed(event -> {
            if (event.getCode() == KeyCode.DELETE || event.getCode() == KeyCode.BACK_SPACE) {
                outliner.deleteSelected();
                event.consume();
            }
        });
        VBox.setVgrow(list, Priority.ALWAYS);

        Label heading = new Label("Scene");
        heading.getStyleClass().add("panel-heading");
        VBox panel = new VBox(heading, list);
        panel.setId("outlinerPanel");
        panel.getStyleClass().add("side-panel");
        return panel;
    }

    private static final class ItemCell extends ListCell<OutlinerItem> {
        @Override
        protected void updateItem(OutlinerItem item, boolean empty) {
            super.updateItem(item, empty);
            if (empty || item == null) {
                setText(null);
                setGraphic(null);
            } else {
                setText(item.name());
                setGraphic(new FontIcon(item.kind().iconLiteral()));
            }
        }
    }
}
