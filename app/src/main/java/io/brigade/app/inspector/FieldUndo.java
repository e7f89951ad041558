package io.brigade.app.inspector;

import java.util.function.Supplier;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;

/**
 * Undo and redo keys in an inspector field: while the field shows the value in use (nothing typed since),
 * they undo and redo the scene edits, as the menu would; while typing, the field keeps them for its text.
 */
final class FieldUndo {

    private static final KeyCombination UNDO = KeyCombination.keyCombination("Shortcut+Z");
    private static final KeyCombination REDO = KeyCombination.keyCombination("Shortcut+Y");
    private static final KeyCombination REDO_ALTERNATIVE = KeyCombination.keyCombination("Shortcut+Shift+Z");

    private FieldUndo() {
    }

    static void install(TextField field, Supplier<String> textInUse, EditHistory inspector) {
        field.addEventFilter(KeyEvent.KEY_PRESSED, event -> {
            if (!field.getText().equals(textInUse.get())) {
                return;
            }
            if (UNDO.match(event)) {
                inspector.undo();
                event.consume();
            } else if (REDO.match(event) || REDO_ALTERNATIVE.match(event)) {
                inspector.redo();
                event.consume();
            }
        });
    }
}
