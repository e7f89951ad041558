package io.brigade.engine.cli;

import picocli.CommandLine;

/** Parses {@code 12} or {@code 0-47} (inclusive). */
final class FrameRangeConverter implements CommandLine.ITypeConverter<FrameRangeConverter.FrameRange> {

    /** An inclusive frame range from the command line. */
    record FrameRange(int start, int end) {
    }

    @Override
    public FrameRange convert(String value) {
        String[] parts = value.trim().split("-", -1);
        try {
            if (parts.length == 1) {
                int frame = Integer.parseInt(parts[0]);
                return checked(frame, frame, value);
            }
            if (parts.length == 2) {
                return checked(Integer.parseInt(parts[0]), Integer.parseInt(parts[1]), value);
            }
        } catch (NumberFormatException e) {
            throw new CommandLine.TypeConversionException("'" + value + "' is not a frame or range like 0-47");
        }
        throw new CommandLine.TypeConversionException("'" + value + "' is not a frame or range like 0-47");
    }

    private static FrameRange checked(int start, int end, String value) {
        if (start < 0 || end < start) {
            throw new CommandLine.TypeConversionException("'" + value + "': need 0 <= start <= end");
        }
        return new FrameRange(start, end);
    }
}
