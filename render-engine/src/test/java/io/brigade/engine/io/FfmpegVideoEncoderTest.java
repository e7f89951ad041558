package io.brigade.engine.io;

import io.brigade.engine.raster.RenderStats;
import io.brigade.engine.raster.RenderedFrame;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

class FfmpegVideoEncoderTest {

    @Test
    void withoutFfmpegTheMessageSaysWhatToInstall(@TempDir Path dir) {
        FfmpegVideoEncoder encoder = new FfmpegVideoEncoder(name -> Optional.empty());

        assertThat(encoder.isAvailable()).isFalse();
        assertThatThrownBy(() -> encoder.encode(new PngSequenceWriter(dir), 0, 24, dir.resolve("out.mp4")))
                .isInstanceOf(VideoEncodingException.class)
                .hasMessageContaining("ffmpeg").hasMessageContaining("not found on the PATH")
                .hasMessageContaining("Install");
    }

    @Test
    @DisabledOnOs(OS.WINDOWS)
    void aFailingFfmpegIsQuotedWithItsExitCode(@TempDir Path dir) throws IOException {
        Path fake = dir.resolve("ffmpeg");
        Files.writeString(fake, "#!/bin/sh\necho 'frame_%05d.png: No such file or directory' >&2\nexit 254\n");
        Files.setPosixFilePermissions(fake, PosixFilePermissions.fromString("rwxr-xr-x"));
        FfmpegVideoEncoder encoder = new FfmpegVideoEncoder(ExecutableLookup.inFolders(dir.toString()));

        assertThat(encoder.isAvailable()).isTrue();
        assertThatThrownBy(() -> encoder.encode(new PngSequenceWriter(dir), 0, 24, dir.resolve("out.mp4")))
                .isInstanceOf(VideoEncodingException.class)
                .hasMessageContaining("exit code 254").hasMessageContaining("No such file or directory");
    }

    @Test
    void theCommandNamesTheSequenceTheRateAndTheFirstFrame(@TempDir Path dir) {
        PngSequenceWriter sequence = new PngSequenceWriter(dir.resolve("frames"));

        assertThat(FfmpegVideoEncoder.command(Path.of("/usr/bin/ffmpeg"), sequence, 12, 23.976, dir.resolve("a.mp4")))
                .startsWith("/usr/bin/ffmpeg")
                .containsSubsequence("-framerate", "23.976000")
                .containsSubsequence("-start_number", "12")
                .containsSubsequence("-i", dir.resolve("frames").resolve("frame_%05d.png").toString())
                .containsSubsequence("-pix_fmt", "yuv420p")
                .endsWith(dir.resolve("a.mp4").toString());
    }

    @Test
    void quotesTheLastLinesOfALongLog() {
        assertThat(FfmpegVideoEncoder.lastLines("a\nb\n\nc\nd\n", 2)).isEqualTo("c\nd");
        assertThat(FfmpegVideoEncoder.lastLines("  \n", 2)).contains("printed nothing");
    }

    @Test
    void theRealFfmpegEncodesAnOddSizedSequence(@TempDir Path dir) throws Exception {
        ExecutableLookup path = ExecutableLookup.onPath();
        assumeTrue(path.find(FfmpegVideoEncoder.PROGRAM).isPresent(), "ffmpeg is not on the PATH here");
        PngSequenceWriter sequence = new PngSequenceWriter(dir.resolve("frames"));
        for (int frame = 3; frame < 9; frame++) {
            int[] pixels = new int[33 * 17];
            java.util.Arrays.fill(pixels, 0xff000000 | frame * 0x202020);
            sequence.write(RenderedFrame.of(frame, 33, 17, pixels, RenderStats.NONE));
        }
        Path video = dir.resolve("clip.mp4");
        new FfmpegVideoEncoder(path).encode(sequence, 3, 24, video);

        assertThat(video).isRegularFile();
        assertThat(Files.size(video)).isPositive();
    }

    @Test
    void lookupFindsOnlyExecutableFiles(@TempDir Path dir) throws IOException {
        Files.createDirectory(dir.resolve("tool"));
        assertThat(ExecutableLookup.inFolders(dir.toString()).find("tool")).isEmpty();
        assertThat(ExecutableLookup.inFolders("").find("tool")).isEmpty();
    }
}
