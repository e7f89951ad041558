package io.brigade.engine.schedule;

import io.brigade.engine.io.FrameSink;
import io.brigade.engine.io.PngWriter;
import io.brigade.engine.raster.RenderedFrame;
import org.junit.jupiter.api.Test;

import javax.imageio.ImageIO;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** A job whose output fails says why in words a user can act on: a full disk, a refused permission. */
class OutputFailureMessagesTest {

    private static final Path FOLDER = Path.of("/renders/shot");

    /** A disk that holds {@code capacity} bytes of PNG data, all frames together, then is full. */
    private static final class TinyDisk implements FrameSink {
        private long free;

        TinyDisk(long capacity) {
            this.free = capacity;
        }

        @Override
        public void write(RenderedFrame frame) throws IOException {
            OutputStream disk = new OutputStream() {
                @Override
                public void write(int b) throws IOException {
                    if (free == 0) {
                        throw new IOException("No space left on device");
                    }
                    free--;
                }
            };
            ImageIO.write(PngWriter.toImage(frame), "png", disk); // the encoder wraps the failure in its own
        }

        @Override
        public String destination(int frame) {
            return FOLDER.resolve(String.format("frame_%05d.png", frame)).toString();
        }
    }

    @Test
    void aFullDiskIsReportedAsSuchNamingTheFrameFile() {
        JobResult result = new RenderScheduler().start(RenderRequest.of(TestScenes.spinningCube(), TestScenes.TINY)
                .withWorkers(2).withOutput(new TinyDisk(3_000))).result().join();

        assertThat(result.outcome()).isEqualTo(JobOutcome.FAILED);
        String message = result.failure().orElseThrow().getMessage();
        assertThat(message).matches("frame \\d+: could not write /renders/shot/frame_\\d{5}\\.png: no space left on device");
        assertThat(io.brigade.engine.io.FileProblems.isDiskFull(result.failure().orElseThrow())).isTrue();
    }

    @Test
    void aRefusedPermissionNamesTheFrameFileNotItsTemporaryFile() {
        FrameSink denied = new FrameSink() {
            @Override
            public void write(RenderedFrame frame) throws IOException {
                throw new AccessDeniedException(FOLDER.resolve(".frame_00000.png.90194ac0dc8780e0.tmp").toString());
            }

            @Override
            public String destination(int frame) {
                return FOLDER.resolve("frame_00000.png").toString();
            }
        };
        JobResult result = new RenderScheduler().start(RenderRequest.of(TestScenes.spinningCube(),
                TestScenes.TINY.withFrames(0, 0)).withWorkers(1).withOutput(denied)).result().join();

        assertThat(result.failure().orElseThrow()).hasMessage("frame 0: could not write /renders/shot/frame_00000.png: "
                + "permission denied: /renders/shot/frame_00000.png");
    }
}
