package io.brigade.engine.farm;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * The farm's messages as bytes: length-prefixed fields in a fixed order behind a format number. Reading
 * is for untrusted input: every length is checked against a limit before anything is allocated, and a
 * message with bytes left over is refused.
 */
final class Wire {

    static final int FORMAT = 1;

    private Wire() {
    }

    /** Writes one message. */
    static final class Out {
        private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        private final DataOutputStream data = new DataOutputStream(bytes);

        Out() {
            writeInt(FORMAT);
        }

        Out writeInt(int value) {
            try {
                data.writeInt(value);
            } catch (IOException e) {
                throw new UncheckedIOException(e); // a ByteArrayOutputStream does not fail
            }
            return this;
        }

        Out writeLong(long value) {
            try {
                data.writeLong(value);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return this;
        }

        Out writeBytes(byte[] value) {
            writeInt(value.length);
            bytes.writeBytes(value);
            return this;
        }

        Out writeString(String value) {
            return writeBytes(value.getBytes(StandardCharsets.UTF_8));
        }

        byte[] toBytes() {
            return bytes.toByteArray();
        }
    }

    /** Reads one message, checking each field. */
    static final class In {
        private final DataInputStream data;
        private final String what;
        private int left;

        In(byte[] message, String what) throws MalformedMessageException {
            if (message == null) {
                throw new MalformedMessageException(what + ": no message");
            }
            this.data = new DataInputStream(new ByteArrayInputStream(message));
            this.left = message.length;
            this.what = what;
            int format = readInt("format");
            if (format != FORMAT) {
                throw new MalformedMessageException(what + ": format " + format + ", this Brigade reads " + FORMAT
                        + " (run the same Brigade version on every machine)");
            }
        }

        int readInt(String field) throws MalformedMessageException {
            need(Integer.BYTES, field);
            try {
                return data.readInt();
            } catch (IOException e) {
                throw new MalformedMessageException(what + ": " + field + ": " + e.getMessage());
            }
        }

        int readInt(String field, int min, int max) throws MalformedMessageException {
            int value = readInt(field);
            if (value < min || value > max) {
                throw new MalformedMessageException(what + ": " + field + " must be " + min + ".." + max
                        + ", got " + value);
            }
            return value;
        }

        long readLong(String field) throws MalformedMessageException {
            need(Long.BYTES, field);
            try {
                return data.readLong();
            } catch (IOException e) {
                throw new MalformedMessageException(what + ": " + field + ": " + e.getMessage());
            }
        }

        byte[] readBytes(String field, int maxLength) throws MalformedMessageException {
            int length = readInt(field + " length", 0, maxLength);
            need(length, field);
            byte[] value = new byte[length];
            try {
                data.readFully(value);
            } catch (IOException e) {
                throw new MalformedMessageException(what + ": " + field + ": " + e.getMessage());
            }
            return value;
        }

        String readString(String field, int maxBytes) throws MalformedMessageException {
            return new String(readBytes(field, maxBytes), StandardCharsets.UTF_8);
        }

        void requireEnd() throws MalformedMessageException {
            if (left != 0) {
                throw new MalformedMessageException(what + ": " + left + " bytes after the last field");
            }
        }

        private void need(int count, String field) throws MalformedMessageException {
            if (count > left) {
                throw new MalformedMessageException(what + ": " + field + " is cut short");
            }
            left -= count;
        }
    }
}
