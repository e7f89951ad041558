package io.brigade.engine.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;
import picocli.CommandLine;

/** {@code brigade --version}: Brigade's version, as the build wrote it, and the Java runtime the command runs on. */
public final class BrigadeVersion implements CommandLine.IVersionProvider {

    /** Written by the build from the project's version (a filtered resource beside this class). */
    static final String RESOURCE = "version.properties";

    @Override
    public String[] getVersion() {
        return new String[] {
                "Brigade " + version(),
                "Java " + Runtime.version() + " (" + System.getProperty("java.vm.name") + ", "
                        + System.getProperty("java.vendor") + ") at " + System.getProperty("java.home")
        };
    }

    /** The project's version, such as {@code 0.1.0}. */
    public static String version() {
        try (InputStream in = BrigadeVersion.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing beside " + BrigadeVersion.class.getName()
                        + ": build Brigade with Maven, which writes it");
            }
            Properties properties = new Properties();
            properties.load(in);
            return properties.getProperty("version");
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read " + RESOURCE, e);
        }
    }
}
