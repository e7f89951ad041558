package io.brigade.app;

import io.brigade.app.files.StartupScene;
import javafx.application.Application;

/**
 * Entry point for a plain classpath launch ({@code java -cp ... io.brigade.app.Launcher [scene file]}); the
 * arguments go to {@link BrigadeApp}, which opens the scene file named (see {@link StartupScene}).
 *
 * <p>The JDK's launcher refuses a main class that extends {@code Application} when JavaFX is not on the
 * module path ("JavaFX runtime components are missing"); a main class that does not extend it has no such
 * check, so this one only hands over to {@link BrigadeApp}.
 */
public final class Launcher {

    private Launcher() {
    }

    public static void main(String[] args) {
        Application.launch(BrigadeApp.class, args);
    }
}
