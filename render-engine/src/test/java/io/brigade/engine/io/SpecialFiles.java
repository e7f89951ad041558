package io.brigade.engine.io;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** Hostile inputs for tests: named pipes, devices, and a tiny TGA image. */
public final class SpecialFiles {

    private SpecialFiles() {
    }

    /** Makes a named pipe (FIFO) with {@code mkfifo}; skips the test where there is none (Windows). */
    public static Path mkfifo(Path path) throws IOException, InterruptedException {
        assumeTrue(!System.getProperty("os.name").toLowerCase().contains("win"), "no named pipes on Windows");
        Process process = new ProcessBuilder("mkfifo", path.toString()).redirectErrorStream(true).start();
        assumeTrue(process.waitFor(60, TimeUnit.SECONDS) && process.exitValue() == 0, "mkfifo is not available");
        return path;
    }

    /** Skips the test unless {@code /dev/zero} is there, as on Linux and macOS. */
    public static void assumeUnixDevices() {
        assumeTrue(Files.exists(Path.of("/dev/zero")), "no /dev/zero on this system");
    }

    /** An uncompressed 2x2 true-colour TGA 2.0 file (with its footer), every pixel {@code argb}'s colour. */
    public static byte[] tinyTga(int argb) {
        byte[] header = {0, 0, 2, 0, 0, 0, 0, 0, 0, 0, 0, 0, 2, 0, 2, 0, 24, 0x20};
        byte[] footer = "\0\0\0\0\0\0\0\0TRUEVISION-XFILE.\0".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        byte[] file = new byte[header.length + 4 * 3 + footer.length];
        System.arraycopy(footer, 0, file, header.length + 4 * 3, footer.length);
        System.arraycopy(header, 0, file, 0, header.length);
        for (int p = 0; p < 4; p++) {
            int at = header.length + 3 * p;
            file[at] = (byte) argb;             // blue
            file[at + 1] = (byte) (argb >> 8);  // green
            file[at + 2] = (byte) (argb >> 16); // red
        }
        return file;
    }
}
