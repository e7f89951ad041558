package io.brigade.app.chrome;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.Separator;
import javafx.scene.control.ToolBar;
import javafx.scene.control.Tooltip;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The bar under the menus: an icon button for each menu item it is given, which does what the item does, is
 * enabled exactly when the item is, and names the item and its shortcut in its tooltip.
 */
public final class MainToolbar {

    private MainToolbar() {
    }

    /** One group of buttons per list, the groups set apart by thin rules. */
    @SafeVarargs
    public static ToolBar create(List<MenuItem>... groups) {
        List<Node> nodes = new ArrayList<>();
        for (List<MenuItem> group : groups) {
            if (!nodes.isEmpty()) {
                nodes.add(new Separator());
            }
            group.stream().map(MainToolbar::button).forEach(nodes::add);
        }
        ToolBar bar = new ToolBar(nodes.toArray(Node[]::new));
        bar.setId("toolBar");
        bar.getStyleClass().add("main-toolbar");
        return bar;
    }

    /** The items of {@code menu} with these ids, in this order; throws when one is missing. */
    public static List<MenuItem> items(Menu menu, String... ids) {
        return Arrays.stream(ids).map(id -> menu.getItems().stream().filter(item -> id.equals(item.getId()))
                .findFirst().orElseThrow(() -> new IllegalArgumentException("no item " + id + " in " + menu.getId())))
                .toList();
    }

    /** The button of {@code item}, whose id ends in "Item": the same id ending in "Button". */
    static Button button(MenuItem item) {
        FontIcon itemIcon = (FontIcon) item.getGraphic();
        Button button = new Button(null, new FontIcon(itemIcon.getIconLiteral()));
        button.setId(item.getId().replaceFirst("Item$", "") + "Button");
        button.getStyleClass().addAll("icon-button", "toolbar-button");
        button.setFocusTraversable(false);
        Tooltip tooltip = new Tooltip();
        tooltip.textProperty().bind(Bindings.createStringBinding(() -> tooltipText(item), item.textProperty(),
                item.acceleratorProperty()));
        button.setTooltip(tooltip);
        button.disableProperty().bind(item.disableProperty());
        button.setOnAction(event -> item.fire());
        return button;
    }

    /** The item's text without a trailing ellipsis, and its shortcut: "Open Scene (Ctrl+O)". */
    static String tooltipText(MenuItem item) {
        String text = item.getText().replace("_", "").replaceFirst("\\.\\.\\.$", "");
        return item.getAccelerator() == null ? text : text + " (" + item.getAccelerator().getDisplayText() + ")";
    }
}
