package io.brigade.engine.farm;

/**
 * What a worker reported: a failed frame, a refused job, or the worker itself lost. The message names the
 * worker ({@code host:port / worker n}) and the frames concerned.
 */
public final class FarmWorkerException extends Exception {

    FarmWorkerException(String message) {
        super(message);
    }
}
