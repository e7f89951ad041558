package io.brigade.engine.farm;

/** A farm message that does not read as one: cut short, too large, or of another format. */
public final class MalformedMessageException extends Exception {

    MalformedMessageException(String message) {
        super(message);
    }
}
