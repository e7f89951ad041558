package io.brigade.app.chrome;

import io.brigade.app.edit.DocumentViewModel;
import io.brigade.app.outliner.OutlinerViewModel;
import io.brigade.engine.geometry.primitive.PrimitiveFactory;
import io.brigade.engine.geometry.primitive.PrimitiveKind;
import java.util.Locale;
import javafx.beans.property.SimpleStringProperty;
import javafx.scene.Scene;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.input.KeyCombination;
import org.kordamp.ikonli.javafx.FontIcon;

/** The Edit menu: undo and redo, named after the edit they act on; adding, duplicating and deleting objects. */
public final class EditMenu {

    /** Redo's second shortcut, as many editors offer it beside Ctrl+Y. */
    static final KeyCombination REDO_ALTERNATIVE = KeyCombination.keyCombination("Shortcut+Shift+Z");

    private EditMenu() {
    }

    static final String DUPLICATE_TEXT = "Duplicate";
    static final String DELETE_TEXT = "Delete";

    public static Menu create(DocumentViewModel document, OutlinerViewModel outliner) {
        MenuItem undo = MainMenu.item("undoItem", document.undoTextProperty(), document.canUndoProperty(),
                "mdi2u-undo", "Shortcut+Z", document::undo);
        MenuItem redo = MainMenu.item("redoItem", document.redoTextProperty(), document.canRedoProperty(),
                "mdi2r-redo", "Shortcut+Y", document::redo);
        Menu edit = new Menu("_Edit");
        edit.setId("editMenu");
        edit.getItems().addAll(undo, redo, new SeparatorMenuItem(), addMenu(document, outliner),
                MainMenu.item("duplicateItem", new SimpleStringProperty(DUPLICATE_TEXT),
                        outliner.objectSelectedProperty(), "mdi2c-content-copy", "Shortcut+D",
                        outliner::duplicateSelected),
                // No accelerator: Delete must keep deleting text in the fields; the outliner takes the key itself.
                MainMenu.item("deleteItem", new SimpleStringProperty(DELETE_TEXT),
                        outliner.objectSelectedProperty(), "mdi2d-delete-outline", null, outliner::deleteSelected));
        return edit;
    }

    /** Add > one item per primitive, in the order the engine offers them. */
    private static Menu addMenu(DocumentViewModel document, OutlinerViewModel outliner) {
        Menu add = new Menu("Add", new FontIcon("mdi2p-plus-box-outline"));
        add.setId("addMenu");
        add.disableProperty().bind(document.sceneProperty().isNull());
        for (PrimitiveKind kind : PrimitiveFactory.kinds()) {
            String text = kind.id().substring(0, 1).toUpperCase(Locale.ROOT) + kind.id().substring(1);
            add.getItems().add(MainMenu.item("add-" + kind.id(), text, "mdi2s-shape-outline", null,
                    () -> outliner.addPrimitive(kind)));
        }
        return add;
    }

    /** Adds the shortcuts a menu item has no room for to the window. */
    public static void installAlternativeShortcuts(Scene scene, DocumentViewModel document) {
        scene.getAccelerators().put(REDO_ALTERNATIVE, document::redo);
    }
}
