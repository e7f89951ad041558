package io.brigade.app.viewport;

import java.util.Objects;
import javafx.scene.Scene;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;

/**
 * The window-wide key of the viewport: Home looks through the scene's camera again. Text fields keep it for
 * moving the caret, which is why it is no menu accelerator.
 */
public final class ViewportKeys {

    private ViewportKeys() {
    }

    public static void install(Scene scene, ViewportViewModel viewport) {
        Objects.requireNonNull(viewport, "viewport");
        scene.addEventFilter(KeyEvent.KEY_PRESSED, event -> {
            if (event.getCode() == KeyCode.HOME && !event.isShortcutDown() && !event.isAltDown()
                    && !event.isShiftDown() && !(scene.getFocusOwner() instanceof TextInputControl)) {
                viewport.viewThroughSceneCamera();
                event.consume();
            }
        });
    }
}
