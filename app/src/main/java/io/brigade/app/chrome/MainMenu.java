package io.brigade.app.chrome;

import io.brigade.app.files.Samples;
import io.brigade.engine.scene.json.SceneFiles;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableBooleanValue;
import javafx.beans.value.ObservableStringValue;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.input.KeyCombination;
import org.kordamp.ikonli.javafx.FontIcon;

/** The main window's menu bar: File, Edit and Render; each item runs the action it was given. */
public final class MainMenu {

    public static final String NEW_SCENE_TEXT = "New Scene";
    public static final String OPEN_SCENE_TEXT = "Open Scene...";
    public static final String OPEN_RECENT_TEXT = "Open Recent";
    public static final String OPEN_SAMPLE_TEXT = "Open Sample";
    public static final String IMPORT_OBJ_TEXT = "Import OBJ...";
    public static final String SAVE_TEXT = "Save";
    public static final String SAVE_AS_TEXT = "Save As...";
    public static final String QUIT_TEXT = "Quit";
    static final String RENDER_ANIMATION_TEXT = "Render Animation";
    static final String RENDER_INTO_TEXT = "Render Into...";
    static final String RENDER_STILL_TEXT = "Render Still";
    static final String RENDER_SETTINGS_TEXT = "Settings...";
    static final String CANCEL_RENDER_TEXT = "Cancel Render";

    /** What the File menu's items do. */
    public record FileActions(Runnable openScene, Consumer<Path> openRecent, Runnable importObj, Runnable save,
                       Runnable saveAs, Runnable quit) {
        public FileActions {
            Objects.requireNonNull(openRecent, "openRecent");
            Objects.requireNonNull(importObj, "importObj");
            Objects.requireNonNull(openScene, "openScene");
            Objects.requireNonNull(save, "save");
            Objects.requireNonNull(saveAs, "saveAs");
            Objects.requireNonNull(quit, "quit");
        }
    }

    private MainMenu() {
    }

    public static MenuBar create(Menu... menus) {
        MenuBar bar = new MenuBar(menus);
        bar.setId("menuBar");
        return bar;
    }

    /** Open, Import OBJ, Save and Save As, Quit; importing and saving need an open scene. */
    public static Menu fileMenu(FileActions actions, ObservableBooleanValue sceneOpen, ObservableList<Path> recentFiles) {
        MenuItem open = item("openSceneItem", OPEN_SCENE_TEXT, "mdi2f-folder-open-outline", "Shortcut+O",
                actions.openScene());
        MenuItem save = item("saveItem", SAVE_TEXT, "mdi2c-content-save-outline", "Shortcut+S", actions.save());
        MenuItem saveAs = item("saveAsItem", SAVE_AS_TEXT, "mdi2c-content-save-edit-outline", "Shortcut+Shift+S",
                actions.saveAs());
        Menu recent = new Menu(OPEN_RECENT_TEXT, new FontIcon("mdi2h-history"));
        recent.setId("openRecentMenu");
        fillRecent(recent, recentFiles, actions.openRecent());
        recentFiles.addListener((ListChangeListener<Path>) change -> fillRecent(recent, recentFiles,
                actions.openRecent()));
        MenuItem importObj = item("importObjItem", IMPORT_OBJ_TEXT, "mdi2c-cube-outline", "Shortcut+I",
                actions.importObj());
        importObj.disableProperty().bind(Bindings.not(sceneOpen));
        save.disableProperty().bind(Bindings.not(sceneOpen));
        saveAs.disableProperty().bind(Bindings.not(sceneOpen));
        MenuItem exit = item("quitItem", QUIT_TEXT, "mdi2e-exit-to-app", "Shortcut+Q", actions.quit());

        Menu file = new Menu("_File");
        file.setId("fileMenu");
        file.getItems().addAll(open, recent, importObj, new SeparatorMenuItem(), save, saveAs, new SeparatorMenuItem(), exit);
        return file;
    }

    /**
     * Render > Render Animation and Render Still, each while a scene is open and no render of its kind runs;
     * Settings... while a scene is open.
     */
    public static Menu renderMenu(Runnable renderAnimation, ObservableBooleanValue canRender, Runnable renderStill,
                           ObservableBooleanValue canRenderStill, Runnable settings, ObservableBooleanValue sceneOpen) {
        MenuItem animation = item("renderAnimationItem", RENDER_ANIMATION_TEXT, "mdi2m-movie-roll", "Shortcut+R",
                renderAnimation);
        animation.disableProperty().bind(Bindings.not(canRender));
        MenuItem still = item("renderStillItem", RENDER_STILL_TEXT, "mdi2i-image-outline", "Shortcut+Shift+R",
                renderStill);
        still.disableProperty().bind(Bindings.not(canRenderStill));
        Menu render = new Menu("_Render");
        render.setId("renderMenu");
        MenuItem settingsItem = item("renderSettingsItem", RENDER_SETTINGS_TEXT, "mdi2t-tune-variant", null,
                settings);
        settingsItem.disableProperty().bind(Bindings.not(sceneOpen));
        render.getItems().addAll(animation, still, new SeparatorMenuItem(), settingsItem);
        return render;
    }

    /** Render > Render Into...: the animation into a folder asked for each time, enabled as Render Animation is. */
    public static MenuItem renderIntoItem(Runnable renderInto, ObservableBooleanValue canRender) {
        MenuItem into = item("renderIntoItem", RENDER_INTO_TEXT, "mdi2f-folder-play-outline", null, renderInto);
        into.disableProperty().bind(Bindings.not(canRender));
        return into;
    }

    /** File > New Scene (Ctrl+N), always enabled. */
    public static MenuItem newSceneItem(Runnable newScene) {
        return item("newSceneItem", NEW_SCENE_TEXT, "mdi2f-file-outline", "Shortcut+N", newScene);
    }

    /**
     * File > Open Sample: one item per sample scene, named by its file, disabled while there is none; a folder
     * that cannot be read says why in its only item.
     */
    public static Menu openSampleMenu(Samples samples, Consumer<Path> open) {
        Menu menu = new Menu(OPEN_SAMPLE_TEXT, new FontIcon("mdi2f-file-star-outline"));
        menu.setId("openSampleMenu");
        try {
            List<Path> scenes = samples.scenes();
            menu.getItems().setAll(scenes.stream().map(file -> sampleItem(file, open)).toList());
            menu.setDisable(scenes.isEmpty());
        } catch (IOException e) {
            MenuItem problem = new MenuItem("Could not list the samples in " + samples.folder() + ": " + e);
            problem.setMnemonicParsing(false);
            problem.setDisable(true);
            menu.getItems().setAll(problem);
        }
        return menu;
    }

    private static MenuItem sampleItem(Path file, Consumer<Path> open) {
        String name = file.getFileName().toString();
        MenuItem item = new MenuItem(name.substring(0, name.length() - SceneFiles.EXTENSION.length()));
        item.setMnemonicParsing(false);
        item.setOnAction(event -> open.accept(file));
        return item;
    }

    /** One item per recent file, "name \u2014 folder"; the submenu is disabled while there is none. */
    private static void fillRecent(Menu recent, List<Path> files, Consumer<Path> open) {
        recent.getItems().setAll(files.stream().map(file -> {
            Path name = file.getFileName();
            MenuItem item = new MenuItem((name == null ? file : name) + "  \u2014  " + file.getParent());
            item.setMnemonicParsing(false);
            item.setOnAction(event -> open.accept(file));
            return item;
        }).toList());
        recent.setDisable(files.isEmpty());
    }

    static MenuItem item(String id, String text, String iconLiteral, String accelerator, Runnable action) {
        MenuItem item = new MenuItem(text, new FontIcon(iconLiteral));
        item.setId(id);
        if (accelerator != null) {
            item.setAccelerator(KeyCombination.keyCombination(accelerator));
        }
        item.setOnAction(event -> action.run());
        return item;
    }

    /** An item whose text follows {@code text}, enabled while {@code enabled} holds. */
    static MenuItem item(String id, ObservableStringValue text, ObservableBooleanValue enabled, String iconLiteral,
                         String accelerator, Runnable action) {
        MenuItem item = item(id, text.get(), iconLiteral, accelerator, action);
        item.textProperty().bind(text);
        item.disableProperty().bind(Bindings.not(enabled));
        return item;
    }

    /** Render > Cancel Render: stops the animation and the still, enabled while either renders. */
    public static MenuItem cancelRenderItem(Runnable cancel, ObservableBooleanValue rendering) {
        MenuItem item = item("cancelRenderItem", CANCEL_RENDER_TEXT, "mdi2s-stop-circle-outline", null, cancel);
        item.disableProperty().bind(Bindings.not(rendering));
        return item;
    }
}
