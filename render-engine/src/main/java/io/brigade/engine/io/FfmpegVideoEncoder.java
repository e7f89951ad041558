package io.brigade.engine.io;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * Encodes a PNG sequence into an MP4 video by running the {@code ffmpeg} program, which Brigade does not
 * bundle: it must be on the PATH. Blocks the calling thread until ffmpeg ends; interrupting that thread
 * stops ffmpeg.
 */
public final class FfmpegVideoEncoder {

    public static final String PROGRAM = "ffmpeg";
    /** The lines of ffmpeg's own output a failure message quotes, from the end, where ffmpeg says what went wrong. */
    static final int QUOTED_LINES = 6;

    private final ExecutableLookup lookup;

    public FfmpegVideoEncoder(ExecutableLookup lookup) {
        this.lookup = Objects.requireNonNull(lookup, "lookup");
    }

    /** True when ffmpeg can be found. */
    public boolean isAvailable() {
        return lookup.find(PROGRAM).isPresent();
    }

    /**
     * Encodes {@code frames} (files named by {@code sequence}'s pattern, frames {@code startFrame} on, without
     * gaps) at {@code fps} into {@code video}, replacing it. H.264 in yuv420p where ffmpeg has it, so the file
     * plays everywhere; odd sizes are cropped by one pixel, which yuv420p needs.
     *
     * @throws VideoEncodingException when ffmpeg is not on the PATH, or fails (its message is quoted)
     * @throws InterruptedException   when interrupted; ffmpeg is stopped first
     */
    public void encode(PngSequenceWriter sequence, int startFrame, double fps, Path video)
            throws VideoEncodingException, InterruptedException {
        Path ffmpeg = lookup.find(PROGRAM).orElseThrow(() -> new VideoEncodingException(
                "MP4 export needs ffmpeg, which was not found on the PATH. Install it (for example"
                        + " 'sudo apt-get install ffmpeg', 'brew install ffmpeg' or from ffmpeg.org) and try again,"
                        + " or export a GIF or the PNG frames instead."));
        List<String> command = command(ffmpeg, sequence, startFrame, fps, video);
        Path log = null;
        Process process = null;
        try {
            // To a file, not a pipe: waitFor() is interruptible where reading a pipe is not.
            log = Files.createTempFile("brigade-ffmpeg", ".log");
            process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile())
                    .redirectInput(ProcessBuilder.Redirect.from(nullDevice())).start();
            int exit = process.waitFor();
            if (exit != 0) {
                throw new VideoEncodingException("ffmpeg failed (exit code " + exit + ") writing " + video + ":\n"
                        + lastLines(new String(Files.readAllBytes(log), StandardCharsets.UTF_8), QUOTED_LINES));
            }
        } catch (IOException e) {
            throw new VideoEncodingException("could not run " + ffmpeg + " to write " + video + ": " + e.getMessage(), e);
        } finally {
            if (process != null && process.isAlive()) {
                process.destroyForcibly();
            }
            deleteLog(log);
        }
    }

    private static java.io.File nullDevice() {
        return new java.io.File(System.getProperty("os.name", "").startsWith("Windows") ? "NUL" : "/dev/null");
    }

    /** A log that cannot be deleted now (Windows may still hold it) goes when the JVM exits. */
    private static void deleteLog(Path log) {
        if (log != null && !log.toFile().delete()) {
            log.toFile().deleteOnExit();
        }
    }

    static List<String> command(Path ffmpeg, PngSequenceWriter sequence, int startFrame, double fps, Path video) {
        List<String> command = new ArrayList<>();
        command.add(ffmpeg.toString());
        command.addAll(List.of("-hide_banner", "-nostdin", "-y", "-loglevel", "error"));
        command.addAll(List.of("-framerate", String.format(Locale.ROOT, "%.6f", fps)));
        command.addAll(List.of("-start_number", Integer.toString(startFrame)));
        command.addAll(List.of("-i", sequence.directory().resolve(sequence.pattern()).toString()));
        command.addAll(List.of("-vf", "crop=trunc(iw/2)*2:trunc(ih/2)*2", "-pix_fmt", "yuv420p"));
        command.add(video.toString());
        return command;
    }

    static String lastLines(String log, int count) {
        List<String> lines = log.lines().filter(line -> !line.isBlank()).toList();
        if (lines.isEmpty()) {
            return "(ffmpeg printed nothing)";
        }
        return String.join("\n", lines.subList(Math.max(0, lines.size() - count), lines.size()));
    }
}
