package io.brigade.app.farm;

import io.brigade.app.concurrent.BackgroundTasks;
import io.brigade.engine.farm.FarmAddress;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * The Render Settings dialog's "Where" fields: this computer or a render farm, the farm's members and cluster
 * name, and Test Connection, which runs through the given background tasks, never on the FX thread. Use it on
 * the FX thread.
 */
public final class FarmSettingsViewModel {

    /** Test Connection, given the address: the workers' description, or throws with what went wrong. */
    @FunctionalInterface
    public interface Probe {
        String test(FarmAddress address) throws Exception;
    }

    private final BackgroundTasks background;
    private final Probe probe;
    private final BooleanProperty onFarm = new SimpleBooleanProperty(this, "onFarm");
    private final StringProperty members = new SimpleStringProperty(this, "members");
    private final StringProperty cluster = new SimpleStringProperty(this, "cluster");
    private final ReadOnlyBooleanWrapper testing = new ReadOnlyBooleanWrapper(this, "testing");
    private final ReadOnlyStringWrapper testResult = new ReadOnlyStringWrapper(this, "testResult", "");
    /** Counts tests, so the answer of one started before the latest is not shown. */
    private long tests;

    public FarmSettingsViewModel(FarmPreferences preferences, BackgroundTasks background, Probe probe) {
        this.background = Objects.requireNonNull(background, "background");
        this.probe = Objects.requireNonNull(probe, "probe");
        onFarm.set(preferences.onFarm());
        members.set(preferences.members());
        cluster.set(preferences.cluster());
    }

    /** The real probe: joins the farm, lists its workers, leaves; Hazelcast's own warnings go to standard error. */
    public static Probe farmProbe() {
        return address -> FarmProbe.describe(FarmProbe.workers(address, System.err));
    }

    /** True: render on the farm; false: on this computer. */
    public BooleanProperty onFarmProperty() {
        return onFarm;
    }

    /** {@code HOST:PORT, HOST:PORT}: one or more of the farm's workers. */
    public StringProperty membersProperty() {
        return members;
    }

    public StringProperty clusterProperty() {
        return cluster;
    }

    /** True while a Test Connection is under way. */
    public ReadOnlyBooleanProperty testingProperty() {
        return testing.getReadOnlyProperty();
    }

    /** What the latest Test Connection found: the workers that answered, or what went wrong and what to do. */
    public ReadOnlyStringProperty testResultProperty() {
        return testResult.getReadOnlyProperty();
    }

    /** Connects to the farm the fields name, off the FX thread; the answer arrives in {@link #testResultProperty()}. */
    public void testConnection() {
        FarmAddress address;
        try {
            address = FarmAddress.parse(cluster.get(), members.get());
        } catch (IllegalArgumentException e) {
            testResult.set("Render farm: " + e.getMessage());
            return;
        }
        long test = ++tests;
        testing.set(true);
        testResult.set("Connecting to " + address.membersText() + " (cluster \"" + address.cluster() + "\")...");
        background.run(() -> probe.test(address), found -> answered(test, found),
                failed -> answered(test, failed.getMessage() == null ? failed.getClass().getSimpleName()
                        : failed.getMessage()));
    }

    private void answered(long test, String text) {
        if (test == tests) {
            testing.set(false);
            testResult.set(text);
        }
    }

    /** The preferences the fields describe; empty with a line added to {@code found} when the farm's address is wrong. */
    public Optional<FarmPreferences> preferences(List<String> found) {
        try {
            return Optional.of(new FarmPreferences(onFarm.get(), text(cluster), text(members)));
        } catch (IllegalArgumentException e) {
            found.add("Render farm: " + e.getMessage());
            return Optional.empty();
        }
    }

    private static String text(StringProperty field) {
        return field.get() == null ? "" : field.get().strip();
    }
}
