package io.brigade.engine.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

class BrigadeVersionTest {

    @Test
    void versionNamesTheProjectsVersionAndTheJavaRuntime() {
        StringWriter out = new StringWriter();
        CommandLine cli = BrigadeCli.commandLine();
        cli.setOut(new PrintWriter(out));

        int exit = cli.execute("--version");

        assertThat(exit).isZero();
        assertThat(out.toString().lines().toList()).containsExactly(
                "Brigade " + System.getProperty("brigade.expected.version"),
                "Java " + Runtime.version() + " (" + System.getProperty("java.vm.name") + ", "
                        + System.getProperty("java.vendor") + ") at " + System.getProperty("java.home"));
    }

    @Test
    void theShortcutForTheVersionAloneSaysWhatPicocliSays() {
        StringWriter out = new StringWriter();
        CommandLine cli = BrigadeCli.commandLine();
        cli.setOut(new PrintWriter(out));
        cli.execute("--version");

        assertThat(BrigadeCli.versionOnly(new String[] {"--version"})).contains(out.toString().lines().toList());
        assertThat(BrigadeCli.versionOnly(new String[] {"-V"})).contains(out.toString().lines().toList());
    }

    @Test
    void theShortcutLeavesAnyOtherCommandLineToPicocli() {
        assertThat(BrigadeCli.versionOnly(new String[0])).isEmpty();
        assertThat(BrigadeCli.versionOnly(new String[] {"render", "--version"})).isEmpty();
        assertThat(BrigadeCli.versionOnly(new String[] {"--version", "--help"})).isEmpty();
        assertThat(BrigadeCli.versionOnly(new String[] {"--versions"})).isEmpty();
    }

    @Test
    void theVersionIsTheOneTheBuildWrote() {
        assertThat(BrigadeVersion.version()).isEqualTo(System.getProperty("brigade.expected.version"))
                .matches("\\d+\\.\\d+\\.\\d+.*");
    }
}
