package io.brigade.engine.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code brigade} command line: render scenes headless, benchmark the renderer, serve a render farm. */
@Command(name = "brigade", mixinStandardHelpOptions = true, versionProvider = BrigadeVersion.class,
        description = "Renders Brigade scene files (*.scene.json) without a window.",
        subcommands = {RenderCommand.class, BenchCommand.class, WorkerCommand.class})
public final class BrigadeCli implements Runnable {

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        System.exit(commandLine().execute(args));
    }

    /** The configured command line, for tests to run with captured output. */
    public static CommandLine commandLine() {
        return new CommandLine(new BrigadeCli());
    }

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "missing command: render, bench or worker");
    }
}
