package io.brigade.engine.cli;

import io.brigade.engine.io.PngCompression;
import picocli.CommandLine;

/** Parses {@code fast} or {@code small}, in any case. */
final class PngCompressionConverter implements CommandLine.ITypeConverter<PngCompression> {

    @Override
    public PngCompression convert(String value) {
        for (PngCompression compression : PngCompression.values()) {
            if (compression.name().equalsIgnoreCase(value.trim())) {
                return compression;
            }
        }
        throw new CommandLine.TypeConversionException("'" + value + "' is not a PNG compression: use fast or small");
    }
}
