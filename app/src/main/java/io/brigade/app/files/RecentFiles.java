package io.brigade.app.files;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/** The scene files opened lately, newest first, for File > Open Recent: kept in a store between runs. Use on the FX thread. */
public final class RecentFiles {

    private final RecentFilesStore store;
    private final ObservableList<Path> files = FXCollections.observableArrayList();
    /** One read-only view, kept: a view listens to the list only weakly, so a view made per call stops updating. */
    private final ObservableList<Path> filesView = FXCollections.unmodifiableObservableList(files);

    /** Starts with what {@code store} kept from earlier runs. */
    public RecentFiles(RecentFilesStore store) {
        this.store = Objects.requireNonNull(store, "store");
        files.setAll(store.load());
    }

    /** The files, newest first; updates as files are remembered. */
    public ObservableList<Path> files() {
        return filesView;
    }

    /** Puts {@code file} first, for this run and the next. */
    public void remember(Path file) {
        files.setAll(RecentFilesStore.withOpened(files, file));
        store.save(List.copyOf(files));
    }
}
