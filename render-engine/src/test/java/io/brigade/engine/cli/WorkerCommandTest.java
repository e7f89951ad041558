package io.brigade.engine.cli;

import org.junit.jupiter.api.Test;
import picocli.CommandLine;

import java.io.PrintWriter;
import java.io.StringWriter;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code brigade worker} checks its options before it starts anything; the farm itself is tested in farm. */
class WorkerCommandTest {

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        CommandLine cli = BrigadeCli.commandLine();
        cli.setOut(new PrintWriter(out));
        cli.setErr(new PrintWriter(err));
        return cli.execute(args);
    }

    @Test
    void helpListsTheFarmOptions() {
        assertThat(run("worker", "--help")).isZero();
        assertThat(out.toString()).contains("--cluster", "--bind", "--port", "--members", "--workers", "--lost-after");
    }

    @Test
    void aClusterNameWithSpacesIsAUsageError() {
        assertThat(run("worker", "--cluster", "my farm")).isEqualTo(2);
        assertThat(err.toString()).contains("cluster name", "my farm");
    }

    @Test
    void aSilenceBoundOutOfRangeIsAUsageError() {
        assertThat(run("worker", "--lost-after", "1")).isEqualTo(2);
        assertThat(err.toString()).contains("lost-after must be between 2 and 600");
    }

    @Test
    void renderHelpListsTheFarmOptions() {
        assertThat(run("render", "--help")).isZero();
        assertThat(out.toString()).contains("--farm", "--chunk-size", "--chunk-retries");
    }
}
