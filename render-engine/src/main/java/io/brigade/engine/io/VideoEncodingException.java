package io.brigade.engine.io;

/** Why a video could not be encoded: the encoder is missing, or it failed and said why. */
public final class VideoEncodingException extends Exception {

    public VideoEncodingException(String message) {
        super(message);
    }

    public VideoEncodingException(String message, Throwable cause) {
        super(message, cause);
    }
}
