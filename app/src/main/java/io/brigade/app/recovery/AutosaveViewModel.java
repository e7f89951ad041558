package io.brigade.app.recovery;

import io.brigade.app.chrome.Problem;
import io.brigade.app.concurrent.BackgroundTasks;
import io.brigade.app.edit.DocumentViewModel;
import io.brigade.engine.scene.Scene;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;

/**
 * Keeps unsaved changes safe from a crash: while the document has them, it is written to the recovery file
 * every {@link #PERIOD} (only when changed since the last autosave), off the FX thread; once there are no
 * unsaved changes (a clean save, an undo back to the saved state, another scene opened) the file goes. At
 * start, {@link #offerRecovery} offers what an earlier run left. Use it on the FX thread.
 */
public final class AutosaveViewModel {

    /** How often unsaved changes are autosaved. */
    public static final Duration PERIOD = Duration.ofSeconds(30);

    /** What the recovery file held at start. */
    private sealed interface Found {
        record Nothing() implements Found {
        }

        record Readable(RecoveredScene recovered) implements Found {
        }

        record Broken(Path keptAs, Exception why) implements Found {
        }
    }

    private final DocumentViewModel document;
    private final RecoveryStore store;
    private final BackgroundTasks backgroundTasks;
    private final Clock clock;
    private final Consumer<RecoveredScene> open;
    private final Consumer<Problem> problems;
    private final Runnable stopTicking;
    private final ReadOnlyObjectWrapper<Instant> lastAutosave = new ReadOnlyObjectWrapper<>(this, "lastAutosave");

    /** False until the recovery offer at start is dealt with, so that nothing overwrites an earlier run's file. */
    private boolean armed;
    private boolean writing;
    /** The scene the recovery file holds, or null when it holds none of this run's. */
    private Scene written;
    /** Counts discards, so that a write finishing after one does not count as the file's contents. */
    private long discards;

    /**
     * @param store           the recovery file; runs through {@code backgroundTasks}
     * @param backgroundTasks runs the file work off the FX thread, one task after another
     * @param ticker          ticks every {@link #PERIOD}
     * @param clock           gives the time of each autosave
     * @param open            opens a recovered scene as the document
     * @param problems        is told what went wrong
     */
    public AutosaveViewModel(DocumentViewModel document, RecoveryStore store, BackgroundTasks backgroundTasks,
                             Ticker ticker, Clock clock, Consumer<RecoveredScene> open, Consumer<Problem> problems) {
        this.document = Objects.requireNonNull(document, "document");
        this.store = Objects.requireNonNull(store, "store");
        this.backgroundTasks = Objects.requireNonNull(backgroundTasks, "backgroundTasks");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.open = Objects.requireNonNull(open, "open");
        this.problems = Objects.requireNonNull(problems, "problems");
        document.dirtyProperty().addListener((observable, was, dirty) -> {
            if (!dirty) {
                discard();
            }
        });
        document.fileProperty().addListener((observable, old, file) -> written = null); // name the new file
        stopTicking = ticker.every(PERIOD, this::autosave);
    }

    /** When the newest autosave of this run was written, or null before one. */
    public ReadOnlyObjectProperty<Instant> lastAutosaveProperty() {
        return lastAutosave.getReadOnlyProperty();
    }

    /**
     * Reads what an earlier run left in the background. A readable file is offered through {@code ask}:
     * Recover opens it, Discard deletes it and runs {@code otherwise}; no file runs {@code otherwise}; a broken
     * file is renamed aside and told as a problem naming where it went, and {@code otherwise} does not run, so
     * that opening a scene does not clear the message. Autosaving starts after that.
     */
    public void offerRecovery(Function<RecoveredScene, RecoveryPrompt.Answer> ask, Runnable otherwise) {
        Objects.requireNonNull(ask, "ask");
        Objects.requireNonNull(otherwise, "otherwise");
        backgroundTasks.run(this::find, found -> {
            armed = true;
            if (found instanceof Found.Readable readable) {
                answered(readable.recovered(), ask.apply(readable.recovered()), otherwise);
                return;
            }
            if (found instanceof Found.Broken broken) {
                problems.accept(Problem.of("The autosaved scene could not be read; its file was kept as "
                        + broken.keptAs(), broken.why()));
                return;
            }
            otherwise.run();
        }, failure -> {
            armed = true;
            problems.accept(Problem.of("Could not look for an autosaved scene in " + store.file(), failure));
        });
    }

    /** Writes the document to the recovery file when it has unsaved changes not autosaved yet. */
    void autosave() {
        Scene scene = document.sceneProperty().get();
        if (!armed || writing || scene == null || !document.dirtyProperty().get() || scene == written) {
            return;
        }
        writing = true;
        long discardsBefore = discards;
        RecoveredScene snapshot = new RecoveredScene(scene, Optional.ofNullable(document.fileProperty().get()),
                clock.instant());
        backgroundTasks.run(() -> {
            store.write(snapshot);
            return snapshot;
        }, done -> {
            writing = false;
            if (discardsBefore == discards) {
                written = scene;
                lastAutosave.set(done.savedAt());
            }
        }, failure -> {
            writing = false;
            problems.accept(Problem.of("Could not autosave to " + store.file(), failure));
        });
    }

    /** Deletes the recovery file: the changes in it are saved, or the user chose to lose them. */
    public void discard() {
        if (!armed) {
            return;
        }
        discards++;
        written = null;
        backgroundTasks.run(() -> {
            store.delete();
            return store.file();
        }, deleted -> { }, failure -> problems.accept(Problem.of("Could not delete the autosave " + store.file(),
                failure)));
    }

    /** Autosaves no more, as the application ends; file work already queued still happens. */
    public void stop() {
        stopTicking.run();
        armed = false;
    }

    private void answered(RecoveredScene recovered, RecoveryPrompt.Answer answer, Runnable otherwise) {
        switch (answer) {
            case RECOVER -> {
                open.accept(recovered);
                written = document.sceneProperty().get(); // the file holds it already
            }
            case DISCARD -> {
                discard();
                otherwise.run();
            }
        }
    }

    /** Off the FX thread. */
    private Found find() throws Exception {
        Optional<RecoveredScene> recovered;
        try {
            recovered = store.read();
        } catch (Exception unreadable) {
            return new Found.Broken(store.keepAside(clock.instant()), unreadable);
        }
        return recovered.<Found>map(Found.Readable::new).orElseGet(Found.Nothing::new);
    }
}
