package io.brigade.app.theme;

import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.Menu;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.ToggleGroup;
import javafx.scene.input.KeyCombination;

/** View: Dark or Light theme, and Presentation Mode (larger fonts), as the theme view model holds them. */
public final class ViewMenu {

    static final String PRESENTATION_TEXT = "Presentation Mode";

    private ViewMenu() {
    }

    public static Menu create(ThemeViewModel viewModel) {
        ToggleGroup themes = new ToggleGroup();
        Menu menu = new Menu("_View");
        menu.setId("viewMenu");
        for (Theme theme : Theme.values()) {
            RadioMenuItem item = new RadioMenuItem(theme.label() + " Theme");
            item.setId("theme" + theme.label());
            item.setToggleGroup(themes);
            item.setSelected(viewModel.themeProperty().get() == theme);
            item.setOnAction(event -> viewModel.themeProperty().set(theme));
            viewModel.themeProperty().addListener((observable, old, chosen) -> item.setSelected(chosen == theme));
            menu.getItems().add(item);
        }
        CheckMenuItem presentation = new CheckMenuItem(PRESENTATION_TEXT);
        presentation.setId("presentationModeItem");
        presentation.setAccelerator(KeyCombination.keyCombination("F5"));
        presentation.selectedProperty().bindBidirectional(viewModel.presentationProperty());
        menu.getItems().addAll(new SeparatorMenuItem(), presentation);
        return menu;
    }
}
