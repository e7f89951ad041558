package io.brigade.engine.farm;

/** No worker of the farm could be reached. */
public final class FarmUnreachableException extends Exception {

    FarmUnreachableException(String message, Throwable cause) {
        super(message, cause);
    }
}
