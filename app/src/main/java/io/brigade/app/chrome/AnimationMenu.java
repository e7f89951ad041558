package io.brigade.app.chrome;

import io.brigade.app.edit.KeyframeEdits;
import io.brigade.app.timeline.KeyframesViewModel;
import io.brigade.engine.animation.Interpolation;
import java.util.Locale;
import javafx.beans.binding.Bindings;
import javafx.scene.Scene;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.ToggleGroup;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The Animation menu: the selection's keys at the current frame (add, delete, jump to the previous or next) and
 * how they ease. Its one-key shortcuts are safe while typing: a focused text field keeps the key press.
 */
public final class AnimationMenu {

    static final String ADD_KEY_TEXT = "Add Key";
    static final String DELETE_KEY_TEXT = "Delete Key";
    static final String PREVIOUS_KEY_TEXT = "Previous Key";
    static final String NEXT_KEY_TEXT = "Next Key";
    static final String INTERPOLATION_TEXT = "Interpolation";
    static final KeyCombination PREVIOUS_KEY_ALTERNATIVE =
            new KeyCodeCombination(KeyCode.LEFT, KeyCombination.ALT_DOWN);
    static final KeyCombination NEXT_KEY_ALTERNATIVE =
            new KeyCodeCombination(KeyCode.RIGHT, KeyCombination.ALT_DOWN);

    private AnimationMenu() {
    }

    public static Menu create(KeyframesViewModel keys) {
        MenuItem add = MainMenu.item("addKeyItem", ADD_KEY_TEXT, "mdi2k-key-plus", "K", keys::addKey);
        add.disableProperty().bind(keys.canAddKeyProperty().not());
        MenuItem delete = MainMenu.item("deleteKeyItem", DELETE_KEY_TEXT, "mdi2k-key-minus", "Shift+K",
                keys::deleteKey);
        delete.disableProperty().bind(keys.canDeleteKeyProperty().not());
        MenuItem previous = MainMenu.item("previousKeyItem", PREVIOUS_KEY_TEXT, "mdi2s-skip-backward", null,
                keys::previousKey);
        previous.setAccelerator(new KeyCodeCombination(KeyCode.OPEN_BRACKET));
        previous.disableProperty().bind(keys.hasPreviousKeyProperty().not());
        MenuItem next = MainMenu.item("nextKeyItem", NEXT_KEY_TEXT, "mdi2s-skip-forward", null, keys::nextKey);
        next.setAccelerator(new KeyCodeCombination(KeyCode.CLOSE_BRACKET));
        next.disableProperty().bind(keys.hasNextKeyProperty().not());

        Menu animation = new Menu("_Animation");
        animation.setId("animationMenu");
        animation.getItems().addAll(add, delete, new SeparatorMenuItem(), previous, next, new SeparatorMenuItem(),
                interpolationMenu(keys));
        return animation;
    }

    /** One choice per easing, the one in use ticked; it sets the current frame's key, or between keys every key. */
    private static Menu interpolationMenu(KeyframesViewModel keys) {
        Menu menu = new Menu(INTERPOLATION_TEXT, new FontIcon("mdi2v-vector-curve"));
        menu.setId("interpolationMenu");
        menu.textProperty().bind(Bindings.when(keys.interpolationScopeProperty().isEmpty()).then(INTERPOLATION_TEXT)
                .otherwise(Bindings.concat(INTERPOLATION_TEXT, " (", keys.interpolationScopeProperty(), ")")));
        menu.disableProperty().bind(keys.availableProperty().not());
        ToggleGroup group = new ToggleGroup();
        for (Interpolation easing : Interpolation.values()) {
            RadioMenuItem item = new RadioMenuItem(KeyframeEdits.displayName(easing));
            item.setId("interpolation-" + easing.name().toLowerCase(Locale.ROOT));
            item.setToggleGroup(group);
            item.setUserData(easing);
            item.setOnAction(event -> keys.setInterpolation(easing));
            menu.getItems().add(item);
        }
        Runnable show = () -> group.getToggles().forEach(
                toggle -> toggle.setSelected(toggle.getUserData() == keys.interpolationProperty().get()));
        keys.interpolationProperty().addListener(observable -> show.run());
        menu.setOnShowing(event -> show.run()); // a choice the keys refused is unticked again
        show.run();
        return menu;
    }

    /** Adds the shortcuts a menu item has no room for to the window. */
    public static void installAlternativeShortcuts(Scene scene, KeyframesViewModel keys) {
        scene.getAccelerators().put(PREVIOUS_KEY_ALTERNATIVE, keys::previousKey);
        scene.getAccelerators().put(NEXT_KEY_ALTERNATIVE, keys::nextKey);
    }
}
