package io.brigade.app.export;

import static org.assertj.core.api.Assertions.assertThat;

import io.brigade.app.concurrent.ExecutorBackgroundTasks;
import io.brigade.app.render.RenderedSequence;
import io.brigade.engine.io.ExecutableLookup;
import io.brigade.engine.io.FfmpegVideoEncoder;
import io.brigade.engine.io.GifOptions;
import io.brigade.engine.io.PngSequenceWriter;
import io.brigade.engine.raster.RenderStats;
import io.brigade.engine.raster.RenderedFrame;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Optional;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.metadata.IIOMetadataNode;
import javax.imageio.stream.ImageInputStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Exporting the last render's frames, run synchronously: no FX thread is needed for the view model. */
class AnimationExportViewModelTest {

    private static final int FIRST = 5;
    private static final int LAST = 11;
    private static final double FPS = 12.5;

    @TempDir
    Path dir;
    private RenderedSequence sequence;

    @BeforeEach
    void renderSomeFrames() throws IOException {
        PngSequenceWriter frames = new PngSequenceWriter(dir.resolve("render-out").resolve("spin"));
        for (int frame = FIRST; frame <= LAST; frame++) {
            int[] pixels = new int[16 * 10];
            Arrays.fill(pixels, 0xff000000 | frame * 0x151515);
            frames.write(RenderedFrame.of(frame, 16, 10, pixels, RenderStats.NONE));
        }
        sequence = new RenderedSequence(frames, FIRST, LAST, FPS);
    }

    private AnimationExportViewModel exporting(ExecutableLookup lookup) {
        return new AnimationExportViewModel(() -> Optional.of(sequence),
                new ExecutorBackgroundTasks(Runnable::run, Runnable::run), new FfmpegVideoEncoder(lookup));
    }

    @Test
    void gifHasEveryFrameTheDelayOfTheFrameRateAndLoopsForever() throws IOException {
        AnimationExportViewModel export = exporting(name -> Optional.empty());

        export.export(AnimationFormat.GIF, dir.resolve("spin"));

        Path gif = dir.resolve("spin.gif");
        assertThat(export.problemProperty().get()).isEmpty();
        assertThat(export.messageProperty().get()).contains("Exported 7 frames as animated GIF").contains("spin.gif");
        ImageReader reader = ImageIO.getImageReadersByFormatName("gif").next();
        try (ImageInputStream in = ImageIO.createImageInputStream(gif.toFile())) {
            reader.setInput(in);
            assertThat(reader.getNumImages(true)).isEqualTo(LAST - FIRST + 1);
            IIOMetadataNode first = (IIOMetadataNode) reader.getImageMetadata(0)
                    .getAsTree("javax_imageio_gif_image_1.0");
            IIOMetadataNode control = (IIOMetadataNode) first.getElementsByTagName("GraphicControlExtension").item(0);
            assertThat(control.getAttribute("delayTime")).isEqualTo("8"); // 100 / 12.5 fps
            IIOMetadataNode netscape = (IIOMetadataNode) first.getElementsByTagName("ApplicationExtension").item(0);
            assertThat(netscape.getAttribute("applicationID")).isEqualTo("NETSCAPE");
            assertThat((byte[]) netscape.getUserObject()).containsExactly(1, 0, 0); // loop count 0: forever
        } finally {
            reader.dispose();
        }
        assertThat(export.runningProperty().get()).isFalse();
    }

    @Test
    void pngFramesAreCopiedUnderTheirOwnNames() throws IOException {
        AnimationExportViewModel export = exporting(name -> Optional.empty());
        Path folder = dir.resolve("slides").resolve("frames");

        export.export(AnimationFormat.PNG_SEQUENCE, folder);

        try (var files = Files.list(folder)) {
            assertThat(files.map(file -> file.getFileName().toString()).sorted())
                    .containsExactly("frame_00005.png", "frame_00006.png", "frame_00007.png", "frame_00008.png",
                            "frame_00009.png", "frame_00010.png", "frame_00011.png");
        }
        assertThat(Files.mismatch(folder.resolve("frame_00008.png"), sequence.frames().pathFor(8))).isEqualTo(-1);
    }

    @Test
    void gifOptionsShrinkAndThinTheFrames() throws IOException {
        AnimationExportViewModel export = exporting(name -> Optional.empty());

        export.export(AnimationFormat.GIF, dir.resolve("small"), new GifOptions(0.5, 2, true));

        ImageReader reader = ImageIO.getImageReadersByFormatName("gif").next();
        try (ImageInputStream in = ImageIO.createImageInputStream(dir.resolve("small.gif").toFile())) {
            reader.setInput(in);
            assertThat(reader.getNumImages(true)).as("every second of 7 frames").isEqualTo((7 + 1) / 2);
            assertThat(reader.read(0).getWidth()).isEqualTo(8);
        } finally {
            reader.dispose();
        }
        assertThat(export.lastRenderFps()).contains(FPS);
    }

    @Test
    void withoutFfmpegMp4SaysWhyBeforeAFileIsPicked() {
        assertThat(exporting(name -> Optional.empty()).unavailableReason(AnimationFormat.MP4))
                .hasValueSatisfying(why -> assertThat(why).contains("ffmpeg").contains("PATH"));
        assertThat(exporting(name -> Optional.of(Path.of("/usr/bin/ffmpeg"))).unavailableReason(AnimationFormat.MP4))
                .isEmpty();
        assertThat(exporting(name -> Optional.empty()).unavailableReason(AnimationFormat.GIF)).isEmpty();
    }

    @Test
    void withoutFfmpegMp4SaysSoClearlyAndWritesNothing() {
        AnimationExportViewModel export = exporting(name -> Optional.empty());

        export.export(AnimationFormat.MP4, dir.resolve("spin.mp4"));

        assertThat(export.problemProperty().get()).startsWith("Could not export the MP4 video: ")
                .contains("ffmpeg, which was not found on the PATH").contains("Install");
        assertThat(dir.resolve("spin.mp4")).doesNotExist();
        assertThat(export.runningProperty().get()).isFalse();
    }

    @Test
    void aMissingFrameIsNamed() throws IOException {
        Files.delete(sequence.frames().pathFor(9));
        AnimationExportViewModel export = exporting(name -> Optional.empty());

        export.export(AnimationFormat.GIF, dir.resolve("spin.gif"));

        assertThat(export.problemProperty().get()).contains("frame_00009.png").contains("missing");
        assertThat(dir.resolve("spin.gif")).doesNotExist();
    }

    @Test
    void nothingToExportBeforeARenderCompleted() {
        AnimationExportViewModel export = new AnimationExportViewModel(Optional::empty,
                new ExecutorBackgroundTasks(Runnable::run, Runnable::run),
                new FfmpegVideoEncoder(name -> Optional.empty()));

        assertThat(export.canExport()).isFalse();
        export.export(AnimationFormat.GIF, dir.resolve("none.gif"));
        assertThat(dir.resolve("none.gif")).doesNotExist();
        assertThat(export.suggestedFile(AnimationFormat.GIF)).isEmpty();
    }

    @Test
    void suggestsFilesBesideTheFrames() {
        AnimationExportViewModel export = exporting(name -> Optional.empty());

        assertThat(export.canExport()).isTrue();
        assertThat(export.suggestedFile(AnimationFormat.MP4)).contains(dir.resolve("render-out").resolve("spin.mp4")
                .toAbsolutePath());
        assertThat(AnimationExportViewModel.withExtension(AnimationFormat.GIF, Path.of("a.GIF")))
                .isEqualTo(Path.of("a.GIF"));
    }
}
