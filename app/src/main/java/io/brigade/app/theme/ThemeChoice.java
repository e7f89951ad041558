package io.brigade.app.theme;

import java.util.Objects;

/** The look the user chose: a theme, and whether fonts are enlarged for a projector. */
public record ThemeChoice(Theme theme, boolean presentation) {

    public static final ThemeChoice DEFAULT = new ThemeChoice(Theme.DARK, false);

    public ThemeChoice {
        Objects.requireNonNull(theme, "theme");
    }
}
