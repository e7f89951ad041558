package io.brigade.engine.scene.json;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/** Strict UTF-8 decoding of a scene file: a byte sequence that is not UTF-8 is refused with its line. */
final class Utf8Text {

    private Utf8Text() {
    }

    static String decode(byte[] bytes, String fileName) throws SceneFormatException {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length);
        CoderResult result = decoder.decode(in, out, true);
        if (result.isError()) {
            int at = in.position();
            throw SceneFormatException.atLine(fileName, lineOf(bytes, at), String.format(
                    "not UTF-8 text: byte 0x%02x at byte offset %d; save the file as UTF-8", bytes[at] & 0xFF, at),
                    characterCoding(result));
        }
        decoder.flush(out);
        return out.flip().toString();
    }

    /** The 1-based line holding byte {@code offset}. */
    private static int lineOf(byte[] bytes, int offset) {
        int line = 1;
        for (int i = 0; i < offset; i++) {
            if (bytes[i] == '\n') {
                line++;
            }
        }
        return line;
    }

    private static CharacterCodingException characterCoding(CoderResult result) {
        try {
            result.throwException();
        } catch (CharacterCodingException e) {
            return e;
        }
        return null;
    }
}
