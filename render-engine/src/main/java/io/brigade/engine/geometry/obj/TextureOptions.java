package io.brigade.engine.geometry.obj;

import io.brigade.engine.shading.WrapMode;

/**
 * The options before a texture map's file name in an MTL file, as the MTL specification lists them.
 * Only {@code -clamp} matters to the renderer; the rest are read so their arguments are not taken
 * for the file name. An option not in the specification is skipped with a warning.
 */
record TextureOptions(WrapMode wrap, boolean fileNamePresent) {

    /**
     * Reads options from the token after the statement's keyword; afterwards the scanner's current
     * token is the first of the file name (when {@link #fileNamePresent()}).
     */
    static TextureOptions read(LineScanner line, LoadWarnings warnings) throws ObjParseException {
        WrapMode wrap = WrapMode.REPEAT;
        boolean more = line.nextToken();
        while (more && isOption(line)) {
            String option = line.tokenText();
            switch (option) {
                case "-clamp" -> {
                    wrap = onOff(line, option) ? WrapMode.CLAMP : WrapMode.REPEAT;
                    more = line.nextToken();
                }
                case "-blendu", "-blendv", "-cc" -> {
                    onOff(line, option);
                    more = line.nextToken();
                }
                case "-bm", "-boost", "-texres" -> more = numbers(line, option, 1, 1);
                case "-mm" -> more = numbers(line, option, 2, 2);
                case "-o", "-s", "-t" -> more = numbers(line, option, 1, 3);
                case "-imfchan", "-type" -> {
                    if (!line.nextToken()) {
                        throw line.error(option + " needs a value");
                    }
                    more = line.nextToken();
                }
                default -> more = skipUnknown(line, warnings);
            }
        }
        return new TextureOptions(wrap, more);
    }

    /**
     * Skips an option this reader does not know (such as {@code -colorspace sRGB}) with a warning: its
     * arguments are taken to be the words before the next option or the last word, the file name.
     * Returns whether a token follows.
     */
    private static boolean skipUnknown(LineScanner line, LoadWarnings warnings) {
        warnings.add(line, "unknown texture option " + line.quotedToken() + " ignored");
        boolean more = line.nextToken();
        while (more && !isOption(line) && line.hasTokenAfterCurrent()) {
            more = line.nextToken();
        }
        return more;
    }

    private static boolean isOption(LineScanner line) {
        return line.byteAt(line.tokenStart()) == '-' && line.tokenEnd() - line.tokenStart() > 1
                && !line.tokenIsNumber();
    }

    private static boolean onOff(LineScanner line, String option) throws ObjParseException {
        if (!line.nextToken()) {
            throw line.error(option + " needs on or off");
        }
        if (line.tokenIs("on")) {
            return true;
        }
        if (line.tokenIs("off")) {
            return false;
        }
        throw line.error(option + " needs on or off, got " + line.quotedToken());
    }

    /** Reads min to max numbers; returns whether a token follows them. */
    private static boolean numbers(LineScanner line, String option, int min, int max) throws ObjParseException {
        int count = 0;
        boolean more = line.nextToken();
        while (more && count < max && line.tokenIsNumber()) {
            count++;
            more = line.nextToken();
        }
        if (count < min) {
            throw line.error(option + (min == max ? " needs " + min : " needs " + min + " to " + max)
                    + (max == 1 ? " number" : " numbers"));
        }
        return more;
    }
}
