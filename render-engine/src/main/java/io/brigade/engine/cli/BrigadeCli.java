package io.brigade.engine.cli;

import java.util.List;
import java.util.Optional;
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
        Optional<List<String>> version = versionOnly(args);
        if (version.isPresent()) {
            version.get().forEach(System.out::println);
            System.exit(0);
        }
        System.exit(commandLine().execute(args));
    }

    /**
     * The lines {@code brigade --version} (or {@code -V}) prints, when that is all {@code args} ask: picocli
     * reflects over every subcommand's options before it reads an argument, most of the command's start-up, and
     * the version needs none of it.
     */
    static Optional<List<String>> versionOnly(String[] args) {
        boolean onlyVersion = args.length == 1 && ("--version".equals(args[0]) || "-V".equals(args[0]));
        return onlyVersion ? Optional.of(List.of(new BrigadeVersion().getVersion())) : Optional.empty();
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
