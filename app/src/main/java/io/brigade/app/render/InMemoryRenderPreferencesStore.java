package io.brigade.app.render;

import java.util.Objects;

/** Render preferences kept only while the app runs: for tests, and for an app given no lasting store. */
public final class InMemoryRenderPreferencesStore implements RenderPreferencesStore {

    private RenderPreferences stored = RenderPreferences.defaults();

    @Override
    public RenderPreferences load() {
        return stored;
    }

    @Override
    public void save(RenderPreferences preferences) {
        stored = Objects.requireNonNull(preferences, "preferences");
    }
}
