package io.brigade.app.theme;

import java.net.URL;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The theme and presentation mode, as the stylesheets every window of the app binds its scene to: the dark
 * base sheet always, the light sheet over it for the light theme, the presentation sheet over both for larger
 * fonts. A change is kept in the store at once. Use on the FX thread.
 */
public final class ThemeViewModel {

    static final String BASE_STYLESHEET = "/io/brigade/app/brigade.css";
    static final String LIGHT_STYLESHEET = "/io/brigade/app/brigade-light.css";
    static final String PRESENTATION_STYLESHEET = "/io/brigade/app/brigade-presentation.css";

    private final ThemeStore store;
    private final ObjectProperty<Theme> theme = new SimpleObjectProperty<>(this, "theme");
    private final BooleanProperty presentation = new SimpleBooleanProperty(this, "presentation");
    private final ReadOnlyObjectWrapper<ThemeChoice> choice = new ReadOnlyObjectWrapper<>(this, "choice");
    private final ObservableList<String> stylesheets = FXCollections.observableArrayList();
    private final ObservableList<String> stylesheetsView = FXCollections.unmodifiableObservableList(stylesheets);

    public ThemeViewModel(ThemeStore store) {
        this.store = Objects.requireNonNull(store, "store");
        ThemeChoice stored = store.load();
        theme.set(stored.theme());
        presentation.set(stored.presentation());
        choice.set(stored);
        restyle();
        theme.addListener((observable, old, chosen) -> changed());
        presentation.addListener((observable, old, on) -> changed());
    }

    /** Dark or light; never null. */
    public ObjectProperty<Theme> themeProperty() {
        return theme;
    }

    /** Larger fonts and controls for a projector. */
    public BooleanProperty presentationProperty() {
        return presentation;
    }

    /** Theme and presentation mode together, for what draws its own colours and fonts (the canvas charts). */
    public ReadOnlyObjectProperty<ThemeChoice> choiceProperty() {
        return choice.getReadOnlyProperty();
    }

    /** The stylesheet URLs for a scene, in order; bind a scene's list to it with {@code Bindings.bindContent}. */
    public ObservableList<String> stylesheets() {
        return stylesheetsView;
    }

    private void changed() {
        if (theme.get() == null) {
            throw new IllegalArgumentException("the theme cannot be null");
        }
        ThemeChoice chosen = new ThemeChoice(theme.get(), presentation.get());
        store.save(chosen);
        restyle();
        choice.set(chosen);
    }

    private void restyle() {
        List<String> sheets = new ArrayList<>();
        sheets.add(url(BASE_STYLESHEET));
        if (theme.get() == Theme.LIGHT) {
            sheets.add(url(LIGHT_STYLESHEET));
        }
        if (presentation.get()) {
            sheets.add(url(PRESENTATION_STYLESHEET));
        }
        stylesheets.setAll(sheets);
    }

    private static String url(String resource) {
        URL url = ThemeViewModel.class.getResource(resource);
        if (url == null) {
            throw new IllegalStateException("stylesheet missing from the application: " + resource);
        }
        return url.toExternalForm();
    }
}
