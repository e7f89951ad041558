package io.brigade.app.export;

import io.brigade.app.concurrent.BackgroundTasks;
import io.brigade.engine.io.FileProblems;
import io.brigade.engine.io.PngWriter;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.scene.image.Image;

/**
 * The snapshot choices, kept between snapshots (the scale, and each target's caption), and what happens to a
 * picture: written as PNG off the FX thread, or put on the clipboard. The view takes the picture; this never
 * holds a node. Use on the FX thread.
 */
public final class SnapshotViewModel {

    private final BackgroundTasks backgroundTasks;
    private final Consumer<Image> clipboard;
    private final ObjectProperty<SnapshotScale> scale = new SimpleObjectProperty<>(this, "scale", SnapshotScale.X2);
    private final StringProperty caption = new SimpleStringProperty(this, "caption", "");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");
    private final ReadOnlyBooleanWrapper failed = new ReadOnlyBooleanWrapper(this, "failed");
    private final Map<String, String> captions = new HashMap<>();
    private String captionTarget;

    /**
     * @param backgroundTasks writes the files
     * @param clipboard       puts a picture on the system clipboard (tests keep it)
     */
    public SnapshotViewModel(BackgroundTasks backgroundTasks, Consumer<Image> clipboard) {
        this.backgroundTasks = Objects.requireNonNull(backgroundTasks, "backgroundTasks");
        this.clipboard = Objects.requireNonNull(clipboard, "clipboard");
    }

    /** Image pixels per screen pixel; 2x at first, as slides want. */
    public ObjectProperty<SnapshotScale> scaleProperty() {
        return scale;
    }

    /** Text drawn in a strip under the picture; none when blank. */
    public StringProperty captionProperty() {
        return caption;
    }

    /** What happened to the last picture, or why it failed. */
    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    /** True when the last save failed. */
    public ReadOnlyBooleanProperty failedProperty() {
        return failed.getReadOnlyProperty();
    }

    /** Such as "2400 x 1600 px" for a node of 1200 x 800 at 2x. */
    public String sizeText(double nodeWidth, double nodeHeight) {
        return sizeText(nodeWidth, nodeHeight, 0);
    }

    /**
     * The picture's size as it will be saved, the caption's strip ({@code captionHeight} screen pixels, 0 for
     * none) included: such as "2400 x 1664 px with the caption".
     */
    public String sizeText(double nodeWidth, double nodeHeight, double captionHeight) {
        int factor = scale.get().factor();
        int height = (int) Math.ceil(nodeHeight) * factor + (int) Math.ceil(captionHeight * factor);
        return String.format(Locale.ROOT, "%d x %d px%s", (int) Math.ceil(nodeWidth) * factor, height,
                captionHeight > 0 ? " with the caption" : "");
    }

    /**
     * Makes {@code targetId} the one the caption is for: the caption typed for the previous target stays with
     * it, and this one's own comes back (none the first time).
     */
    public void captionFor(String targetId) {
        Objects.requireNonNull(targetId, "targetId");
        if (captionTarget != null) {
            captions.put(captionTarget, caption.get());
        }
        captionTarget = targetId;
        caption.set(captions.getOrDefault(targetId, ""));
    }

    /** Writes {@code picture} to {@code file} as PNG in the background; {@code whenDone} runs after success. */
    public void save(Image picture, Path file, Runnable whenDone) {
        Path png = withPngExtension(file);
        int width = (int) picture.getWidth();
        int height = (int) picture.getHeight();
        int[] argb = NodeSnapshots.argb(picture); // read here: an Image belongs to the FX thread
        message.set("Saving " + png.getFileName() + "...");
        failed.set(false);
        backgroundTasks.run(() -> {
            PngWriter.write(PngWriter.toImage(width, height, argb), png);
            return png;
        }, saved -> {
            message.set(String.format(Locale.ROOT, "Saved %d x %d px to %s", width, height, saved.toAbsolutePath()));
            whenDone.run();
        }, failure -> {
            failed.set(true);
            message.set("Could not save " + png.toAbsolutePath() + ": " + FileProblems.describe(failure));
        });
    }

    /** Puts {@code picture} on the clipboard as an image. */
    public void copy(Image picture) {
        clipboard.accept(picture);
        failed.set(false);
        message.set(String.format(Locale.ROOT, "Copied %d x %d px to the clipboard", (int) picture.getWidth(),
                (int) picture.getHeight()));
    }

    /** The platform's save dialogs do not always add the extension the filter shows. */
    static Path withPngExtension(Path file) {
        String name = file.getFileName().toString();
        return name.toLowerCase(Locale.ROOT).endsWith(".png") ? file : file.resolveSibling(name + ".png");
    }
}
