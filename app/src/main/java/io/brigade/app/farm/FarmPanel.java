package io.brigade.app.farm;

import io.brigade.engine.farm.FarmWorkerStatus;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;

/** The farm panel: a headline and a row per worker (host, cores, state, frames done). Nodes and bindings only. */
public final class FarmPanel {

    /** Tall enough for four workers before it scrolls. */
    private static final double TABLE_HEIGHT = 140;

    private FarmPanel() {
    }

    public static VBox create(FarmPanelViewModel farm) {
        Label headline = new Label();
        headline.setId("farmHeadline");
        headline.getStyleClass().add("farm-headline");
        headline.textProperty().bind(farm.headlineProperty());
        TableView<FarmWorkerStatus> table = new TableView<>(farm.workers());
        table.setId("farmWorkersTable");
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setPrefHeight(TABLE_HEIGHT);
        table.setPlaceholder(new Label("No workers yet"));
        table.getColumns().setAll(java.util.List.of(
                column("Worker", worker -> worker.member().address()),
                column("Cores", FarmPanelViewModel::cores),
                column("State", FarmWorkerStatus::describe),
                column("Frames done", worker -> Integer.toString(worker.framesDone()))));
        VBox panel = new VBox(headline, table);
        panel.setId("farmPanel");
        panel.getStyleClass().add("farm-panel");
        panel.visibleProperty().bind(farm.shownProperty());
        panel.managedProperty().bind(farm.shownProperty());
        return panel;
    }

    /** View > Farm Panel: shows or hides the panel. */
    public static CheckMenuItem showItem(FarmPanelViewModel farm) {
        CheckMenuItem item = new CheckMenuItem("Farm Panel", new FontIcon("mdi2s-server-network"));
        item.setId("showFarmPanelItem");
        item.selectedProperty().bindBidirectional(farm.shownProperty());
        return item;
    }

    private static TableColumn<FarmWorkerStatus, String> column(String title, Function<FarmWorkerStatus, String> text) {
        TableColumn<FarmWorkerStatus, String> column = new TableColumn<>(title);
        column.setSortable(false);
        column.setCellValueFactory(row -> new ReadOnlyStringWrapper(text.apply(row.getValue())));
        return column;
    }
}
