package io.brigade.engine.cli;

import io.brigade.engine.raster.FrameRenderer;
import io.brigade.engine.raster.Region;
import io.brigade.engine.raster.RenderStats;
import io.brigade.engine.scene.FramePose;
import io.brigade.engine.scene.RenderSettings;
import io.brigade.engine.scene.Scene;
import io.brigade.engine.schedule.CancellationToken;

import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * The per-frame part of {@code brigade bench}: renders frames on the calling thread (one core) and times
 * each one, by the wall clock and by the thread's CPU time. Several scenes are rendered in turn, one frame
 * each per round, so a load that drifts over the run weighs on all of them alike and their ratios hold.
 */
final class FrameBench {

    private FrameBench() {
    }

    /** A scene to measure, under the name it is printed with. */
    record Workload(String name, Scene scene) {
    }

    /** Times every workload: {@code warmup} rounds first, unmeasured, so the JIT has compiled the hot paths. */
    static List<Result> measure(List<Workload> workloads, int warmup, int runs) {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        boolean cpuClock = threads.isCurrentThreadCpuTimeSupported();
        List<Runner> runners = workloads.stream().map(w -> new Runner(w.scene(), runs)).toList();
        for (int i = 0; i < warmup; i++) {
            for (Runner r : runners) {
                r.render(i);
            }
        }
        for (int i = 0; i < runs; i++) {
            for (Runner r : runners) {
                long cpu0 = cpuClock ? threads.getCurrentThreadCpuTime() : 0;
                long t0 = System.nanoTime();
                RenderStats stats = r.render(i);
                r.wall[i] = System.nanoTime() - t0;
                r.cpu[i] = cpuClock ? threads.getCurrentThreadCpuTime() - cpu0 : -1;
                r.triangles += stats.trianglesSubmitted();
                r.samples += stats.samplesShaded();
            }
        }
        List<Result> results = new ArrayList<>();
        for (Runner r : runners) {
            results.add(new Result(r.wall, cpuClock ? r.cpu : null, r.triangles / runs, r.samples / runs));
        }
        return results;
    }

    /** Prints each workload's figures, then, for several, each one's medians as a ratio to the first's. */
    static void print(PrintWriter out, List<Workload> workloads, List<Result> results) {
        for (int i = 0; i < workloads.size(); i++) {
            results.get(i).print(out, workloads.get(i).name(), workloads.get(i).scene().settings());
        }
        if (workloads.size() > 1) {
            Result first = results.get(0);
            out.printf(Locale.ROOT, "versus %s, frames interleaved (median wall, median cpu):%n", workloads.get(0).name());
            for (int i = 1; i < workloads.size(); i++) {
                Result r = results.get(i);
                out.printf(Locale.ROOT, "  %-36s %.2fx wall, %s cpu%n", workloads.get(i).name(),
                        r.medianMillis() / first.medianMillis(),
                        r.cpu() == null ? "-" : String.format(Locale.ROOT, "%.2fx", r.medianCpuMillis() / first.medianCpuMillis()));
            }
        }
        out.flush();
    }

    /** One workload's renderer, poses and output buffer, reused so the figures are the renderer's, not the allocator's. */
    private static final class Runner {
        final FrameRenderer renderer = new FrameRenderer();
        final RenderSettings settings;
        final FramePose[] poses;
        final int[] pixels;
        final Region whole;
        final long[] wall;
        final long[] cpu;
        long triangles;
        long samples;

        Runner(Scene scene, int runs) {
            settings = scene.settings();
            poses = new FramePose[settings.frameCount()];
            for (int i = 0; i < poses.length; i++) {
                poses[i] = scene.poseAt(settings.startFrame() + i);
            }
            pixels = new int[settings.width() * settings.height()];
            whole = Region.full(settings.width(), settings.height());
            wall = new long[runs];
            cpu = new long[runs];
        }

        RenderStats render(int i) {
            return renderer.render(poses[i % poses.length], settings, whole, pixels, CancellationToken.NONE);
        }
    }

    /**
     * Measured frame times (wall clock, and thread CPU time where the JVM has it, else null) and what an
     * average frame contained. CPU time leaves out the time the OS gave other processes, so on a loaded
     * machine it is the steadier figure; the wall clock is what a user waits.
     */
    record Result(long[] nanos, long[] cpu, long trianglesPerFrame, long samplesPerFrame) {

        double medianMillis() {
            return median(nanos) / 1e6;
        }

        double medianCpuMillis() {
            return median(cpu) / 1e6;
        }

        double minMillis() {
            return Arrays.stream(nanos).min().orElseThrow() / 1e6;
        }

        double maxMillis() {
            return Arrays.stream(nanos).max().orElseThrow() / 1e6;
        }

        private static double median(long[] values) {
            long[] sorted = values.clone();
            Arrays.sort(sorted);
            int n = sorted.length;
            return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2.0;
        }

        void print(PrintWriter out, String sceneName, RenderSettings s) {
            double median = medianMillis();
            long pixels = (long) s.width() * s.height();
            out.printf(Locale.ROOT, "bench %s: %dx%d, %dx%d anti-aliasing, %s shading, 1 thread, %d frames measured%n",
                    sceneName, s.width(), s.height(), s.antiAliasing(), s.antiAliasing(),
                    s.shading().name().toLowerCase(Locale.ROOT), nanos.length);
            out.printf(Locale.ROOT, "  per frame: median %.2f ms, min %.2f ms, max %.2f ms%n", median, minMillis(), maxMillis());
            if (cpu != null) {
                out.printf(Locale.ROOT, "  cpu time:  median %.2f ms, min %.2f ms per frame%n",
                        medianCpuMillis(), Arrays.stream(cpu).min().orElseThrow() / 1e6);
            }
            out.printf(Locale.ROOT, "  triangles: %,d per frame, %.2f million/s%n", trianglesPerFrame, trianglesPerFrame / median / 1e3);
            out.printf(Locale.ROOT, "  pixels:    %,d per frame (%,d samples shaded), %.1f million/s%n",
                    pixels, samplesPerFrame, pixels / median / 1e3);
        }
    }
}
