package io.brigade.app.files;

import io.brigade.app.chrome.Messages;
import io.brigade.app.chrome.Problem;
import io.brigade.app.concurrent.BackgroundTasks;
import io.brigade.app.dialogs.UnsavedChangesPrompt;
import io.brigade.app.edit.DocumentViewModel;
import io.brigade.app.edit.NewScene;
import io.brigade.app.edit.ObjImport;
import io.brigade.app.recovery.AutosaveViewModel;
import io.brigade.app.recovery.RecoveredScene;
import io.brigade.app.recovery.RecoveryStore;
import io.brigade.app.recovery.Ticker;
import io.brigade.engine.scene.Scene;
import io.brigade.engine.scene.StandardAssetResolver;
import io.brigade.engine.scene.json.SceneFiles;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.beans.value.ObservableStringValue;
import javafx.collections.ObservableList;

/**
 * The File menu's commands on the open scene: open, new, save, save as, import a model, the unsaved-changes
 * question, recent files and autosave. Files are read and written off the FX thread; what happened shows in the
 * window's {@link Messages}. Use it on the FX thread.
 */
public final class SceneFileCommands {

    private final SceneLoader sceneLoader;
    private final BackgroundTasks backgroundTasks;
    private final DocumentViewModel document;
    private final RecentFiles recentFiles;
    private final Messages messages;
    private final ObservableStringValue sceneName;
    private final Consumer<Scene> showFromStart;

    /** Autosaves unsaved changes once {@link #enableAutosave} is called; null before. */
    private AutosaveViewModel autosave;

    /** Counts opens, so that a slow load finishing after a newer one began is ignored. */
    private long openRequests;

    /**
     * @param sceneName     the open scene's name as the window shows it
     * @param showFromStart shows a scene that has just become the document from its first frame, nothing selected
     */
    public SceneFileCommands(SceneLoader sceneLoader, BackgroundTasks backgroundTasks, DocumentViewModel document,
                             RecentFiles recentFiles, Messages messages, ObservableStringValue sceneName,
                             Consumer<Scene> showFromStart) {
        this.sceneLoader = Objects.requireNonNull(sceneLoader, "sceneLoader");
        this.backgroundTasks = Objects.requireNonNull(backgroundTasks, "backgroundTasks");
        this.document = Objects.requireNonNull(document, "document");
        this.recentFiles = Objects.requireNonNull(recentFiles, "recentFiles");
        this.messages = Objects.requireNonNull(messages, "messages");
        this.sceneName = Objects.requireNonNull(sceneName, "sceneName");
        this.showFromStart = Objects.requireNonNull(showFromStart, "showFromStart");
    }

    /**
     * Starts reading {@code file} in the background. On success it becomes the open scene at its first
     * frame; on failure the scene open before stays and the problem names the file and the field at fault.
     */
    public void openScene(Path file) {
        Objects.requireNonNull(file, "file");
        long request = ++openRequests;
        messages.status("Opening " + file.toAbsolutePath() + "...");
        backgroundTasks.run(() -> sceneLoader.load(file),
                loaded -> {
                    if (request == openRequests) {
                        opened(file, loaded);
                    }
                },
                failure -> {
                    if (request == openRequests) {
                        openFailed(file, failure);
                    }
                });
    }

    /** File > New: a new scene (camera, a light, a ground plane) that belongs to no file until saved. */
    public void newScene() {
        openRequests++; // a load still running must not replace the new scene
        document.openNew(NewScene.create());
        messages.problem(null);
        messages.status("New scene");
        showFromStart.accept(document.sceneProperty().get());
    }

    /** True while the open scene belongs to no file yet, so that Save must ask where it goes. */
    public boolean isUntitled() {
        return document.sceneProperty().get() != null && document.fileProperty().get() == null;
    }

    /** Saves the scene to its own file in the background; does nothing before one is open. */
    public void save() {
        save(Optional::empty, () -> { });
    }

    /**
     * Saves the scene to {@code file} in the background, where it then belongs; a name without the scene
     * extension gets it, as the platform's save dialogs do not always add it.
     */
    public void saveAs(Path file) {
        Objects.requireNonNull(file, "file");
        if (document.sceneProperty().get() != null) {
            Path named = withSceneExtension(file);
            saveTo(named, () -> recentFiles.remember(named));
        }
    }

    /**
     * Runs {@code proceed} once unsaved changes are dealt with: at once when there are none; otherwise as
     * {@code ask} answers: after a successful save, at once without saving, or not at all when cancelled or
     * when the save fails (the problem then says why).
     */
    public void proceedDespiteUnsavedChanges(Supplier<UnsavedChangesPrompt.Answer> ask, Runnable proceed) {
        proceedDespiteUnsavedChanges(ask, Optional::empty, proceed);
    }

    /**
     * As {@link #proceedDespiteUnsavedChanges(Supplier, Runnable)}; a scene never saved is saved to the file
     * {@code chooseFile} names (the Save As dialog), and cancelling that proceeds not.
     */
    public void proceedDespiteUnsavedChanges(Supplier<UnsavedChangesPrompt.Answer> ask,
                                             Supplier<Optional<Path>> chooseFile, Runnable proceed) {
        Objects.requireNonNull(ask, "ask");
        Objects.requireNonNull(chooseFile, "chooseFile");
        Objects.requireNonNull(proceed, "proceed");
        if (!document.dirtyProperty().get()) {
            proceed.run();
            return;
        }
        switch (ask.get()) {
            case SAVE -> save(chooseFile, proceed);
            case DONT_SAVE -> {
                discardAutosave();
                proceed.run();
            }
            case CANCEL -> messages.status("Kept the unsaved changes to " + sceneName.get());
        }
    }

    /**
     * Adds the model in {@code objFile} to the open scene as one undoable edit, read off the FX thread; a file
     * that cannot be read shows in the banner (file and line) and changes nothing.
     */
    public void importObj(Path objFile) {
        Scene scene = document.sceneProperty().get();
        if (scene == null) {
            return;
        }
        Optional<Path> sceneFile = Optional.ofNullable(document.fileProperty().get());
        String name = fileName(objFile);
        messages.status("Importing " + objFile.toAbsolutePath() + "...");
        backgroundTasks.run(() -> ObjImport.withObjAdded(scene, objFile, sceneFile, new StandardAssetResolver()),
                imported -> {
                    if (document.sceneProperty().get() != scene) {
                        messages.status("Did not import " + name + ": the scene changed while it was read");
                        return;
                    }
                    document.apply("Import " + name, imported);
                    messages.status("Imported " + name);
                    List<String> warnings = imported.loadWarnings().stream()
                            .filter(warning -> !scene.loadWarnings().contains(warning)).toList();
                    messages.problem(loadWarnings("Imported " + name, warnings));
                }, failure -> {
                    messages.problem(Problem.of("Could not import " + name, failure));
                    messages.status("Could not import " + name);
                });
    }

    /** The scene files opened lately, newest first, for File > Open Recent. */
    public ObservableList<Path> recentFiles() {
        return recentFiles.files();
    }

    /**
     * Starts autosaving unsaved changes to {@code store} every {@link AutosaveViewModel#PERIOD} of
     * {@code ticker}, stamped by {@code clock}; call once, then {@link AutosaveViewModel#offerRecovery}.
     */
    public AutosaveViewModel enableAutosave(RecoveryStore store, Ticker ticker, Clock clock) {
        if (autosave != null) {
            throw new IllegalStateException("autosave is already on");
        }
        autosave = new AutosaveViewModel(document, store, backgroundTasks, ticker, clock, this::openRecovered,
                messages::problem);
        return autosave;
    }

    /** Deletes the autosave, as when closing after choosing not to save; nothing when autosave is off. */
    public void discardAutosave() {
        if (autosave != null) {
            autosave.discard();
        }
    }

    static Path withSceneExtension(Path file) {
        String name = fileName(file);
        return name.toLowerCase(Locale.ROOT).endsWith(".json")
                ? file
                : file.resolveSibling(name + SceneFiles.EXTENSION);
    }

    private void openRecovered(RecoveredScene recovered) {
        openRequests++;
        document.openRecovered(recovered.sceneFile(), recovered.scene());
        messages.problem(null);
        messages.status("Recovered the unsaved changes to " + recovered.sceneName());
        showFromStart.accept(recovered.scene());
    }

    /** Saves to the scene's file, or for a scene never saved to the file {@code chooseFile} names, if any. */
    private void save(Supplier<Optional<Path>> chooseFile, Runnable then) {
        Path file = document.fileProperty().get();
        if (file != null) {
            saveTo(file, then);
        } else if (document.sceneProperty().get() != null) {
            chooseFile.get().ifPresent(chosen -> saveTo(withSceneExtension(chosen), then));
        }
    }

    private void saveTo(Path file, Runnable then) {
        messages.status("Saving " + file.toAbsolutePath() + "...");
        document.saveTo(file, () -> {
            messages.status("Saved " + file.toAbsolutePath());
            then.run();
        }, failure -> {
            messages.problem(Problem.of("Could not save " + fileName(file), failure));
            messages.status("Could not save " + fileName(file));
        });
    }

    private void opened(Path file, Scene loaded) {
        document.open(file, loaded);
        messages.status("Opened " + file.toAbsolutePath());
        recentFiles.remember(file);
        messages.problem(loadWarnings("Opened " + fileName(file), loaded.loadWarnings()));
        showFromStart.accept(loaded);
    }

    private void openFailed(Path file, Exception failure) {
        String name = fileName(file);
        messages.problem(Problem.of("Could not open " + name, failure));
        messages.status(document.sceneProperty().get() == null
                ? "Could not open " + name
                : "Could not open " + name + "; still showing " + sceneName.get());
    }

    /** A warning naming each thing the model loaders forgave, or null when there was nothing. */
    private static Problem loadWarnings(String done, List<String> warnings) {
        if (warnings.isEmpty()) {
            return null;
        }
        return Problem.warning(done + " with " + warnings.size() + (warnings.size() == 1 ? " warning" : " warnings"),
                warnings);
    }

    private static String fileName(Path file) {
        return file.getFileName().toString();
    }
}
