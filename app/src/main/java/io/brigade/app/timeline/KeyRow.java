package io.brigade.app.timeline;

import io.brigade.app.edit.KeyframeEdits;
import io.brigade.engine.animation.Interpolation;
import javafx.beans.binding.Bindings;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.Separator;
import javafx.scene.control.Tooltip;
import javafx.geometry.Orientation;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.util.StringConverter;
import org.kordamp.ikonli.javafx.FontIcon;

/** The row above the timeline bar: whose keys are drawn, buttons to jump, add and delete keys, and easing. */
final class KeyRow {

    static final String MIXED = "Mixed";

    private KeyRow() {
    }

    static HBox create(KeyframesViewModel keys) {
        Label title = new Label();
        title.setId("keysTitle");
        title.getStyleClass().add("keys-title");
        title.setGraphic(new FontIcon("mdi2r-rhombus-outline"));
        title.textProperty().bind(keys.titleProperty());
        title.setMinWidth(0);
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);

        Button previous = button("previousKeyButton", "mdi2s-skip-backward", "Previous key ([ or Alt+Left)",
                keys::previousKey);
        previous.disableProperty().bind(keys.hasPreviousKeyProperty().not());
        Button add = button("addKeyButton", "mdi2k-key-plus", "Add key at this frame (K)", keys::addKey);
        add.disableProperty().bind(keys.canAddKeyProperty().not());
        Button delete = button("deleteKeyButton", "mdi2k-key-minus", "Delete the key at this frame (Shift+K)",
                keys::deleteKey);
        delete.disableProperty().bind(keys.canDeleteKeyProperty().not());
        Button next = button("nextKeyButton", "mdi2s-skip-forward", "Next key (] or Alt+Right)", keys::nextKey);
        next.disableProperty().bind(keys.hasNextKeyProperty().not());

        Label scope = new Label();
        scope.setId("interpolationScope");
        scope.getStyleClass().add("keys-scope");
        scope.textProperty().bind(keys.interpolationScopeProperty());
        ComboBox<Interpolation> easing = interpolationBox(keys);
        // A narrow pane or presentation mode's larger type shortens the title, never the easing shown.
        scope.setMinWidth(Region.USE_PREF_SIZE);
        easing.setMinWidth(Region.USE_PREF_SIZE);
        HBox row = new HBox(title, spacer, previous, add, delete, next, new Separator(Orientation.VERTICAL), scope,
                easing);
        row.setId("keyRow");
        row.getStyleClass().add("key-row");
        row.setAlignment(Pos.CENTER_LEFT);
        return row;
    }

    private static ComboBox<Interpolation> interpolationBox(KeyframesViewModel keys) {
        ComboBox<Interpolation> box = new ComboBox<>();
        box.setId("interpolationBox");
        box.getStyleClass().add("interpolation-box");
        box.getItems().setAll(Interpolation.values());
        // The button cell rather than the prompt text names a mixed value: a combo box hides its prompt once it
        // has had a value.
        ShownEasing shown = new ShownEasing(keys);
        box.setButtonCell(shown);
        keys.availableProperty().addListener(observable -> shown.show(box.getValue()));
        box.setFocusTraversable(false);
        box.setConverter(new StringConverter<>() {
            @Override
            public String toString(Interpolation easing) {
                return easing == null ? MIXED : KeyframeEdits.displayName(easing);
            }

            @Override
            public Interpolation fromString(String text) {
                throw new UnsupportedOperationException("the box is not editable");
            }
        });
        Tooltip tip = new Tooltip();
        tip.textProperty().bind(Bindings.when(keys.interpolationScopeProperty().isEqualTo(KeyframesViewModel.KEY_SCOPE))
                .then("How the key at this frame eases on to the next")
                .otherwise("How every key of the selection eases on to the next"));
        box.setTooltip(tip);
        box.disableProperty().bind(keys.availableProperty().not());
        boolean[] showing = {false};
        Runnable show = () -> {
            showing[0] = true;
            box.setValue(keys.interpolationProperty().get());
            showing[0] = false;
        };
        keys.interpolationProperty().addListener(observable -> show.run());
        keys.interpolationScopeProperty().addListener(observable -> show.run());
        show.run();
        box.valueProperty().addListener((observable, old, easing) -> {
            if (!showing[0] && easing != null) {
                keys.setInterpolation(easing);
                show.run(); // a refused change gives way to what the keys really have
            }
        });
        return box;
    }

    /** The easing on show: its name, "Mixed" while the keys differ, nothing while nothing is selected. */
    private static final class ShownEasing extends ListCell<Interpolation> {

        private final KeyframesViewModel keys;

        ShownEasing(KeyframesViewModel keys) {
            this.keys = keys;
        }

        @Override
        protected void updateItem(Interpolation easing, boolean empty) {
            super.updateItem(easing, empty);
            show(empty ? null : easing);
        }

        void show(Interpolation easing) {
            if (!keys.availableProperty().get()) {
                setText(null);
            } else {
                setText(easing == null ? MIXED : KeyframeEdits.displayName(easing));
            }
        }
    }

    private static Button button(String id, String icon, String tooltip, Runnable action) {
        Button button = TimelineBar.iconButton(id, icon, tooltip);
        button.setOnAction(event -> action.run());
        return button;
    }
}
