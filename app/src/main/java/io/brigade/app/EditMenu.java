package io.brigade.app;

import io.brigade.app.edit.DocumentViewModel;
import javafx.scene.Scene;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.input.KeyCombination;

/** The Edit menu: undo and redo, named after the edit they act on. */
final class EditMenu {

    /** Redo's second shortcut, as many editors offer it beside Ctrl+Y. */
    static final KeyCombination REDO_ALTERNATIVE = KeyCombination.keyCombination("Shortcut+Shift+Z");

    private EditMenu() {
    }

    static Menu create(DocumentViewModel document, MenuItem... more) {
        MenuItem undo = MainMenu.item("undoItem", document.undoTextProperty(), document.canUndoProperty(),
                "mdi2u-undo", "Shortcut+Z", document::undo);
        MenuItem redo = MainMenu.item("redoItem", document.redoTextProperty(), document.canRedoProperty(),
                "mdi2r-redo", "Shortcut+Y", document::redo);
        Menu edit = new Menu("_Edit");
        edit.setId("editMenu");
        edit.getItems().addAll(undo, redo);
        edit.getItems().addAll(more);
        return edit;
    }

    /** Adds the shortcuts a menu item has no room for to the window. */
    static void installAlternativeShortcuts(Scene scene, DocumentViewModel document) {
        scene.getAccelerators().put(REDO_ALTERNATIVE, document::redo);
    }
}
