package io.brigade.engine.geometry.obj;

import io.brigade.engine.io.FileProblems;
import io.brigade.engine.io.RegularFiles;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.InvalidPathException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/**
 * Walks the lines and whitespace-separated tokens of an OBJ or MTL file held as bytes, so the
 * parsers can read numbers straight from the buffer. A token is a range of the buffer
 * ({@link #tokenStart()}, {@link #tokenEnd()}); strings are made only for names and errors.
 *
 * <p>Lines end at LF, CRLF or a lone CR; a {@code #} starts a comment that runs to the line's end;
 * a leading UTF-8 byte order mark is skipped. A control byte other than tab, vertical tab and
 * form feed means the file is not text, and is reported with its line.
 */
final class LineScanner {

    /** Files beyond this cannot be held in one array. */
    private static final long MAX_FILE_BYTES = Integer.MAX_VALUE - 16;
    /** Longest excerpt of the file quoted in an error message. */
    private static final int MAX_QUOTED_BYTES = 40;

    private final Path file;
    private final byte[] data;
    private int next;
    private int lineNumber;
    private int contentEnd;
    private int pos;
    private int tokenStart;
    private int tokenEnd;

    LineScanner(Path file, byte[] data) {
        this.file = file;
        this.data = data;
        boolean bom = data.length >= 3 && data[0] == (byte) 0xEF && data[1] == (byte) 0xBB && data[2] == (byte) 0xBF;
        this.next = bom ? 3 : 0;
    }

    /** Reads the whole file; failures are reported against the file as a whole (line 0). */
    static LineScanner open(Path file) throws ObjParseException {
        try {
            return new LineScanner(file, RegularFiles.readAtMost(file, MAX_FILE_BYTES));
        } catch (NoSuchFileException e) {
            throw new ObjParseException(file, 0, "file not found (" + file.toAbsolutePath() + ")", e);
        } catch (IOException e) {
            throw new ObjParseException(file, 0, "cannot read the file: " + FileProblems.describe(e), e);
        }
    }

    Path file() {
        return file;
    }

    int lineNumber() {
        return lineNumber;
    }

    /** Moves to the next line; false when there is none. */
    boolean nextLine() throws ObjParseException {
        if (next >= data.length) {
            return false;
        }
        lineNumber++;
        int i = next;
        int comment = -1;
        for (; i < data.length; i++) {
            byte b = data[i];
            if (b > '#' || b < 0) { // the common case: printable ASCII or a UTF-8 sequence byte
                continue;
            }
            if (b == '#') {
                comment = comment < 0 ? i : comment;
            } else if (b == '\n' || b == '\r') {
                break;
            } else if (b < ' ' && b != '\t' && b != 0x0B && b != '\f') {
                throw error(String.format("binary data: byte 0x%02x is not text", b));
            }
        }
        pos = next;
        contentEnd = comment < 0 ? i : comment;
        next = i < data.length && data[i] == '\r' && i + 1 < data.length && data[i + 1] == '\n' ? i + 2 : i + 1;
        return true;
    }

    /** Moves to the next token of the line; false when the line (before any comment) has no more. */
    boolean nextToken() {
        int i = pos;
        while (i < contentEnd && isSpace(data[i])) {
            i++;
        }
        if (i == contentEnd) {
            pos = i;
            return false;
        }
        tokenStart = i;
        while (i < contentEnd && !isSpace(data[i])) {
            i++;
        }
        tokenEnd = i;
        pos = i;
        return true;
    }

    /** Whether another token follows the current one on this line (before any comment). */
    boolean hasTokenAfterCurrent() {
        int i = pos;
        while (i < contentEnd && isSpace(data[i])) {
            i++;
        }
        return i < contentEnd;
    }

    /** Control bytes other than these were rejected by {@link #nextLine()}. */
    private static boolean isSpace(byte b) {
        return b <= ' ' && b >= 0;
    }

    int tokenStart() {
        return tokenStart;
    }

    int tokenEnd() {
        return tokenEnd;
    }

    byte byteAt(int i) {
        return data[i];
    }

    /** Whether the current token is exactly {@code word} (ASCII). */
    boolean tokenIs(String word) {
        if (tokenEnd - tokenStart != word.length()) {
            return false;
        }
        for (int k = 0; k < word.length(); k++) {
            if (data[tokenStart + k] != word.charAt(k)) {
                return false;
            }
        }
        return true;
    }

    /** Whether the current token looks like a statement keyword: an ASCII letter, then letters, digits or '_'. */
    boolean tokenIsKeyword() {
        if (!isAsciiLetter(data[tokenStart])) {
            return false;
        }
        for (int i = tokenStart + 1; i < tokenEnd; i++) {
            byte b = data[i];
            if (!isAsciiLetter(b) && !(b >= '0' && b <= '9') && b != '_') {
                return false;
            }
        }
        return true;
    }

    private static boolean isAsciiLetter(byte b) {
        return (b >= 'a' && b <= 'z') || (b >= 'A' && b <= 'Z');
    }

    boolean tokenIsNumber() {
        return Float.isFinite(FloatParser.parse(data, tokenStart, tokenEnd));
    }

    /** The current token as a finite number; {@code what} names it in the error otherwise. */
    float tokenFloat(String what) throws ObjParseException {
        float value = FloatParser.parse(data, tokenStart, tokenEnd);
        if (Float.isFinite(value)) {
            return value;
        }
        throw error(numberProblem(what, value));
    }

    private String numberProblem(String what, float value) {
        String text = text(tokenStart, tokenEnd);
        if (Float.isInfinite(value)) {
            return what + " " + quoted(tokenStart, tokenEnd) + " is outside the float range";
        }
        if (text.replaceFirst("^[+-]", "").matches("(?i)nan|inf|infinity")) {
            return what + " " + quoted(tokenStart, tokenEnd) + " is not a finite number";
        }
        return what + " " + quoted(tokenStart, tokenEnd) + " is not a number";
    }

    /**
     * The integer in {@code data[from..to)}: optional sign, then digits; {@link Long#MIN_VALUE} if it
     * is anything else. Beyond 18 digits the value saturates at +-{@link Long#MAX_VALUE}, which no
     * index reaches anyway.
     */
    long parseInteger(int from, int to) {
        int i = from;
        boolean negative = false;
        if (i < to && (data[i] == '-' || data[i] == '+')) {
            negative = data[i] == '-';
            i++;
        }
        if (i == to) {
            return Long.MIN_VALUE;
        }
        long value = 0;
        for (int digits = 0; i < to; i++, digits++) {
            int d = data[i] - '0';
            if (d < 0 || d > 9) {
                return Long.MIN_VALUE;
            }
            value = digits < 18 ? value * 10 + d : Long.MAX_VALUE;
        }
        return negative ? -value : value;
    }

    /** The rest of the line from the current position, trimmed; empty if there is nothing. */
    String restOfLine() {
        int from = pos;
        while (from < contentEnd && isSpace(data[from])) {
            from++;
        }
        int to = contentEnd;
        while (to > from && isSpace(data[to - 1])) {
            to--;
        }
        pos = contentEnd;
        return text(from, to);
    }

    /** The rest of the line from the start of the current token, trimmed. */
    String restOfLineFromToken() {
        pos = tokenStart;
        return restOfLine();
    }

    String tokenText() {
        return text(tokenStart, tokenEnd);
    }

    String text(int from, int to) {
        return new String(data, from, to - from, StandardCharsets.UTF_8);
    }

    /** {@code data[from..to)} in double quotes for an error message, shortened if long. */
    String quoted(int from, int to) {
        return "\"" + excerpt(from, to) + "\"";
    }

    /** {@code data[from..to)} for an error message, shortened if long. */
    String excerpt(int from, int to) {
        return to - from <= MAX_QUOTED_BYTES ? text(from, to) : text(from, from + MAX_QUOTED_BYTES) + "...";
    }

    /** A name or path from the file, shortened if long, for an error message. */
    static String excerpt(String text) {
        return text.length() <= MAX_QUOTED_BYTES ? text : text.substring(0, MAX_QUOTED_BYTES) + "...";
    }

    String quotedToken() {
        return quoted(tokenStart, tokenEnd);
    }

    /**
     * A path written in this file, relative to this file's folder unless absolute. Backslashes, as
     * files written on Windows have them, are read as forward slashes, which work everywhere.
     */
    Path resolveBesideFile(String written) throws ObjParseException {
        Path folder = file.toAbsolutePath().getParent();
        try {
            return folder.resolve(written.replace('\\', '/')).normalize();
        } catch (InvalidPathException e) {
            throw new ObjParseException(file, lineNumber, "invalid path \"" + excerpt(written) + "\"", e);
        }
    }

    ObjParseException error(String problem) {
        return new ObjParseException(file, lineNumber, problem);
    }
}
