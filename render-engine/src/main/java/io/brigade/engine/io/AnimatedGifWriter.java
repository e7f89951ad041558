package io.brigade.engine.io;

import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageTypeSpecifier;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.metadata.IIOInvalidTreeException;
import javax.imageio.metadata.IIOMetadata;
import javax.imageio.metadata.IIOMetadataNode;
import javax.imageio.stream.ImageOutputStream;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Iterator;
import java.util.Objects;

/**
 * Encodes an animated GIF that loops forever, one frame at a time, with javax.imageio's GIF writer. Each
 * frame gets its own palette (the writer quantizes true-colour frames to 256 colours). Looping is the
 * NETSCAPE2.0 application extension on the first frame; the delay is in hundredths of a second, as GIF
 * stores it. Not thread-safe: one thread appends the frames in order, then closes.
 */
public final class AnimatedGifWriter implements AutoCloseable {

    static final String FORMAT = "javax_imageio_gif_image_1.0";
    /** Browsers show delays below 2/100 s as 10/100 s, so a faster rate is clamped here instead. */
    static final int MIN_DELAY_CENTISECONDS = 2;

    private final ImageWriter writer;
    private final ImageOutputStream stream;
    private final int delayCentiseconds;
    private boolean first = true;

    private AnimatedGifWriter(ImageWriter writer, ImageOutputStream stream, int delayCentiseconds) {
        this.writer = writer;
        this.stream = stream;
        this.delayCentiseconds = delayCentiseconds;
    }

    /** Starts a GIF on {@code out}, which {@link #close()} does not close; each frame shows for the given delay. */
    public static AnimatedGifWriter open(OutputStream out, int delayCentiseconds) throws IOException {
        Objects.requireNonNull(out, "out");
        if (delayCentiseconds < MIN_DELAY_CENTISECONDS || delayCentiseconds > 0xFFFF) {
            throw new IllegalArgumentException("a GIF frame delay must be between " + MIN_DELAY_CENTISECONDS
                    + " and 65535 hundredths of a second, got " + delayCentiseconds);
        }
        Iterator<ImageWriter> writers = ImageIO.getImageWritersByFormatName("gif");
        if (!writers.hasNext()) {
            throw new IOException("this Java runtime has no GIF encoder");
        }
        ImageWriter writer = writers.next();
        ImageOutputStream stream = ImageIO.createImageOutputStream(out);
        writer.setOutput(stream);
        writer.prepareWriteSequence(null);
        return new AnimatedGifWriter(writer, stream, delayCentiseconds);
    }

    /** The delay closest to one frame at {@code fps}, in hundredths of a second (24 fps gives 4). */
    public static int delayForFps(double fps) {
        if (!(fps > 0)) {
            throw new IllegalArgumentException("fps must be > 0, got " + fps);
        }
        return (int) Math.max(MIN_DELAY_CENTISECONDS, Math.min(0xFFFF, Math.round(100 / fps)));
    }

    /**
     * Writes frames {@code first..last} of a PNG sequence on disk, read one at a time, to {@code file}, replacing
     * it; the file appears only when complete, readable by all as the frames are.
     *
     * @throws IOException naming the frame file that is missing or unreadable
     */
    public static void writeSequence(PngSequenceWriter frames, int first, int last, int delayCentiseconds, Path file)
            throws IOException {
        Path temp = PngWriter.temporarySibling(file);
        try {
            try (OutputStream out = Files.newOutputStream(temp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
                 AnimatedGifWriter gif = open(out, delayCentiseconds)) {
                for (int frame = first; frame <= last; frame++) {
                    gif.append(readFrame(frames.pathFor(frame)));
                }
            }
            PngWriter.moveIntoPlace(temp, file);
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    /**
     * As {@link #writeSequence(PngSequenceWriter, int, int, int, Path)}, with frames rendered at {@code fps} shrunk,
     * thinned and put in {@link GifPalette}'s colours as {@code options} say: every {@code frameStep}-th frame from
     * {@code first}, each shown for as long as the frames it stands for.
     */
    public static void writeSequence(PngSequenceWriter frames, int first, int last, double fps, GifOptions options,
                                     Path file) throws IOException {
        Objects.requireNonNull(options, "options");
        Path temp = PngWriter.temporarySibling(file);
        try {
            try (OutputStream out = Files.newOutputStream(temp, StandardOpenOption.CREATE_NEW,
                    StandardOpenOption.WRITE); AnimatedGifWriter gif = open(out, delayForFps(options.fps(fps)))) {
                for (int frame = first; frame <= last; frame += options.frameStep()) {
                    BufferedImage read = readFrame(frames.pathFor(frame));
                    gif.append(GifPalette.indexed(scaled(read, options), options.dither()));
                }
            }
            PngWriter.moveIntoPlace(temp, file);
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    private static BufferedImage scaled(BufferedImage frame, GifOptions options) {
        int width = options.scaled(frame.getWidth());
        int height = options.scaled(frame.getHeight());
        if (width == frame.getWidth() && height == frame.getHeight()) {
            return frame;
        }
        BufferedImage smaller = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = smaller.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
            g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
            g.drawImage(frame, 0, 0, width, height, null);
        } finally {
            g.dispose();
        }
        return smaller;
    }

    private static BufferedImage readFrame(Path file) throws IOException {
        if (!Files.isRegularFile(file)) {
            throw new IOException("frame file " + file + " is missing");
        }
        BufferedImage image = ImageIO.read(file.toFile());
        if (image == null) {
            throw new IOException("frame file " + file + " is not an image ImageIO can read");
        }
        return image;
    }

    /** Appends the next frame. */
    public void append(BufferedImage frame) throws IOException {
        ImageWriteParam param = writer.getDefaultWriteParam();
        IIOMetadata metadata = writer.getDefaultImageMetadata(ImageTypeSpecifier.createFromRenderedImage(frame), param);
        IIOMetadataNode root = (IIOMetadataNode) metadata.getAsTree(FORMAT);
        setGraphicControl(child(root, "GraphicControlExtension"));
        if (first) {
            child(root, "ApplicationExtensions").appendChild(loopForever());
        }
        try {
            metadata.setFromTree(FORMAT, root);
        } catch (IIOInvalidTreeException e) {
            throw new IOException("the GIF encoder refused the frame's metadata: " + e.getMessage(), e);
        }
        writer.writeToSequence(new IIOImage(frame, null, metadata), param);
        first = false;
    }

    /** Ends the GIF; the stream given to {@link #open} stays open. */
    @Override
    public void close() throws IOException {
        try {
            writer.endWriteSequence();
            stream.flush();
        } finally {
            writer.dispose();
            stream.close();
        }
    }

    /** The child of {@code root} called {@code name}, added when the default metadata has none. */
    private static IIOMetadataNode child(IIOMetadataNode root, String name) {
        for (int i = 0; i < root.getLength(); i++) {
            if (root.item(i).getNodeName().equals(name)) {
                return (IIOMetadataNode) root.item(i);
            }
        }
        IIOMetadataNode node = new IIOMetadataNode(name);
        root.appendChild(node);
        return node;
    }

    private void setGraphicControl(IIOMetadataNode control) {
        control.setAttribute("disposalMethod", "none");
        control.setAttribute("userInputFlag", "FALSE");
        control.setAttribute("transparentColorFlag", "FALSE");
        control.setAttribute("delayTime", Integer.toString(delayCentiseconds));
        control.setAttribute("transparentColorIndex", "0");
    }

    /** NETSCAPE2.0 sub-block 1 with a loop count of 0, which means forever. */
    private static IIOMetadataNode loopForever() {
        IIOMetadataNode netscape = new IIOMetadataNode("ApplicationExtension");
        netscape.setAttribute("applicationID", "NETSCAPE");
        netscape.setAttribute("authenticationCode", "2.0");
        netscape.setUserObject(new byte[] {1, 0, 0});
        return netscape;
    }
}
