package io.brigade.engine.io;

import io.brigade.engine.raster.RenderedFrame;

import javax.imageio.ImageIO;
import java.io.ByteArrayOutputStream;
import java.io.IOException;

/**
 * How a frame becomes PNG bytes: fast or small. Both store the same pixels. Measured on one core
 * (1080p bench-diffuse frame / 4K teapot with 2x2 anti-aliasing): FAST 20 ms, 262 KB / 73 ms, 1.13 MB;
 * SMALL 50 ms, 125 KB / 210 ms, 1.07 MB (see docs/architecture.md). Either may run on many threads at once.
 */
public enum PngCompression {

    /** The default: {@link PngEncoder}, 35-40% of SMALL's time for files up to twice as large. */
    FAST {
        @Override
        public byte[] encode(RenderedFrame frame) {
            return PngEncoder.encode(frame);
        }
    },
    /** ImageIO's PNG writer, which picks the best of five filters for every row. */
    SMALL {
        @Override
        public byte[] encode(RenderedFrame frame) throws IOException {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            if (!ImageIO.write(PngWriter.toImage(frame), "png", out)) {
                throw new IOException("this Java runtime has no PNG encoder");
            }
            return out.toByteArray();
        }
    };

    /** The complete PNG file of {@code frame}. */
    public abstract byte[] encode(RenderedFrame frame) throws IOException;
}
