package io.brigade.engine.io;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

class RegularFilesTest {

    /** Refusing is immediate; reading a device to its end or opening a FIFO would take for ever. */
    private static final Duration NO_HANG = Duration.ofSeconds(60);

    @TempDir
    Path dir;

    @Test
    void aDeviceIsRefusedWithoutBeingRead() {
        SpecialFiles.assumeUnixDevices();
        assertTimeoutPreemptively(NO_HANG, () -> assertThatThrownBy(() -> RegularFiles.readAtMost(Path.of("/dev/zero"), 1 << 20))
                .isInstanceOf(NotRegularFileException.class)
                .hasMessage("/dev/zero: is a character device, not a regular file"));
    }

    @Test
    void aFifoIsRefusedWithoutBeingOpened() throws Exception {
        Path fifo = SpecialFiles.mkfifo(dir.resolve("pipe"));
        assertTimeoutPreemptively(NO_HANG, () -> assertThatThrownBy(() -> RegularFiles.readAtMost(fifo, 1 << 20))
                .isInstanceOf(NotRegularFileException.class)
                .satisfies(e -> assertThat(((NotRegularFileException) e).kind()).isEqualTo("a named pipe (FIFO)")));
    }

    @Test
    void aFolderAndNothingAtAllAreRefused() {
        assertThatThrownBy(() -> RegularFiles.requireRegularFile(dir)).isInstanceOf(NotRegularFileException.class)
                .hasMessageContaining("is a folder");
        assertThatThrownBy(() -> RegularFiles.requireRegularFile(dir.resolve("none"))).isInstanceOf(NoSuchFileException.class);
    }

    @Test
    void aFileBeyondTheCapIsRefusedAndOneWithinItIsReadWhole() throws Exception {
        byte[] bytes = new byte[200_000];
        for (int i = 0; i < bytes.length; i++) {
            bytes[i] = (byte) (i * 31);
        }
        Path file = Files.write(dir.resolve("data.bin"), bytes);

        assertThat(RegularFiles.readAtMost(file, bytes.length)).isEqualTo(bytes);
        assertThat(RegularFiles.readAtMost(file, 1L << 40)).isEqualTo(bytes);
        assertThatThrownBy(() -> RegularFiles.readAtMost(file, bytes.length - 1)).isInstanceOf(FileTooLargeException.class)
                .hasMessageContaining("is too large (more than 199999 bytes)");
        assertThat(RegularFiles.readAtMost(Files.write(dir.resolve("empty"), new byte[0]), 10)).isEmpty();
    }
}
