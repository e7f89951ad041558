package io.brigade.engine.io;

import io.brigade.engine.raster.RenderedFrame;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.IllegalFormatException;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Writes each frame as its own PNG file, {@code frame_00012.png} say, atomically through {@link PngWriter}.
 * Frames are encoded in {@link #prepare} (on the job's workers) with a {@link PngCompression}.
 */
public final class PngSequenceWriter implements FrameSink {

    public static final String DEFAULT_PATTERN = "frame_%05d.png";

    private final Path directory;
    private final String pattern;
    private final PngCompression compression;

    /** Files named {@link #DEFAULT_PATTERN} in {@code directory}, which is created on the first write. */
    public PngSequenceWriter(Path directory) {
        this(directory, DEFAULT_PATTERN);
    }

    /** {@code pattern} is a {@link String#format} pattern taking the frame number, e.g. {@code shot_%04d.png}. */
    public PngSequenceWriter(Path directory, String pattern) {
        this(directory, pattern, PngCompression.FAST);
    }

    public PngSequenceWriter(Path directory, String pattern, PngCompression compression) {
        this.directory = Objects.requireNonNull(directory, "directory");
        this.pattern = Objects.requireNonNull(pattern, "pattern");
        this.compression = Objects.requireNonNull(compression, "compression");
        String sample;
        try {
            sample = String.format(pattern, 0);
        } catch (IllegalFormatException e) {
            throw new IllegalArgumentException("file name pattern '" + pattern + "' does not format a frame number: "
                    + e.getMessage(), e);
        }
        if (sample.equals(String.format(pattern, 1))) {
            throw new IllegalArgumentException("file name pattern '" + pattern + "' gives every frame the same name");
        }
        if (sample.contains("/") || sample.contains("\\")) {
            throw new IllegalArgumentException("file name pattern '" + pattern + "' must name a file, not a path");
        }
    }

    public Path directory() {
        return directory;
    }

    /** The {@link String#format} pattern of the file names. */
    public String pattern() {
        return pattern;
    }

    public Path pathFor(int frame) {
        return directory.resolve(String.format(pattern, frame));
    }

    @Override
    public void write(RenderedFrame frame) throws IOException {
        prepare(frame).write();
    }

    /** Encodes the frame here; the write puts the bytes in place atomically. */
    @Override
    public FrameWrite prepare(RenderedFrame frame) throws IOException {
        return prepareEncoded(frame, compression.encode(frame));
    }

    @Override
    public Optional<PngCompression> pngEncoding() {
        return Optional.of(compression);
    }

    /** The write of {@code png}, the frame already encoded with this writer's compression (by a farm worker). */
    @Override
    public FrameWrite prepareEncoded(RenderedFrame frame, byte[] png) {
        Path file = pathFor(frame.frame());
        return () -> {
            Files.createDirectories(directory);
            PngWriter.write(png, file);
        };
    }

    @Override
    public String destination(int frame) {
        return pathFor(frame).toString();
    }

    /**
     * Deletes the temporary files a killed writer left in the folder (an interrupted write never
     * becomes a frame, see {@link PngWriter}); returns how many. Only while nothing else writes here.
     */
    public int removeStaleTemporaryFiles() throws IOException {
        if (!Files.isDirectory(directory)) {
            return 0;
        }
        int removed = 0;
        try (Stream<Path> files = Files.list(directory)) {
            for (Path file : (Iterable<Path>) files::iterator) {
                if (PngWriter.isTemporaryFileName(file.getFileName().toString()) && Files.deleteIfExists(file)) {
                    removed++;
                }
            }
        }
        return removed;
    }

    /** True when the file exists and decodes to an image of the right size. */
    @Override
    public boolean hasValidFrame(int frame, int width, int height) {
        Path file = pathFor(frame);
        if (!Files.isRegularFile(file)) {
            return false;
        }
        BufferedImage image;
        try {
            image = ImageIO.read(file.toFile());
        } catch (IOException unreadable) {
            return false; // truncated or corrupt: the answer is "render it again", which overwrites it
        }
        return image != null && image.getWidth() == width && image.getHeight() == height;
    }
}
