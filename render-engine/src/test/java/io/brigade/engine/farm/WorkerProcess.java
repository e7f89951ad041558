package io.brigade.engine.farm;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

/**
 * A {@link TestWorkerMain} JVM on 127.0.0.1 (or a {@link TestSubmitterMain} one), with its output lines kept, each
 * with the time it arrived.
 */
final class WorkerProcess implements AutoCloseable {

    /** An output line and the {@link System#nanoTime()} it was read at. */
    record Line(long nanos, String text) {
    }

    static final Duration START_LIMIT = Duration.ofSeconds(60);

    private final Process process;
    private final int port;
    private final List<Line> lines = new ArrayList<>();

    private WorkerProcess(Process process, int port) {
        this.process = process;
        this.port = port;
        Thread reader = new Thread(this::readLines, "worker-" + port + "-output");
        reader.setDaemon(true);
        reader.start();
    }

    /** A worker JVM with a small heap (256 MB), enough for the tests' small frames. */
    static WorkerProcess start(String mode, String cluster, int port, List<Integer> memberPorts) throws IOException {
        return start(mode, cluster, port, memberPorts, "256m");
    }

    /**
     * {@link #start(String, String, int, List) Starts} a worker and waits until it is ready. Start a farm's
     * workers one after another this way, each joining those before it: started at once on a busy machine they
     * may first form separate clusters.
     */
    static WorkerProcess startReady(String mode, String cluster, int port, List<Integer> memberPorts)
            throws IOException, InterruptedException {
        WorkerProcess worker = start(mode, cluster, port, memberPorts);
        worker.awaitReady();
        return worker;
    }

    /** A worker JVM whose heap may grow to {@code maxHeap} (a -Xmx value), as a real worker's would. */
    static WorkerProcess start(String mode, String cluster, int port, List<Integer> memberPorts, String maxHeap)
            throws IOException {
        List<String> members = memberPorts.stream().map(p -> "127.0.0.1:" + p).toList();
        return new WorkerProcess(launch(TestWorkerMain.class, maxHeap,
                List.of(mode, cluster, Integer.toString(port), String.join(",", members))), port);
    }

    /**
     * A {@link TestSubmitterMain} JVM rendering a job on the farm through {@code member}, writing frames to
     * {@code out}; it has no port of its own. {@link #kill() Kill} it to make the submitter vanish.
     */
    static WorkerProcess startSubmitter(String cluster, String member, Path out) throws IOException {
        return new WorkerProcess(launch(TestSubmitterMain.class, "256m", List.of(cluster, member, out.toString())), 0);
    }

    private static Process launch(Class<?> main, String maxHeap, List<String> args) throws IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command = new ArrayList<>(List.of(java, "-Xmx" + maxHeap, "-cp",
                System.getProperty("java.class.path"), main.getName()));
        command.addAll(args);
        return new ProcessBuilder(command).redirectErrorStream(true).start();
    }

    /** Free ports on the loopback interface, for workers about to start. */
    static List<Integer> freePorts(int count) throws IOException {
        List<ServerSocket> sockets = new ArrayList<>();
        try {
            for (int i = 0; i < count; i++) {
                sockets.add(new ServerSocket(0, 1, InetAddress.getLoopbackAddress()));
            }
            return sockets.stream().map(ServerSocket::getLocalPort).toList();
        } finally {
            for (ServerSocket s : sockets) {
                s.close();
            }
        }
    }

    String address() {
        return "127.0.0.1:" + port;
    }

    int port() {
        return port;
    }

    /** The number of lines so far, to look only at later ones. */
    synchronized int mark() {
        return lines.size();
    }

    synchronized List<Line> linesSince(int mark) {
        return List.copyOf(lines.subList(mark, lines.size()));
    }

    /** Waits for a line after {@code mark} that matches, failing after {@code limit}. */
    synchronized Line awaitLine(int mark, Predicate<String> matches, Duration limit) throws InterruptedException {
        long deadline = System.nanoTime() + limit.toNanos();
        int next = mark;
        while (true) {
            for (; next < lines.size(); next++) {
                if (matches.test(lines.get(next).text())) {
                    return lines.get(next);
                }
            }
            long left = deadline - System.nanoTime();
            if (left <= 0 || !process.isAlive() && next == lines.size()) {
                throw new AssertionError("worker " + address() + " printed no such line within " + limit
                        + "; it printed: " + String.join("\n", lines.stream().map(Line::text).toList()));
            }
            TimeUnit.NANOSECONDS.timedWait(this, Math.min(left, TimeUnit.MILLISECONDS.toNanos(100)));
        }
    }

    /**
     * Waits until every chunk of job {@code jobPrefix} this worker started since {@code mark} has ended, rendered,
     * cancelled, failed or given back, so it sends the job nothing more.
     */
    void awaitChunksEnded(int mark, String jobPrefix, Duration limit) throws InterruptedException {
        String job = ": job " + jobPrefix + " ";
        long deadline = System.nanoTime() + limit.toNanos();
        while (true) {
            List<String> chunks = linesSince(mark).stream().map(Line::text).filter(text -> text.contains(job)).toList();
            long started = chunks.stream().filter(text -> text.endsWith(" started")).count();
            long ended = chunks.stream().filter(text -> text.contains(" rendered in ") || text.endsWith(" cancelled")
                    || text.contains(" failed at frame ") || text.endsWith(" given back (leaving)")).count();
            if (started == ended) {
                return;
            }
            if (System.nanoTime() > deadline) {
                throw new AssertionError(address() + ": " + started + " chunks of job " + jobPrefix + " started, "
                        + ended + " ended within " + limit + ": " + chunks);
            }
            Thread.sleep(20);
        }
    }

    Line awaitReady() throws InterruptedException {
        return awaitLine(0, text -> text.contains("ready"), START_LIMIT);
    }

    /** SIGKILL: the worker vanishes without a word, as when its machine loses power. */
    void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor(30, TimeUnit.SECONDS);
    }

    /** SIGTERM: the worker leaves the farm cleanly (its shutdown hook), else it is killed. */
    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(20, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            process.waitFor(20, TimeUnit.SECONDS);
        }
    }

    private void readLines() {
        try (BufferedReader in = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            for (String text = in.readLine(); text != null; text = in.readLine()) {
                synchronized (this) {
                    lines.add(new Line(System.nanoTime(), text));
                    notifyAll();
                }
            }
        } catch (IOException closed) {
            synchronized (this) { // the process has ended and its pipe is closed: no more lines
                lines.add(new Line(System.nanoTime(), "[output ended: " + closed.getMessage() + "]"));
                notifyAll();
            }
        }
    }
}
