package io.brigade.engine.cli;

import io.brigade.engine.scene.RenderSettings;
import picocli.CommandLine;

/** Parses {@code 1920x1080}. */
final class SizeConverter implements CommandLine.ITypeConverter<SizeConverter.Size> {

    /** An output size from the command line. */
    record Size(int width, int height) {
    }

    @Override
    public Size convert(String value) {
        String[] parts = value.trim().toLowerCase(java.util.Locale.ROOT).split("x", -1);
        if (parts.length != 2 || !isNumber(parts[0]) || !isNumber(parts[1])) {
            throw new CommandLine.TypeConversionException("'" + value + "' is not a size like 1920x1080");
        }
        long w = Long.parseLong(parts[0]);
        long h = Long.parseLong(parts[1]);
        if (w < 1 || h < 1 || w > RenderSettings.MAX_SIZE || h > RenderSettings.MAX_SIZE) {
            throw new CommandLine.TypeConversionException("'" + value + "': width and height must be 1.."
                    + RenderSettings.MAX_SIZE);
        }
        return new Size((int) w, (int) h);
    }

    private static boolean isNumber(String s) {
        return !s.isEmpty() && s.length() <= 9 && s.chars().allMatch(Character::isDigit);
    }
}
