package io.brigade.app.farm;

import io.brigade.engine.farm.FarmWorkerStatus;
import java.util.List;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;

/** The farm panel: a headline and a row per worker (host, cores, state, frames done). Nodes and bindings only. */
public final class FarmPanel {

    private static final double ROW_HEIGHT = 24;
    private static final double HEADER_HEIGHT = 28;
    /** Rows on show before the table scrolls. */
    private static final int MOST_ROWS = 8;

    private FarmPanel() {
    }

    public static VBox create(FarmPanelViewModel farm) {
        Label headline = new Label();
        headline.setId("farmHeadline");
        headline.getStyleClass().addAll("render-headline", "farm-headline"); // the render panel's look
        headline.textProperty().bind(farm.headlineProperty());
        TableView<FarmWorkerStatus> table = new TableView<>(farm.workers());
        table.setId("farmWorkersTable");
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setFixedCellSize(ROW_HEIGHT);
        // as tall as its rows (one while empty), up to MOST_ROWS
        table.prefHeightProperty().bind(Bindings.createDoubleBinding(() -> HEADER_HEIGHT
                + ROW_HEIGHT * Math.max(1, Math.min(MOST_ROWS, farm.workers().size())), farm.workers()));
        table.setMinHeight(Region.USE_PREF_SIZE);
        table.setMaxHeight(Region.USE_PREF_SIZE);
        table.setPlaceholder(new Label("No workers yet"));
        table.getColumns().setAll(List.of(
                column("Worker", worker -> worker.member().address()),
                column("Cores", FarmPanelViewModel::cores),
                column("State", FarmWorkerStatus::describe),
                column("Frames done", worker -> Integer.toString(worker.framesDone()))));
        VBox panel = new VBox(headline, table);
        panel.setId("farmPanel");
        panel.getStyleClass().addAll("render-panel", "farm-panel");
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
