package io.brigade.app.export;

import java.util.function.Consumer;
import javafx.collections.ListChangeListener;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import org.kordamp.ikonli.javafx.FontIcon;

/** The Snapshot menu: one item per registered target, enabled while that target is showing. */
public final class SnapshotMenu {

    private SnapshotMenu() {
    }

    public static Menu create(SnapshotTargets targets, Consumer<SnapshotTarget> open) {
        Menu menu = new Menu("S_napshot");
        menu.setId("snapshotMenu");
        fill(menu, targets, open);
        targets.targets().addListener((ListChangeListener<SnapshotTarget>) change -> fill(menu, targets, open));
        menu.setOnShowing(event -> menu.getItems().forEach(item ->
                item.setDisable(targets.targets().stream().filter(t -> item.getId().equals(itemId(t))).findFirst()
                        .flatMap(SnapshotTarget::showingNode).isEmpty())));
        return menu;
    }

    private static void fill(Menu menu, SnapshotTargets targets, Consumer<SnapshotTarget> open) {
        menu.getItems().setAll(targets.targets().stream().map(target -> {
            MenuItem item = new MenuItem(target.name() + "...", new FontIcon("mdi2c-camera-outline"));
            item.setId(itemId(target));
            item.setMnemonicParsing(false);
            item.setOnAction(event -> open.accept(target));
            return item;
        }).toList());
    }

    static String itemId(SnapshotTarget target) {
        return "snapshot-" + target.id();
    }
}
