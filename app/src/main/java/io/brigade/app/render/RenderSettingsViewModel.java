package io.brigade.app.render;

import io.brigade.app.concurrent.DaemonThreads;
import io.brigade.app.concurrent.ExecutorBackgroundTasks;
import io.brigade.app.farm.FarmPreferences;
import io.brigade.app.farm.FarmSettingsViewModel;
import io.brigade.engine.scene.RenderSettings;
import io.brigade.engine.shading.ShadingMode;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.Executors;
import javafx.application.Platform;
import java.util.stream.Collectors;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.util.StringConverter;

/**
 * The Render Settings dialog's fields as text, checked together: the scene's size, rate, frame range,
 * anti-aliasing and shading, and the app's worker count, output folder and where renders run (this computer or
 * a render farm, see {@link FarmSettingsViewModel}). Every problem names its field.
 * Use it on the FX thread.
 */
public final class RenderSettingsViewModel {

    /** The shading modes as people write them: "Flat", "Gouraud", "Phong". */
    public static final StringConverter<ShadingMode> SHADING_NAMES = new StringConverter<>() {
        @Override
        public String toString(ShadingMode mode) {
            if (mode == null) {
                return "";
            }
            String name = mode.name();
            return name.charAt(0) + name.substring(1).toLowerCase(Locale.ROOT);
        }

        @Override
        public ShadingMode fromString(String text) {
            return ShadingMode.valueOf(text.trim().toUpperCase(Locale.ROOT));
        }
    };

    /** What the dialog gives back when every field holds: new scene settings and new app preferences. */
    public record Choice(RenderSettings settings, RenderPreferences preferences) {
        public Choice {
            Objects.requireNonNull(settings, "settings");
            Objects.requireNonNull(preferences, "preferences");
        }
    }

    private final RenderSettings original;
    private final StringProperty width = new SimpleStringProperty(this, "width");
    private final StringProperty height = new SimpleStringProperty(this, "height");
    private final StringProperty fps = new SimpleStringProperty(this, "fps");
    private final StringProperty startFrame = new SimpleStringProperty(this, "startFrame");
    private final StringProperty endFrame = new SimpleStringProperty(this, "endFrame");
    private final StringProperty antiAliasing = new SimpleStringProperty(this, "antiAliasing");
    private final ObjectProperty<ShadingMode> shading = new SimpleObjectProperty<>(this, "shading");
    private final StringProperty workers = new SimpleStringProperty(this, "workers");
    private final StringProperty outputFolder = new SimpleStringProperty(this, "outputFolder");
    private final ReadOnlyStringWrapper problems = new ReadOnlyStringWrapper(this, "problems", "");
    private final FarmSettingsViewModel farm;

    /**
     * Fields filled from the scene's {@code settings} and the app's {@code preferences}; Test Connection runs on
     * a thread of its own and answers on the FX thread.
     */
    public RenderSettingsViewModel(RenderSettings settings, RenderPreferences preferences) {
        this(settings, preferences, new FarmSettingsViewModel(preferences.farm(), new ExecutorBackgroundTasks(
                Executors.newCachedThreadPool(new DaemonThreads("brigade-farm-test")), Platform::runLater),
                FarmSettingsViewModel.farmProbe()));
    }

    /** As above, with the "Where" fields given (tests give them a probe of their own). */
    public RenderSettingsViewModel(RenderSettings settings, RenderPreferences preferences, FarmSettingsViewModel farm) {
        this.original = Objects.requireNonNull(settings, "settings");
        this.farm = Objects.requireNonNull(farm, "farm");
        width.set(Integer.toString(settings.width()));
        height.set(Integer.toString(settings.height()));
        fps.set(number(settings.fps()));
        startFrame.set(Integer.toString(settings.startFrame()));
        endFrame.set(Integer.toString(settings.endFrame()));
        antiAliasing.set(Integer.toString(settings.antiAliasing()));
        shading.set(settings.shading());
        workers.set(Integer.toString(preferences.workers()));
        outputFolder.set(preferences.outputFolder().map(Path::toString).orElse(""));
    }

    public StringProperty widthProperty() {
        return width;
    }

    public StringProperty heightProperty() {
        return height;
    }

    public StringProperty fpsProperty() {
        return fps;
    }

    public StringProperty startFrameProperty() {
        return startFrame;
    }

    public StringProperty endFrameProperty() {
        return endFrame;
    }

    public StringProperty antiAliasingProperty() {
        return antiAliasing;
    }

    public ObjectProperty<ShadingMode> shadingProperty() {
        return shading;
    }

    public StringProperty workersProperty() {
        return workers;
    }

    /** Empty for the folder beside the scene file. */
    public StringProperty outputFolderProperty() {
        return outputFolder;
    }

    /** Where renders run: this computer or a render farm, and the farm's address. */
    public FarmSettingsViewModel farm() {
        return farm;
    }

    /** What the last {@link #choice()} found wrong, one line per field; empty when all held. */
    public ReadOnlyStringProperty problemsProperty() {
        return problems.getReadOnlyProperty();
    }

    /** The settings and preferences the fields describe, or empty with {@link #problemsProperty()} saying why. */
    public Optional<Choice> choice() {
        List<String> found = new ArrayList<>();
        int w = whole("Width", width.get(), 1, RenderSettings.MAX_SIZE, found);
        int h = whole("Height", height.get(), 1, RenderSettings.MAX_SIZE, found);
        double rate = decimal("Frame rate", fps.get(), found);
        int start = whole("First frame", startFrame.get(), 0, Integer.MAX_VALUE, found);
        int end = whole("Last frame", endFrame.get(), 0, Integer.MAX_VALUE, found);
        if (found.stream().noneMatch(problem -> problem.startsWith("First frame") || problem.startsWith("Last frame"))
                && end < start) {
            found.add("Last frame: must not come before the first frame (" + start + "), got " + end);
        }
        int aa = whole("Anti-aliasing", antiAliasing.get(), 1, RenderSettings.MAX_ANTI_ALIASING, found);
        if (shading.get() == null) {
            found.add("Shading: choose one of " + Arrays.stream(ShadingMode.values()).map(SHADING_NAMES::toString)
                    .collect(Collectors.joining(", ")));
        }
        int threads = whole("Workers", workers.get(), 1, RenderPreferences.maxWorkers(), found);
        Optional<Path> folder = folder(outputFolder.get(), found);
        Optional<FarmPreferences> where = farm.preferences(found);
        problems.set(String.join("\n", found));
        if (!found.isEmpty()) {
            return Optional.empty();
        }
        RenderSettings settings = new RenderSettings(w, h, rate, start, end, aa, shading.get(), original.background(),
                original.wireframe());
        return Optional.of(new Choice(settings.equals(original) ? original : settings,
                new RenderPreferences(threads, folder, where.orElseThrow())));
    }

    private static int whole(String field, String text, int min, int max, List<String> found) {
        String range = max == Integer.MAX_VALUE ? min + " or more" : "between " + min + " and " + max;
        try {
            int value = Integer.parseInt(text == null ? "" : text.strip());
            if (value >= min && value <= max) {
                return value;
            }
        } catch (NumberFormatException e) {
            found.add(field + ": must be a whole number " + range + ", got '" + text + "'");
            return min;
        }
        found.add(field + ": must be " + range + ", got " + text.strip());
        return min;
    }

    private static double decimal(String field, String text, List<String> found) {
        try {
            double value = Double.parseDouble(text == null ? "" : text.strip());
            if (value > 0 && value <= 1000) {
                return value;
            }
            found.add(field + ": must be more than 0 and at most 1000, got " + text.strip());
        } catch (NumberFormatException e) {
            found.add(field + ": must be a number of frames per second, got '" + text + "'");
        }
        return 1;
    }

    private static Optional<Path> folder(String text, List<String> found) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(Path.of(text.strip()));
        } catch (InvalidPathException e) {
            found.add("Output folder: not a valid path: " + e.getMessage());
            return Optional.empty();
        }
    }

    private static String number(double value) {
        return value == Math.rint(value) ? Long.toString((long) value) : String.format(Locale.ROOT, "%s", value);
    }
}
