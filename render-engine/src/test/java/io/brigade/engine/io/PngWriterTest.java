package io.brigade.engine.io;

import io.brigade.engine.raster.RenderStats;
import io.brigade.engine.raster.RenderedFrame;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PngWriterTest {

    private static final RenderedFrame TWO_BY_ONE = RenderedFrame.of(0, 2, 1, new int[] {0xffff0000, 0xff00ff00}, RenderStats.NONE);

    @Test
    void writesExactPixelsAndLeavesNoTemporaryFile(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("frame.png");
        PngWriter.write(TWO_BY_ONE, file);

        BufferedImage back = ImageIO.read(file.toFile());
        assertThat(back.getRGB(0, 0)).isEqualTo(0xffff0000);
        assertThat(back.getRGB(1, 0)).isEqualTo(0xff00ff00);
        try (var files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactly("frame.png");
        }
    }

    @Test
    void replacesAnExistingFileWhole(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("frame.png");
        Files.writeString(file, "an older, different file");
        PngWriter.write(TWO_BY_ONE, file);
        assertThat(ImageIO.read(file.toFile()).getWidth()).isEqualTo(2);
    }

    @Test
    void missingFolderFailsWithoutLeavingAnything(@TempDir Path dir) {
        Path file = dir.resolve("no/such/folder/frame.png");
        assertThatThrownBy(() -> PngWriter.write(TWO_BY_ONE, file)).isInstanceOf(IOException.class);
        assertThat(dir.resolve("no")).doesNotExist();
    }
}
