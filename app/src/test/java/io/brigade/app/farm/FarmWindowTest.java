package io.brigade.app.farm;

import static org.assertj.core.api.Assertions.assertThat;

import io.brigade.app.MainViewModel;
import io.brigade.app.edit.ObjectEdits;
import io.brigade.app.export.NodeSnapshots;
import io.brigade.app.export.SnapshotScale;
import io.brigade.app.testing.MainWindowFixture;
import io.brigade.app.testing.WindowServices;
import io.brigade.engine.farm.FarmMember;
import io.brigade.engine.farm.FarmSettings;
import io.brigade.engine.farm.FarmWorker;
import io.brigade.engine.farm.FarmWorkerStatus;
import io.brigade.engine.geometry.primitive.PrimitiveKind;
import io.brigade.engine.io.PngSequenceWriter;
import io.brigade.engine.io.PngWriter;
import io.brigade.engine.scene.RenderSettings;
import io.brigade.engine.scene.Scene;
import io.brigade.engine.scene.StandardAssetResolver;
import io.brigade.engine.scene.json.SceneFiles;
import io.brigade.engine.schedule.JobOutcome;
import io.brigade.engine.schedule.RenderRequest;
import io.brigade.engine.schedule.RenderScheduler;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import javafx.scene.Node;
import javafx.scene.control.Labeled;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.image.WritableImage;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.framework.junit5.Stop;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The editor and a render farm of one worker started in this JVM on 127.0.0.1, once for the class: Test
 * Connection names the worker or says what is wrong, and a render on the farm writes the frames a local render
 * writes while the farm panel shows the worker.
 */
@ExtendWith(ApplicationExtension.class)
class FarmWindowTest {

    private static final String CLUSTER = "farm-window-test";
    /** Generous: a Test Connection that finds nobody gives up after about 10 s, a loaded 2-core machine is slow. */
    private static final long NO_HANG_SECONDS = 90;
    private static final int FRAMES = 4;

    @TempDir
    static Path dir;

    private static FarmWorker worker;
    private static Path sceneFile;

    private MainWindowFixture window;
    private MainViewModel viewModel;

    @BeforeAll
    static void startTheFarm() throws Exception {
        int port = freePort();
        worker = FarmWorker.start(new FarmSettings(CLUSTER, FarmSettings.LOOPBACK, port,
                List.of(FarmSettings.LOOPBACK + ":" + port), FarmSettings.DEFAULT_LOST_AFTER_SECONDS), 1,
                System.out, System.err);
        sceneFile = dir.resolve("tiny" + SceneFiles.EXTENSION);
        RenderSettings settings = RenderSettings.DEFAULT.withSize(64, 36).withAntiAliasing(1).withFrames(0, FRAMES - 1);
        SceneFiles.save(ObjectEdits.withPrimitiveAdded(Scene.empty(settings), PrimitiveKind.CUBE), sceneFile);
    }

    @AfterAll
    static void stopTheFarm() {
        if (worker != null) {
            worker.close();
        }
    }

    @Start
    void start(Stage stage) {
        window = MainWindowFixture.show(stage, WindowServices.dialogsOpening(owner -> Optional.empty()))
                .opening(sceneFile);
        viewModel = window.viewModel();
    }

    @Stop
    void stop() throws Exception {
        window.shutDown();
    }

    @BeforeEach
    void waitForTheScene() throws Exception {
        window.waitForTheScene(NO_HANG_SECONDS);
    }

    @Test
    void testConnectionNamesTheWorkerThatAnsweredOrTheAddressThatDidNot(FxRobot robot) throws Exception {
        openSettingsOnTheFarm(robot, worker.address());

        robot.clickOn("#testFarmButton");
        awaitTestResult(robot);

        int cores = Runtime.getRuntime().availableProcessors();
        assertThat(testResult(robot)).isEqualTo(FarmProbe.describe(List.of(new FarmMember(worker.address(), cores, 1))));

        String closed = FarmSettings.LOOPBACK + ":" + freePort();
        robot.interact(() -> robot.lookup("#farmMembersField").queryAs(TextField.class).setText(closed));
        robot.clickOn("#testFarmButton");
        awaitTestResult(robot);

        assertThat(testResult(robot)).contains(closed, "--cluster " + CLUSTER);
        robot.push(KeyCode.ESCAPE);
    }

    @Test
    void aRenderOnTheFarmWritesTheFramesOfALocalRenderAndThePanelShowsTheWorker(FxRobot robot) throws Exception {
        openSettingsOnTheFarm(robot, worker.address());
        robot.clickOn("#renderSettingsOk");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(viewModel.renderSettings().orElseThrow().farm().onFarmProperty().get()).isTrue();

        robot.push(KeyCode.SHORTCUT, KeyCode.R);
        WaitForAsyncUtils.waitFor(NO_HANG_SECONDS, TimeUnit.SECONDS, () -> !viewModel.render().runningProperty().get());
        WaitForAsyncUtils.waitFor(NO_HANG_SECONDS, TimeUnit.SECONDS, () -> viewModel.farm().workers().stream()
                .mapToInt(FarmWorkerStatus::framesDone).sum() == FRAMES);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(window.lookup(robot, "#renderHeadline").queryLabeled().getText()).startsWith("Rendered " + FRAMES);
        assertThat(viewModel.render().frameSlots()).allMatch(slot -> slot.thumbnail().isPresent());
        assertThat(window.lookup(robot, "#farmPanel").query().isVisible()).isTrue();
        TableView<?> table = window.lookup(robot, "#farmWorkersTable").queryAs(TableView.class);
        assertThat(table.getItems()).hasSize(1);
        FarmWorkerStatus row = viewModel.farm().workers().get(0);
        assertThat(row.member().address()).isEqualTo(worker.address());
        assertThat(row.member().cores()).isEqualTo(Runtime.getRuntime().availableProcessors());
        assertThat(row.describe()).isEqualTo("idle");
        assertThat(window.lookup(robot, "#farmHeadline").queryLabeled().getText())
                .isEqualTo("Farm \"" + CLUSTER + "\": 1 worker, " + FRAMES + " frames done");
        WaitForAsyncUtils.waitFor(NO_HANG_SECONDS, TimeUnit.SECONDS,
                () -> viewModel.teaching().timeline().runs().stream().noneMatch(run -> run.running()));
        assertThat(viewModel.teaching().timeline().runs().get(0).lanes()).as("the worker timeline")
                .contains(worker.address() + " / worker 1");
        assertThat(viewModel.teaching().timeline().runs().get(0).title()).isEqualTo("Render farm \"" + CLUSTER + "\"");
        assertSameAsALocalRender(viewModel.render().frameFile(0).orElseThrow().getParent());
        writeFigure(window.lookup(robot, "#farmPanel").query());
    }

    private void openSettingsOnTheFarm(FxRobot robot, String members) {
        robot.clickOn("#renderMenu").clickOn("#renderSettingsItem");
        robot.clickOn("#renderFarmChoice");
        robot.interact(() -> {
            robot.lookup("#farmMembersField").queryAs(TextField.class).setText(members);
            robot.lookup("#farmClusterField").queryAs(TextField.class).setText(CLUSTER);
        });
    }

    private static void awaitTestResult(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(NO_HANG_SECONDS, TimeUnit.SECONDS,
                () -> !robot.lookup("#testFarmButton").query().isDisabled());
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static String testResult(FxRobot robot) {
        return robot.lookup("#farmTestResult").queryAs(Labeled.class).getText();
    }

    /**
     * The farm panel as docs/farm.md shows it, written under {@code target/doc-figures}; to refresh
     * the committed one, add {@code -Dbrigade.docs.figures=$PWD/docs/figures} to this test's run.
     */
    private static void writeFigure(Node panels) throws Exception {
        String named = System.getProperty("brigade.docs.figures", "");
        Path folder = Files.createDirectories(named.isBlank() ? Path.of("target", "doc-figures") : Path.of(named));
        AtomicReference<WritableImage> image = new AtomicReference<>();
        WaitForAsyncUtils.asyncFx(() -> image.set(NodeSnapshots.take(panels, SnapshotScale.X1)))
                .get(NO_HANG_SECONDS, TimeUnit.SECONDS);
        WritableImage picture = image.get();
        Path file = folder.resolve("farm-panel.png");
        PngWriter.write(PngWriter.toImage((int) picture.getWidth(), (int) picture.getHeight(),
                NodeSnapshots.argb(picture)), file);
        assertThat(ImageIO.read(file.toFile()).getWidth()).isEqualTo((int) Math.ceil(panels.getLayoutBounds().getWidth()));
    }

    private static void assertSameAsALocalRender(Path farmFrames) throws Exception {
        Scene scene = SceneFiles.load(sceneFile, new StandardAssetResolver());
        Path local = Files.createDirectories(dir.resolve("local"));
        assertThat(new RenderScheduler().start(RenderRequest.of(scene::poseAt, scene.settings())
                .withOutput(new PngSequenceWriter(local))).result().join().outcome()).isEqualTo(JobOutcome.COMPLETED);
        for (int frame = 0; frame < FRAMES; frame++) {
            String name = String.format(PngSequenceWriter.DEFAULT_PATTERN, frame);
            assertThat(Files.readAllBytes(farmFrames.resolve(name))).as(name)
                    .isEqualTo(Files.readAllBytes(local.resolve(name)));
        }
    }

    /** A free port low enough for a worker, which may move up to four ports past it. */
    private static int freePort() throws IOException {
        while (true) {
            try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
                if (socket.getLocalPort() <= 65_000) {
                    return socket.getLocalPort();
                }
            }
        }
    }
}
