package io.brigade.app.files;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javafx.collections.ListChangeListener;
import org.junit.jupiter.api.Test;

class RecentFilesTest {

    private static final Path A = Path.of("a.scene.json").toAbsolutePath();
    private static final Path B = Path.of("b.scene.json").toAbsolutePath();
    private static final Path C = Path.of("c.scene.json").toAbsolutePath();

    private final RecentFilesStore store = RecentFilesStore.inMemory();

    @Test
    void startsWithWhatTheStoreKeptAndPutsARememberedFileFirstInBoth() {
        store.save(List.of(A, B));
        RecentFiles recent = new RecentFiles(store);

        recent.remember(B);

        assertThat(recent.files()).containsExactly(B, A);
        assertThat(new RecentFiles(store).files()).containsExactly(B, A);
    }

    @Test
    void theSameReadOnlyViewKeepsReportingChanges() {
        RecentFiles recent = new RecentFiles(store);
        List<Path> heard = new ArrayList<>();
        recent.files().addListener((ListChangeListener<Path>) change -> heard.add(recent.files().get(0)));
        System.gc();

        recent.remember(C);

        assertThat(recent.files()).isSameAs(recent.files());
        assertThat(heard).containsExactly(C);
    }
}
