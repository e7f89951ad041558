package io.brigade.app.theme;

import java.util.Objects;
import java.util.prefs.Preferences;

/** The theme choice under one java.util.prefs node, which tests point at a node of their own. */
public final class JavaPrefsThemeStore implements ThemeStore {

    static final String THEME_KEY = "view.theme";
    static final String PRESENTATION_KEY = "view.presentation";

    private final Preferences node;

    public JavaPrefsThemeStore(Preferences node) {
        this.node = Objects.requireNonNull(node, "node");
    }

    /** The node the application uses: the user's preferences for this package. */
    public static JavaPrefsThemeStore forUser() {
        return new JavaPrefsThemeStore(Preferences.userNodeForPackage(JavaPrefsThemeStore.class));
    }

    @Override
    public ThemeChoice load() {
        Theme theme;
        try {
            theme = Theme.valueOf(node.get(THEME_KEY, ThemeChoice.DEFAULT.theme().name()));
        } catch (IllegalArgumentException e) {
            theme = ThemeChoice.DEFAULT.theme(); // written by a version with other themes
        }
        return new ThemeChoice(theme, node.getBoolean(PRESENTATION_KEY, ThemeChoice.DEFAULT.presentation()));
    }

    @Override
    public void save(ThemeChoice choice) {
        node.put(THEME_KEY, choice.theme().name());
        node.putBoolean(PRESENTATION_KEY, choice.presentation());
    }
}
