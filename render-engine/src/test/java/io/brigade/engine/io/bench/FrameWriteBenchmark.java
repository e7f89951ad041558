package io.brigade.engine.io.bench;

import io.brigade.engine.io.AtomicFile;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

/**
 * What the output stage's last step costs: one encoded frame written as the render writes it (a hidden
 * temporary file, forced to disk, renamed over the frame's name), in files per second. Run with JMH's
 * {@code -t 1} and {@code -t 4} to see how far one output thread goes and what more writers would add;
 * docs/architecture.md quotes the figures. Each thread cycles through a few names, so the disk never fills.
 * Run from the repository root as the README's "Micro-benchmarks" says, naming {@code FrameWriteBenchmark}.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 2, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class FrameWriteBenchmark {

    private static final int NAMES_PER_THREAD = 32;

    /** The folder the frames go to, under target/ (on the disk renders write to, unlike a tmpfs /tmp). */
    @State(Scope.Benchmark)
    public static class Folder {

        /** Bytes per frame: a fast 1080p frame of bench-diffuse, and a fast 4K anti-aliased teapot. */
        @Param({"262144", "1310720"})
        public int bytes;

        Path path;
        byte[] frame;
        private final AtomicInteger threads = new AtomicInteger();

        @Setup(Level.Trial)
        public void create() throws IOException {
            Files.createDirectories(Path.of("target"));
            path = Files.createTempDirectory(Path.of("target"), "frame-write-bench");
            frame = new byte[bytes];
            new Random(1).nextBytes(frame); // incompressible, as deflated PNG data is
        }

        @TearDown(Level.Trial)
        public void remove() throws IOException {
            try (Stream<Path> files = Files.walk(path)) {
                for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(file);
                }
            }
        }
    }

    /** One writer's names: frame_T_00000.png .. frame_T_00031.png, in turn. */
    @State(Scope.Thread)
    public static class Names {

        private Path[] names;
        private int next;

        @Setup(Level.Trial)
        public void name(Folder folder) {
            int thread = folder.threads.getAndIncrement();
            names = new Path[NAMES_PER_THREAD];
            for (int i = 0; i < NAMES_PER_THREAD; i++) {
                names[i] = folder.path.resolve(String.format("frame_%d_%05d.png", thread, i));
            }
        }

        Path next() {
            Path name = names[next];
            next = (next + 1) % names.length;
            return name;
        }
    }

    @Benchmark
    public void writeFrame(Folder folder, Names names) throws IOException {
        AtomicFile.write(names.next(), folder.frame);
    }
}
