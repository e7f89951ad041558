package io.brigade.app.files;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.prefs.Preferences;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class JavaPrefsRecentFilesStoreTest {

    /** A node of this test's own, removed afterwards, so the user's real list is never touched. */
    private final Preferences node = Preferences.userRoot().node("io/brigade/test/" + UUID.randomUUID());
    private final JavaPrefsRecentFilesStore store = new JavaPrefsRecentFilesStore(node);

    @AfterEach
    void removeTheNode() throws Exception {
        node.removeNode();
    }

    @Test
    void savedFilesLoadBackInOrderAndAShorterListForgetsTheRest() {
        List<Path> files = List.of(Path.of("/a/one.scene.json"), Path.of("/b/two.scene.json"));

        store.save(files);
        assertThat(new JavaPrefsRecentFilesStore(node).load()).isEqualTo(files);
        store.save(files.subList(1, 2));
        assertThat(store.load()).containsExactly(Path.of("/b/two.scene.json"));
    }

    @Test
    void openingMovesAFileToTheFrontAndTheListStaysShort() {
        List<Path> files = new ArrayList<>();
        for (int i = 0; i < RecentFilesStore.LIMIT; i++) {
            files.add(Path.of("/scenes/s" + i + ".scene.json"));
        }

        List<Path> reopened = RecentFilesStore.withOpened(files, Path.of("/scenes/s3.scene.json"));
        List<Path> added = RecentFilesStore.withOpened(files, Path.of("/scenes/new.scene.json"));

        assertThat(reopened).hasSize(RecentFilesStore.LIMIT).first().isEqualTo(Path.of("/scenes/s3.scene.json"));
        assertThat(reopened).doesNotHaveDuplicates();
        assertThat(added).hasSize(RecentFilesStore.LIMIT).first().isEqualTo(Path.of("/scenes/new.scene.json"));
        assertThat(added).doesNotContain(Path.of("/scenes/s7.scene.json"));
    }
}
