package io.brigade.app.timeline;

import java.util.Objects;
import javafx.scene.Scene;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;

/**
 * Window-wide keys for the timeline: Space plays or pauses, Left and Right step a frame. They are caught
 * before the focused control sees them, so a focused button or slider does not act on them a second time;
 * text fields keep them for typing.
 */
public final class TimelineKeys {

    private TimelineKeys() {
    }

    public static void install(Scene scene, TimelineViewModel timeline) {
        Objects.requireNonNull(timeline, "timeline");
        scene.addEventFilter(KeyEvent.KEY_PRESSED, event -> {
            if (event.isShortcutDown() || event.isAltDown() || event.isShiftDown()
                    || scene.getFocusOwner() instanceof TextInputControl) {
                return;
            }
            if (handle(event.getCode(), timeline)) {
                event.consume();
            }
        });
    }

    private static boolean handle(KeyCode key, TimelineViewModel timeline) {
        switch (key) {
            case SPACE:
                timeline.togglePlay();
                return true;
            case LEFT:
                timeline.stepBack();
                return true;
            case RIGHT:
                timeline.stepForward();
                return true;
            default:
                return false;
        }
    }
}
