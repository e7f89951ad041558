package io.brigade.app.edit;

/** An edit the scene cannot take, such as a name another object already has; the message says why. */
public final class InvalidEditException extends Exception {

    public InvalidEditException(String message) {
        super(message);
    }

    public InvalidEditException(String message, Throwable cause) {
        super(message, cause);
    }
}
