package io.brigade.app.render;

import io.brigade.app.farm.FarmPreferences;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;
import java.util.prefs.Preferences;

/** Render preferences under one java.util.prefs node, which tests point at a node of their own. */
public final class JavaPrefsRenderPreferencesStore implements RenderPreferencesStore {

    static final String WORKERS_KEY = "render.workers";
    static final String OUTPUT_FOLDER_KEY = "render.outputFolder";
    static final String ON_FARM_KEY = "render.onFarm";
    static final String FARM_CLUSTER_KEY = "render.farmCluster";
    static final String FARM_MEMBERS_KEY = "render.farmMembers";

    private final Preferences node;

    public JavaPrefsRenderPreferencesStore(Preferences node) {
        this.node = Objects.requireNonNull(node, "node");
    }

    /** The node the application uses: the user's preferences for this package. */
    public static JavaPrefsRenderPreferencesStore forUser() {
        return new JavaPrefsRenderPreferencesStore(Preferences.userNodeForPackage(JavaPrefsRenderPreferencesStore.class));
    }

    @Override
    public RenderPreferences load() {
        RenderPreferences defaults = RenderPreferences.defaults();
        int workers = node.getInt(WORKERS_KEY, defaults.workers());
        if (workers < 1 || workers > RenderPreferences.maxWorkers()) {
            workers = defaults.workers(); // stored on a machine with more cores
        }
        return new RenderPreferences(workers, folder(node.get(OUTPUT_FOLDER_KEY, "")), farm());
    }

    private FarmPreferences farm() {
        FarmPreferences defaults = FarmPreferences.thisComputer();
        String cluster = node.get(FARM_CLUSTER_KEY, defaults.cluster());
        String members = node.get(FARM_MEMBERS_KEY, defaults.members());
        try {
            return new FarmPreferences(node.getBoolean(ON_FARM_KEY, false), cluster, members);
        } catch (IllegalArgumentException e) {
            return new FarmPreferences(false, cluster, members); // edited by hand: kept, but this computer renders
        }
    }

    @Override
    public void save(RenderPreferences preferences) {
        node.putInt(WORKERS_KEY, preferences.workers());
        if (preferences.outputFolder().isPresent()) {
            node.put(OUTPUT_FOLDER_KEY, preferences.outputFolder().get().toString());
        } else {
            node.remove(OUTPUT_FOLDER_KEY);
        }
        node.putBoolean(ON_FARM_KEY, preferences.farm().onFarm());
        node.put(FARM_CLUSTER_KEY, preferences.farm().cluster());
        node.put(FARM_MEMBERS_KEY, preferences.farm().members());
    }

    private static Optional<Path> folder(String stored) {
        if (stored.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(Path.of(stored));
        } catch (InvalidPathException e) {
            return Optional.empty(); // written on another system; the folder beside the scene still works
        }
    }
}
