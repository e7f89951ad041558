package io.brigade.app.chrome;

import java.util.Objects;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * What the window tells the user: the latest message of the status line, and the problem in the banner until it
 * is dismissed or replaced. Every feature reports through one of these. Use it on the FX thread.
 */
public final class Messages {

    private final ReadOnlyStringWrapper status;
    private final ReadOnlyObjectWrapper<Problem> problem = new ReadOnlyObjectWrapper<>(this, "problem");

    public Messages(String firstStatus) {
        status = new ReadOnlyStringWrapper(this, "status", Objects.requireNonNull(firstStatus, "firstStatus"));
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    /** The problem on show, or null. */
    public ReadOnlyObjectProperty<Problem> problemProperty() {
        return problem.getReadOnlyProperty();
    }

    public void status(String text) {
        status.set(Objects.requireNonNull(text, "text"));
    }

    /** Shows {@code shown} in the banner; null clears it, as a success after a failure does. */
    public void problem(Problem shown) {
        problem.set(shown);
    }

    public void dismissProblem() {
        problem.set(null);
    }
}
