package io.brigade.app.theme;

/** Where the theme choice is kept between runs; tests keep their own. */
public interface ThemeStore {

    ThemeChoice load();

    void save(ThemeChoice choice);

    /** Kept only while the app runs. */
    static ThemeStore inMemory() {
        return new ThemeStore() {
            private ThemeChoice choice = ThemeChoice.DEFAULT;

            @Override
            public ThemeChoice load() {
                return choice;
            }

            @Override
            public void save(ThemeChoice newChoice) {
                choice = newChoice;
            }
        };
    }
}
