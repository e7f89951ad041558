package io.brigade.app.testing;

import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Closes the stages a test opened besides its own (dialogs, frame windows, the speedup window), so that no
 * later test finds them: {@code robot.lookup} and {@code robot.clickOn} search every showing window.
 */
public final class OpenStages {

    private static final long CLOSE_SECONDS = 30;

    private OpenStages() {
    }

    /** Closes every showing stage but {@code kept}, on the FX thread, from it or from any other thread. */
    public static void closeAllBut(Window kept) throws InterruptedException, ExecutionException, TimeoutException {
        if (Platform.isFxApplicationThread()) {
            closeNow(kept);
        } else {
            WaitForAsyncUtils.asyncFx(() -> closeNow(kept)).get(CLOSE_SECONDS, TimeUnit.SECONDS);
        }
    }

    private static void closeNow(Window kept) {
        for (Window window : List.copyOf(Window.getWindows())) {
            if (window != kept && window instanceof Stage other) {
                other.close();
            }
        }
    }

    /**
     * Shows {@code scene} on {@code stage} at the scene's own size, whatever an earlier test in this JVM left the
     * shared stage as (maximized by presentation mode, or resized).
     */
    public static void showAtSceneSize(Stage stage, Scene scene) {
        stage.setMaximized(false);
        stage.setScene(scene);
        stage.sizeToScene();
        stage.show();
    }
}
