package io.brigade.engine.io;

import java.io.IOException;
import java.util.zip.DataFormatException;
import java.util.zip.Inflater;

/**
 * Decodes the PNG files Brigade writes (8-bit RGB or RGBA, not interlaced, any of the five row filters) into
 * ARGB pixels, about ten times faster than ImageIO's reader, which a farm's submitter would otherwise spend most
 * of its time in. Other kinds of PNG are left to ImageIO ({@link #isSupported}). The bytes may come from another
 * machine: every length is checked and the pixels are exactly {@code width} x {@code height}, or it throws.
 */
public final class PngDecoder {

    private static final byte[] SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};
    private static final int IHDR_LENGTH = 13;
    private static final int COLOR_TYPE_RGB = 2;
    private static final int COLOR_TYPE_RGBA = 6;
    private static final int IHDR = chunkType("IHDR");
    private static final int IDAT = chunkType("IDAT");
    private static final int IEND = chunkType("IEND");

    private PngDecoder() {
    }

    /** True for a PNG this decoder reads: 8-bit RGB or RGBA, deflated, not interlaced. */
    public static boolean isSupported(byte[] png) {
        if (png.length < SIGNATURE.length + 8 + IHDR_LENGTH || !hasSignature(png)
                || readInt(png, SIGNATURE.length + 4) != IHDR || readInt(png, SIGNATURE.length) != IHDR_LENGTH) {
            return false;
        }
        int fields = SIGNATURE.length + 8;
        int colorType = png[fields + 9];
        return png[fields + 8] == 8 && (colorType == COLOR_TYPE_RGB || colorType == COLOR_TYPE_RGBA)
                && png[fields + 10] == 0 && png[fields + 11] == 0 && png[fields + 12] == 0;
    }

    /**
     * The pixels of {@code png}, row by row from the top-left, as {@code 0xAARRGGBB} (opaque for RGB).
     *
     * @throws IOException when it is not a supported PNG of exactly that size, or its data is cut short or corrupt
     */
    public static int[] decode(byte[] png, int width, int height) throws IOException {
        if (!isSupported(png)) {
            throw new IOException("not an 8-bit RGB or RGBA PNG without interlacing");
        }
        int fields = SIGNATURE.length + 8;
        int pngWidth = readInt(png, fields);
        int pngHeight = readInt(png, fields + 4);
        if (pngWidth != width || pngHeight != height) {
            throw new IOException("the image is " + Integer.toUnsignedString(pngWidth) + "x"
                    + Integer.toUnsignedString(pngHeight) + ", expected " + width + "x" + height);
        }
        int channels = png[fields + 9] == COLOR_TYPE_RGBA ? 4 : 3;
        int stride = 1 + channels * width;
        byte[] raw = inflate(png, fields + IHDR_LENGTH + 4, Math.multiplyExact(stride, height));
        return toArgb(raw, width, height, channels);
    }

    /** The image data of every IDAT chunk from {@code offset} on, inflated to exactly {@code expected} bytes. */
    private static byte[] inflate(byte[] png, int offset, int expected) throws IOException {
        byte[] raw = new byte[expected];
        int filled = 0;
        Inflater inflater = new Inflater();
        try {
            int at = offset;
            while (true) {
                if (at + 8 > png.length) {
                    throw new IOException("the PNG is cut short");
                }
                int length = readInt(png, at);
                int type = readInt(png, at + 4);
                if (length < 0 || length > png.length - at - 12) {
                    throw new IOException("a PNG chunk runs past the end of the file");
                }
                if (type == IDAT) {
                    inflater.setInput(png, at + 8, length);
                    filled = inflateInto(inflater, raw, filled);
                } else if (type == IEND) {
                    break;
                }
                at += 12 + length;
            }
            if (filled != expected || !inflater.finished()) {
                throw new IOException("the PNG's image data holds " + filled + " bytes, expected " + expected);
            }
            return raw;
        } finally {
            inflater.end();
        }
    }

    private static int inflateInto(Inflater inflater, byte[] raw, int filled) throws IOException {
        try {
            while (!inflater.needsInput() && !inflater.finished()) {
                int n = inflater.inflate(raw, filled, raw.length - filled);
                if (n == 0 && filled == raw.length && !inflater.finished()) {
                    throw new IOException("the PNG's image data is larger than its size says");
                }
                filled += n;
                if (n == 0 && inflater.needsDictionary()) {
                    throw new IOException("the PNG's image data asks for a preset dictionary");
                }
            }
            return filled;
        } catch (DataFormatException e) {
            throw new IOException("the PNG's image data is corrupt: " + e.getMessage(), e);
        }
    }

    /** Undoes each row's filter (PNG spec section 9) in place, then packs the pixels. */
    private static int[] toArgb(byte[] raw, int width, int height, int channels) throws IOException {
        int stride = 1 + channels * width;
        int rowBytes = stride - 1;
        int[] argb = new int[width * height];
        for (int y = 0; y < height; y++) {
            int row = y * stride + 1;
            int above = row - stride; // unused on the first row, where "above" is all zeros
            int filter = raw[row - 1];
            switch (filter) {
                case 0 -> { }
                case 1 -> unfilterSub(raw, row, rowBytes, channels);
                case 2 -> unfilterUp(raw, row, above, rowBytes, y == 0);
                case 3 -> unfilterAverage(raw, row, above, rowBytes, channels, y == 0);
                case 4 -> unfilterPaeth(raw, row, above, rowBytes, channels, y == 0);
                default -> throw new IOException("row " + y + " of the PNG has an unknown filter " + filter);
            }
            pack(raw, row, argb, y * width, width, channels);
        }
        return argb;
    }

    private static void unfilterSub(byte[] raw, int row, int rowBytes, int bpp) {
        for (int i = bpp; i < rowBytes; i++) {
            raw[row + i] += raw[row + i - bpp];
        }
    }

    private static void unfilterUp(byte[] raw, int row, int above, int rowBytes, boolean first) {
        if (!first) {
            for (int i = 0; i < rowBytes; i++) {
                raw[row + i] += raw[above + i];
            }
        }
    }

    private static void unfilterAverage(byte[] raw, int row, int above, int rowBytes, int bpp, boolean first) {
        for (int i = 0; i < rowBytes; i++) {
            int left = i >= bpp ? raw[row + i - bpp] & 0xFF : 0;
            int up = first ? 0 : raw[above + i] & 0xFF;
            raw[row + i] += (byte) ((left + up) >>> 1);
        }
    }

    private static void unfilterPaeth(byte[] raw, int row, int above, int rowBytes, int bpp, boolean first) {
        for (int i = 0; i < rowBytes; i++) {
            int a = i >= bpp ? raw[row + i - bpp] & 0xFF : 0;
            int b = first ? 0 : raw[above + i] & 0xFF;
            int c = i >= bpp && !first ? raw[above + i - bpp] & 0xFF : 0;
            int p = a + b - c;
            int pa = Math.abs(p - a);
            int pb = Math.abs(p - b);
            int pc = Math.abs(p - c);
            int predictor = pa <= pb && pa <= pc ? a : pb <= pc ? b : c;
            raw[row + i] += (byte) predictor;
        }
    }

    private static void pack(byte[] raw, int row, int[] argb, int out, int width, int channels) {
        int i = row;
        if (channels == 3) {
            for (int x = 0; x < width; x++, i += 3) {
                argb[out + x] = 0xFF000000 | (raw[i] & 0xFF) << 16 | (raw[i + 1] & 0xFF) << 8 | raw[i + 2] & 0xFF;
            }
        } else {
            for (int x = 0; x < width; x++, i += 4) {
                argb[out + x] = (raw[i + 3] & 0xFF) << 24 | (raw[i] & 0xFF) << 16 | (raw[i + 1] & 0xFF) << 8
                        | raw[i + 2] & 0xFF;
            }
        }
    }

    private static boolean hasSignature(byte[] png) {
        for (int i = 0; i < SIGNATURE.length; i++) {
            if (png[i] != SIGNATURE[i]) {
                return false;
            }
        }
        return true;
    }

    private static int readInt(byte[] bytes, int at) {
        return (bytes[at] & 0xFF) << 24 | (bytes[at + 1] & 0xFF) << 16 | (bytes[at + 2] & 0xFF) << 8 | bytes[at + 3] & 0xFF;
    }

    private static int chunkType(String name) {
        return name.charAt(0) << 24 | name.charAt(1) << 16 | name.charAt(2) << 8 | name.charAt(3);
    }
}
