package io.brigade.app.farm;

import static org.assertj.core.api.Assertions.assertThat;

import io.brigade.app.concurrent.ExecutorBackgroundTasks;
import io.brigade.engine.farm.FarmAddress;
import io.brigade.engine.farm.FarmMember;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

class FarmSettingsViewModelTest {

    private static final FarmPreferences STUDIO = new FarmPreferences(true, "studio", "10.0.0.5:5701, 10.0.0.6:5701");

    private final List<Runnable> background = new ArrayList<>();
    private final AtomicReference<FarmAddress> probed = new AtomicReference<>();

    /** Background work waits in a list until the test runs it; its answer runs at once, as on the FX thread. */
    private FarmSettingsViewModel fields(FarmPreferences preferences, FarmSettingsViewModel.Probe probe) {
        return new FarmSettingsViewModel(preferences, new ExecutorBackgroundTasks(background::add, Runnable::run),
                address -> {
                    probed.set(address);
                    return probe.test(address);
                });
    }

    @Test
    void theFieldsShowThePreferencesAndGiveThemBack() {
        FarmSettingsViewModel fields = fields(STUDIO, address -> "");

        assertThat(fields.onFarmProperty().get()).isTrue();
        assertThat(fields.membersProperty().get()).isEqualTo("10.0.0.5:5701, 10.0.0.6:5701");
        assertThat(fields.clusterProperty().get()).isEqualTo("studio");
        assertThat(fields.preferences(new ArrayList<>())).contains(STUDIO);
    }

    @Test
    void testConnectionRunsInTheBackgroundAndShowsTheWorkersThatAnswered() {
        FarmSettingsViewModel fields = fields(STUDIO, address -> FarmProbe.describe(List.of(
                new FarmMember("10.0.0.5:5701", 16, 16), new FarmMember("10.0.0.6:5701", 1, 1))));

        fields.testConnection();

        assertThat(fields.testingProperty().get()).isTrue();
        assertThat(fields.testResultProperty().get()).isEqualTo(
                "Connecting to 10.0.0.5:5701, 10.0.0.6:5701 (cluster \"studio\")...");
        background.remove(0).run();
        assertThat(probed.get()).isEqualTo(STUDIO.address());
        assertThat(fields.testingProperty().get()).isFalse();
        assertThat(fields.testResultProperty().get())
                .isEqualTo("2 workers answered: 10.0.0.5:5701 (16 cores), 10.0.0.6:5701 (1 core)");
    }

    @Test
    void aFarmThatDoesNotAnswerShowsTheEngineMessageNamingTheAddress() {
        FarmSettingsViewModel fields = fields(STUDIO, address -> {
            throw new IllegalStateException("no worker of cluster \"studio\" answered at " + address.membersText()
                    + " (are the workers started with --cluster studio and reachable from here?)");
        });

        fields.testConnection();
        background.remove(0).run();

        assertThat(fields.testingProperty().get()).isFalse();
        assertThat(fields.testResultProperty().get()).contains("10.0.0.5:5701, 10.0.0.6:5701", "--cluster studio");
    }

    @Test
    void anAddressThatIsNotHostAndPortIsNamedWithoutConnecting() {
        FarmSettingsViewModel fields = fields(STUDIO, address -> "");
        fields.membersProperty().set("10.0.0.5");

        fields.testConnection();
        List<String> found = new ArrayList<>();

        assertThat(background).isEmpty();
        assertThat(fields.testResultProperty().get()).startsWith("Render farm: \"10.0.0.5\" is not HOST:PORT");
        assertThat(fields.preferences(found)).isEmpty();
        assertThat(found).singleElement().asString().startsWith("Render farm: \"10.0.0.5\" is not HOST:PORT");
    }

    @Test
    void aWrongAddressIsKeptWithoutComplaintWhileThisComputerIsChosen() {
        FarmSettingsViewModel fields = fields(STUDIO, address -> "");
        fields.membersProperty().set("not an address");
        fields.onFarmProperty().set(false);

        assertThat(fields.preferences(new ArrayList<>()))
                .contains(new FarmPreferences(false, "studio", "not an address"));
    }

    @Test
    void theAnswerOfAnEarlierTestIsNotShownOverALaterOne() {
        FarmSettingsViewModel fields = fields(STUDIO, address -> "answer for " + address.membersText());
        fields.testConnection();
        fields.membersProperty().set("127.0.0.1:5701");
        fields.testConnection();

        background.remove(1).run();
        background.remove(0).run();

        assertThat(fields.testResultProperty().get()).isEqualTo("answer for 127.0.0.1:5701");
        assertThat(fields.testingProperty().get()).isFalse();
    }
}
