package io.brigade.engine.scene;

/** An asset a scene refers to could not be produced; the message says which and why. */
public class AssetException extends Exception {

    public AssetException(String message) {
        super(message);
    }

    public AssetException(String message, Throwable cause) {
        super(message, cause);
    }
}
