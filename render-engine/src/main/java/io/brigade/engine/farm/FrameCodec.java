package io.brigade.engine.farm;

import io.brigade.engine.io.PngDecoder;
import io.brigade.engine.raster.RenderStats;
import io.brigade.engine.raster.RenderedFrame;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;

/**
 * Frames on the wire as PNG bytes: workers encode them as the submitter's output files are encoded
 * ({@link JobManifest#png()}), so it writes the bytes as they come, and decodes them for its listeners' pixels.
 */
final class FrameCodec {

    private FrameCodec() {
    }

    /** Decodes a frame a worker sent, refusing one of another size than the job's. */
    static RenderedFrame decode(byte[] png, int frame, int width, int height, RenderStats stats) throws IOException {
        if (PngDecoder.isSupported(png)) { // what workers send: Brigade's own encodings, read fast
            return RenderedFrame.of(frame, width, height, PngDecoder.decode(png, width, height), stats);
        }
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
        if (image == null) {
            throw new IOException("the frame's bytes are not a PNG image");
        }
        if (image.getWidth() != width || image.getHeight() != height) {
            throw new IOException("the frame is " + image.getWidth() + "x" + image.getHeight() + ", the job's frames are "
                    + width + "x" + height);
        }
        int[] argb = image.getRGB(0, 0, width, height, null, 0, width);
        return RenderedFrame.of(frame, width, height, argb, stats);
    }
}
