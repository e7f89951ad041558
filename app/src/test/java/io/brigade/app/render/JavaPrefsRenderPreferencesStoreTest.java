package io.brigade.app.render;

import static org.assertj.core.api.Assertions.assertThat;

import io.brigade.app.farm.FarmPreferences;
import java.nio.file.Path;
import java.util.Optional;
import java.util.UUID;
import java.util.prefs.Preferences;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class JavaPrefsRenderPreferencesStoreTest {

    /** A node of this test's own, removed afterwards, so the user's real preferences are never touched. */
    private final Preferences node = Preferences.userRoot().node("io/brigade/test/" + UUID.randomUUID());
    private final JavaPrefsRenderPreferencesStore store = new JavaPrefsRenderPreferencesStore(node);

    @AfterEach
    void removeTheNode() throws Exception {
        node.removeNode();
    }

    @Test
    void nothingStoredGivesTheDefaults() {
        assertThat(store.load()).isEqualTo(RenderPreferences.defaults());
    }

    @Test
    void savedPreferencesLoadBack() {
        RenderPreferences saved = new RenderPreferences(1, Optional.of(Path.of("renders", "shots")));

        store.save(saved);

        assertThat(new JavaPrefsRenderPreferencesStore(node).load()).isEqualTo(saved);
        store.save(new RenderPreferences(2, Optional.empty()));
        assertThat(store.load()).isEqualTo(new RenderPreferences(2, Optional.empty()));
    }

    @Test
    void aWorkerCountThisMachineCannotUseFallsBackToTheDefault() {
        node.putInt(JavaPrefsRenderPreferencesStore.WORKERS_KEY, RenderPreferences.maxWorkers() + 1);

        assertThat(store.load().workers()).isEqualTo(RenderPreferences.defaults().workers());
    }

    @Test
    void theFarmChoiceAndItsAddressLoadBack() {
        RenderPreferences onFarm = new RenderPreferences(1, Optional.empty(),
                new FarmPreferences(true, "studio", "10.0.0.5:5701, 10.0.0.6:5701"));

        store.save(onFarm);

        assertThat(new JavaPrefsRenderPreferencesStore(node).load()).isEqualTo(onFarm);
    }

    @Test
    void aFarmAddressEditedIntoNonsenseIsKeptButThisComputerRenders() {
        store.save(new RenderPreferences(1, Optional.empty(), new FarmPreferences(true, "studio", "10.0.0.5:5701")));
        node.put(JavaPrefsRenderPreferencesStore.FARM_MEMBERS_KEY, "nonsense");

        assertThat(store.load().farm()).isEqualTo(new FarmPreferences(false, "studio", "nonsense"));
    }
}
