package io.brigade.app.theme;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import java.util.prefs.Preferences;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class ThemeViewModelTest {

    /** A node of this test's own, removed afterwards, so the user's real preferences are never touched. */
    private final Preferences node = Preferences.userRoot().node("io/brigade/test/" + UUID.randomUUID());
    private final JavaPrefsThemeStore store = new JavaPrefsThemeStore(node);

    @AfterEach
    void removeTheNode() throws Exception {
        node.removeNode();
    }

    @Test
    void startsDarkWithTheBaseStylesheetOnly() {
        ThemeViewModel theme = new ThemeViewModel(store);

        assertThat(theme.themeProperty().get()).isEqualTo(Theme.DARK);
        assertThat(theme.presentationProperty().get()).isFalse();
        assertThat(theme.stylesheets()).singleElement().asString().endsWith("/io/brigade/app/brigade.css");
    }

    @Test
    void lightAddsItsStylesheetOverTheBaseAndPresentationGoesLast() {
        ThemeViewModel theme = new ThemeViewModel(store);

        theme.themeProperty().set(Theme.LIGHT);
        assertThat(theme.stylesheets()).hasSize(2);
        assertThat(theme.stylesheets().get(1)).endsWith("/io/brigade/app/brigade-light.css");

        theme.presentationProperty().set(true);
        assertThat(theme.stylesheets()).hasSize(3);
        assertThat(theme.stylesheets().get(2)).endsWith("/io/brigade/app/brigade-presentation.css");

        theme.themeProperty().set(Theme.DARK);
        assertThat(theme.stylesheets()).extracting(url -> url.substring(url.lastIndexOf('/') + 1))
                .containsExactly("brigade.css", "brigade-presentation.css");
    }

    @Test
    void theChoiceFollowsThemeAndPresentationForWhatDrawsItsOwnColours() {
        ThemeViewModel theme = new ThemeViewModel(store);
        assertThat(theme.choiceProperty().get()).isEqualTo(ThemeChoice.DEFAULT);

        theme.themeProperty().set(Theme.LIGHT);
        assertThat(theme.choiceProperty().get()).isEqualTo(new ThemeChoice(Theme.LIGHT, false));
        theme.presentationProperty().set(true);
        assertThat(theme.choiceProperty().get()).isEqualTo(new ThemeChoice(Theme.LIGHT, true));
    }

    @Test
    void theChoicePersistsInTheNodeAndComesBackNextRun() {
        ThemeViewModel first = new ThemeViewModel(store);
        first.themeProperty().set(Theme.LIGHT);
        first.presentationProperty().set(true);

        ThemeViewModel nextRun = new ThemeViewModel(new JavaPrefsThemeStore(node));

        assertThat(nextRun.themeProperty().get()).isEqualTo(Theme.LIGHT);
        assertThat(nextRun.presentationProperty().get()).isTrue();
        assertThat(nextRun.stylesheets()).isEqualTo(first.stylesheets());
        assertThat(node.get(JavaPrefsThemeStore.THEME_KEY, "")).isEqualTo("LIGHT");
    }

    @Test
    void anUnknownStoredThemeFallsBackToDark() {
        node.put(JavaPrefsThemeStore.THEME_KEY, "SOLARIZED");

        assertThat(store.load()).isEqualTo(ThemeChoice.DEFAULT);
    }

    @Test
    void everyStylesheetIsInTheApplication() {
        for (String resource : new String[] {ThemeViewModel.BASE_STYLESHEET, ThemeViewModel.LIGHT_STYLESHEET,
                ThemeViewModel.PRESENTATION_STYLESHEET}) {
            assertThat(ThemeViewModel.class.getResource(resource)).as(resource).isNotNull();
        }
    }
}
