package io.brigade.app;

import java.util.Objects;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.input.KeyCombination;
import org.kordamp.ikonli.javafx.FontIcon;

/** The main window's menu bar; each item runs the action it was given. */
final class MainMenu {

    static final String OPEN_SCENE_TEXT = "Open Scene...";
    static final String QUIT_TEXT = "Quit";

    private MainMenu() {
    }

    static MenuBar create(Runnable openScene, Runnable quit) {
        Objects.requireNonNull(openScene, "openScene");
        Objects.requireNonNull(quit, "quit");

        MenuItem open = item("openSceneItem", OPEN_SCENE_TEXT, "mdi2f-folder-open-outline", "Shortcut+O", openScene);
        MenuItem exit = item("quitItem", QUIT_TEXT, "mdi2e-exit-to-app", "Shortcut+Q", quit);

        Menu file = new Menu("_File");
        file.setId("fileMenu");
        file.getItems().addAll(open, exit);

        MenuBar bar = new MenuBar(file);
        bar.setId("menuBar");
        return bar;
    }

    private static MenuItem item(String id, String text, String iconLiteral, String accelerator, Runnable action) {
        MenuItem item = new MenuItem(text, new FontIcon(iconLiteral));
        item.setId(id);
        item.setAccelerator(KeyCombination.keyCombination(accelerator));
        item.setOnAction(event -> action.run());
        return item;
    }
}
