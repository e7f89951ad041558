package io.brigade.app.render;

/** Where the render preferences live between runs; the app keeps them in java.util.prefs, tests anywhere. */
public interface RenderPreferencesStore {

    /** The stored preferences, or the defaults for what was never stored or no longer makes sense. */
    RenderPreferences load();

    void save(RenderPreferences preferences);
}
