package io.brigade.app.farm;

import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import org.kordamp.ikonli.javafx.FontIcon;

/** The Render Settings dialog's "Where" rows: this computer or a render farm, and the farm's address. */
public final class FarmSettingsView {

    private FarmSettingsView() {
    }

    /** Adds the rows to {@code grid} from {@code row} on; returns the next free row. */
    public static int addRows(GridPane grid, int row, FarmSettingsViewModel farm) {
        ToggleGroup where = new ToggleGroup();
        RadioButton here = new RadioButton("This computer");
        here.setId("renderHereChoice");
        here.setToggleGroup(where);
        RadioButton onFarm = new RadioButton("Render farm");
        onFarm.setId("renderFarmChoice");
        onFarm.setToggleGroup(where);
        (farm.onFarmProperty().get() ? onFarm : here).setSelected(true);
        onFarm.selectedProperty().addListener((observable, was, selected) -> farm.onFarmProperty().set(selected));
        farm.onFarmProperty().addListener((observable, was, selected) -> (selected ? onFarm : here).setSelected(true));
        HBox choice = new HBox(here, onFarm);
        choice.getStyleClass().add("farm-where");

        TextField members = new TextField();
        members.setId("farmMembersField");
        members.setPromptText("host:5701, host-b:5701");
        members.textProperty().bindBidirectional(farm.membersProperty());
        TextField cluster = new TextField();
        cluster.setId("farmClusterField");
        cluster.textProperty().bindBidirectional(farm.clusterProperty());
        Button test = new Button("Test Connection", new FontIcon("mdi2l-lan-connect"));
        test.setId("testFarmButton");
        test.setOnAction(event -> farm.testConnection());
        Label result = new Label();
        result.setId("farmTestResult");
        result.getStyleClass().add("farm-test-result");
        result.setWrapText(true);
        result.setMaxWidth(420);
        result.textProperty().bind(farm.testResultProperty());
        members.disableProperty().bind(farm.onFarmProperty().not());
        cluster.disableProperty().bind(farm.onFarmProperty().not());
        test.disableProperty().bind(farm.testingProperty().or(farm.onFarmProperty().not()));

        grid.addRow(row++, new Label("Where"), choice);
        grid.addRow(row++, new Label("Farm members"), members);
        grid.addRow(row++, new Label("Cluster name"), cluster);
        grid.addRow(row++, test, result);
        return row;
    }
}
