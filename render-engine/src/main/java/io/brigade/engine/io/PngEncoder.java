package io.brigade.engine.io;

import io.brigade.engine.raster.RenderedFrame;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.zip.CRC32;
import java.util.zip.Deflater;

/**
 * Encodes a frame as an 8-bit RGB PNG in memory, fast: every row with the Up filter, deflated at zlib's
 * fastest level. That costs about a third of ImageIO's PNG writer (which tries five filters on every row)
 * for files about twice as large; {@link PngCompression} measures both. Thread-safe: each call owns its
 * buffers and its deflater, so workers encode frames side by side.
 */
public final class PngEncoder {

    private static final byte[] SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};
    private static final int HEADER_BYTES = SIGNATURE.length + 25 + 8; // signature, IHDR chunk, IDAT length and type
    private static final int TRAILER_BYTES = 4 + 12; // IDAT CRC, IEND chunk
    /** Filtered rows are handed to the deflater in blocks of about this size, to keep the calls into zlib few. */
    private static final int BLOCK_BYTES = 1 << 16;
    private static final int BIT_DEPTH = 8;
    private static final int COLOR_TYPE_RGB = 2;
    private static final byte FILTER_UP = 2;

    private PngEncoder() {
    }

    /** The complete PNG file of {@code frame}, filtered and deflated for speed. */
    public static byte[] encode(RenderedFrame frame) {
        int width = frame.width();
        int stride = 1 + 3 * width; // the filter-type byte, then RGB
        Output out = new Output(HEADER_BYTES + frame.height() * stride / 8 + TRAILER_BYTES);
        out.position = HEADER_BYTES;
        Deflater deflater = new Deflater(Deflater.BEST_SPEED);
        try {
            deflateRows(frame, deflater, out);
        } finally {
            deflater.end();
        }
        int dataLength = out.position - HEADER_BYTES;
        out.ensureRoom(TRAILER_BYTES);
        writeHeader(out.bytes, width, frame.height(), dataLength);
        out.putInt(crc(out.bytes, HEADER_BYTES - 4, 4 + dataLength));
        writeChunk(out, "IEND", new byte[0]);
        return Arrays.copyOf(out.bytes, out.position);
    }

    private static void deflateRows(RenderedFrame frame, Deflater deflater, Output out) {
        int width = frame.width();
        int stride = 1 + 3 * width;
        int rowsPerBlock = Math.max(1, BLOCK_BYTES / stride);
        byte[] block = new byte[rowsPerBlock * stride];
        int[] row = new int[width];
        int[] above = new int[width]; // the spec's row above the first is zero
        int y = 0;
        while (y < frame.height()) {
            int rows = Math.min(rowsPerBlock, frame.height() - y);
            for (int i = 0; i < rows; i++, y++) {
                frame.copyRow(y, row, 0);
                block[i * stride] = FILTER_UP;
                subtractAbove(row, above, block, i * stride + 1);
                int[] done = above;
                above = row;
                row = done;
            }
            deflater.setInput(block, 0, rows * stride);
            while (!deflater.needsInput()) {
                out.deflateFrom(deflater);
            }
        }
        deflater.finish();
        while (!deflater.finished()) {
            out.deflateFrom(deflater);
        }
    }

    /**
     * PNG's Up filter (spec section 9.2): each byte as its difference to the same channel of the pixel above,
     * so backgrounds and smooth shading become zeros and small numbers. (Measured against Sub on a 1080p and a
     * 4K frame: 5-11% smaller and a little faster to deflate.) Differences are modulo 256, which is what
     * narrowing an int difference to a byte gives, whatever the bits above the channel hold.
     */
    private static void subtractAbove(int[] row, int[] above, byte[] out, int offset) {
        int o = offset;
        for (int x = 0; x < row.length; x++) {
            int p = row[x];
            int up = above[x];
            out[o] = (byte) ((p >> 16) - (up >> 16));
            out[o + 1] = (byte) ((p >> 8) - (up >> 8));
            out[o + 2] = (byte) (p - up);
            o += 3;
        }
    }

    /** Signature, IHDR, and the length and type of the single IDAT chunk that follows. */
    private static void writeHeader(byte[] bytes, int width, int height, int idatLength) {
        Output header = new Output(bytes);
        header.put(SIGNATURE);
        byte[] ihdr = new byte[13];
        Output fields = new Output(ihdr);
        fields.putInt(width);
        fields.putInt(height);
        fields.put(new byte[]{BIT_DEPTH, COLOR_TYPE_RGB, 0, 0, 0}); // deflate, adaptive filtering, no interlace
        writeChunk(header, "IHDR", ihdr);
        header.putInt(idatLength);
        header.put("IDAT".getBytes(StandardCharsets.US_ASCII));
    }

    private static void writeChunk(Output out, String type, byte[] data) {
        out.ensureRoom(12 + data.length);
        out.putInt(data.length);
        int typeStart = out.position;
        out.put(type.getBytes(StandardCharsets.US_ASCII));
        out.put(data);
        out.putInt(crc(out.bytes, typeStart, 4 + data.length));
    }

    private static int crc(byte[] bytes, int offset, int length) {
        CRC32 crc = new CRC32();
        crc.update(bytes, offset, length);
        return (int) crc.getValue();
    }

    /** A byte array that grows as the deflater fills it. */
    private static final class Output {
        byte[] bytes;
        int position;

        Output(int capacity) {
            this(new byte[capacity]);
        }

        Output(byte[] bytes) {
            this.bytes = bytes;
        }

        void deflateFrom(Deflater deflater) {
            ensureRoom(BLOCK_BYTES / 4);
            position += deflater.deflate(bytes, position, bytes.length - position);
        }

        void ensureRoom(int count) {
            if (bytes.length - position < count) {
                bytes = Arrays.copyOf(bytes, Math.max(bytes.length * 2, position + count));
            }
        }

        void put(byte[] data) {
            System.arraycopy(data, 0, bytes, position, data.length);
            position += data.length;
        }

        void putInt(int value) {
            bytes[position] = (byte) (value >>> 24);
            bytes[position + 1] = (byte) (value >>> 16);
            bytes[position + 2] = (byte) (value >>> 8);
            bytes[position + 3] = (byte) value;
            position += 4;
        }
    }
}
