package io.brigade.app.export;

import io.brigade.app.concurrent.BackgroundTasks;
import io.brigade.app.render.RenderedSequence;
import io.brigade.engine.io.AnimatedGifWriter;
import io.brigade.engine.io.FfmpegVideoEncoder;
import io.brigade.engine.io.FileProblems;
import io.brigade.engine.io.GifOptions;
import io.brigade.engine.io.PngSequenceWriter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * Render > Export: the frames of the last completed render as a PNG sequence in another folder, a looping
 * animated GIF at the scene's frame rate, or an MP4 video through ffmpeg. The work runs off the FX thread,
 * one export at a time; the message says where it went, the problem why it did not (ffmpeg's own words when
 * it fails). Use on the FX thread.
 */
public final class AnimationExportViewModel {

    private final Supplier<Optional<RenderedSequence>> lastRender;
    private final BackgroundTasks backgroundTasks;
    private final FfmpegVideoEncoder ffmpeg;
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper(this, "running");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper(this, "problem", "");

    /**
     * @param lastRender      the frames of the last completed render, if any
     * @param backgroundTasks runs the exports
     * @param ffmpeg          encodes MP4 (its lookup decides whether ffmpeg is there)
     */
    public AnimationExportViewModel(Supplier<Optional<RenderedSequence>> lastRender, BackgroundTasks backgroundTasks,
                                    FfmpegVideoEncoder ffmpeg) {
        this.lastRender = Objects.requireNonNull(lastRender, "lastRender");
        this.backgroundTasks = Objects.requireNonNull(backgroundTasks, "backgroundTasks");
        this.ffmpeg = Objects.requireNonNull(ffmpeg, "ffmpeg");
    }

    public ReadOnlyBooleanProperty runningProperty() {
        return running.getReadOnlyProperty();
    }

    /** Where the last export went. */
    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    /** Why the last export failed; empty when it did not. */
    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }

    /** True when a completed render's frames are there to export. */
    public boolean canExport() {
        return lastRender.get().isPresent() && !running.get();
    }

    /**
     * Why {@code format} cannot be exported on this machine, said before the user picks a file; empty when it can.
     * Looks ffmpeg up on the PATH each time, so installing it works without a restart.
     */
    public Optional<String> unavailableReason(AnimationFormat format) {
        return format == AnimationFormat.MP4 && !ffmpeg.isAvailable()
                ? Optional.of("needs ffmpeg, which is not on the PATH")
                : Optional.empty();
    }

    /** The frame rate of the last completed render, for the GIF options' choices; empty before one. */
    public Optional<Double> lastRenderFps() {
        return lastRender.get().map(RenderedSequence::fps);
    }

    /** The file name an export of {@code format} suggests, beside the frames. */
    public Optional<Path> suggestedFile(AnimationFormat format) {
        return lastRender.get().map(sequence -> {
            Path folder = sequence.frames().directory().toAbsolutePath();
            String name = folder.getFileName() == null ? "animation" : folder.getFileName().toString();
            return switch (format) {
                case PNG_SEQUENCE -> folder.resolveSibling(name + "-frames");
                case GIF -> folder.resolveSibling(name + ".gif");
                case MP4 -> folder.resolveSibling(name + ".mp4");
            };
        });
    }

    /**
     * Exports the last render as {@code format} to {@code target} (a folder for PNG frames, else a file, which
     * gets the format's extension if it lacks it). Does nothing without a completed render or while exporting.
     */
    public void export(AnimationFormat format, Path target) {
        export(format, target, GifOptions.DEFAULT);
    }

    /** As {@link #export(AnimationFormat, Path)}; a GIF is shrunk, thinned and dithered as {@code gif} says. */
    public void export(AnimationFormat format, Path target, GifOptions gif) {
        Objects.requireNonNull(gif, "gif");
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(target, "target");
        Optional<RenderedSequence> frames = lastRender.get();
        if (frames.isEmpty() || running.get()) {
            return;
        }
        RenderedSequence sequence = frames.get();
        Path destination = withExtension(format, target);
        running.set(true);
        problem.set("");
        message.set(String.format(Locale.ROOT, "Exporting %d frames as %s to %s...", sequence.frameCount(),
                format.description(), destination.toAbsolutePath()));
        backgroundTasks.run(() -> {
            write(format, sequence, destination, gif);
            return destination;
        }, written -> {
            running.set(false);
            message.set(String.format(Locale.ROOT, "Exported %d frames as %s to %s", sequence.frameCount(),
                    format.description(), written.toAbsolutePath()));
        }, failure -> {
            running.set(false);
            message.set("");
            problem.set("Could not export the " + format.description() + ": " + FileProblems.describe(failure));
        });
    }

    private void write(AnimationFormat format, RenderedSequence sequence, Path destination, GifOptions gif)
            throws IOException, io.brigade.engine.io.VideoEncodingException, InterruptedException {
        switch (format) {
            case PNG_SEQUENCE -> copyFrames(sequence, destination);
            case GIF -> AnimatedGifWriter.writeSequence(sequence.frames(), sequence.firstFrame(), sequence.lastFrame(),
                    sequence.fps(), gif, destination);
            case MP4 -> ffmpeg.encode(sequence.frames(), sequence.firstFrame(), sequence.fps(), destination);
        }
    }

    /** Copies each frame file under its own name; a missing one is named. */
    private static void copyFrames(RenderedSequence sequence, Path folder) throws IOException {
        PngSequenceWriter copies = new PngSequenceWriter(folder, sequence.frames().pattern());
        if (copies.directory().toAbsolutePath().normalize()
                .equals(sequence.frames().directory().toAbsolutePath().normalize())) {
            throw new IOException("the frames are already in " + folder + "; choose another folder");
        }
        Files.createDirectories(folder);
        for (int frame = sequence.firstFrame(); frame <= sequence.lastFrame(); frame++) {
            Path from = sequence.frames().pathFor(frame);
            if (!Files.isRegularFile(from)) {
                throw new IOException("frame file " + from + " is missing; render the animation again");
            }
            Files.copy(from, copies.pathFor(frame), StandardCopyOption.REPLACE_EXISTING);
        }
    }

    static Path withExtension(AnimationFormat format, Path target) {
        String extension = switch (format) {
            case PNG_SEQUENCE -> "";
            case GIF -> ".gif";
            case MP4 -> ".mp4";
        };
        String name = target.getFileName().toString();
        return extension.isEmpty() || name.toLowerCase(Locale.ROOT).endsWith(extension) ? target
                : target.resolveSibling(name + extension);
    }
}
