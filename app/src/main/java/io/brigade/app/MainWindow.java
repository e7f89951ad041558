package io.brigade.app;

import io.brigade.app.chrome.AnimationMenu;
import io.brigade.app.chrome.EditMenu;
import io.brigade.app.chrome.MainMenu;
import io.brigade.app.chrome.MainToolbar;
import io.brigade.app.chrome.PresentationLayout;
import io.brigade.app.chrome.ProblemBanner;
import io.brigade.app.chrome.SlideTools;
import io.brigade.app.chrome.StatusLine;
import io.brigade.app.chrome.ViewMenu;
import io.brigade.app.dialogs.WindowDialogs;
import io.brigade.app.export.SnapshotTargets;
import io.brigade.app.files.Samples;
import io.brigade.app.inspector.InspectorView;
import io.brigade.app.outliner.OutlinerView;
import io.brigade.app.farm.FarmPanel;
import io.brigade.app.render.RenderPanel;
import io.brigade.app.render.RenderSettingsDialog;
import io.brigade.app.render.StillPanel;
import io.brigade.app.teaching.BlockingRenderDialog;
import io.brigade.app.teaching.ExecutionModeView;
import io.brigade.app.teaching.TeachingPanel;
import io.brigade.app.teaching.WhoWaits;
import io.brigade.app.theme.ThemeStore;
import io.brigade.app.theme.ThemeViewModel;
import io.brigade.app.timeline.TimelineBar;
import io.brigade.app.timeline.TimelineKeys;
import io.brigade.app.viewport.PreviewPane;
import io.brigade.app.viewport.ViewportKeys;
import io.brigade.engine.scene.json.SceneFiles;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import javafx.beans.binding.BooleanBinding;
import javafx.geometry.Dimension2D;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.geometry.Rectangle2D;
import javafx.scene.Scene;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.SplitPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.Screen;
import javafx.stage.Stage;
import javafx.stage.WindowEvent;

/**
 * The editor's main window: menu and toolbar on top; the outliner, the preview with its timeline and the inspector
 * side by side; the teaching panel (worker timeline, CPU use) under them; the status line below.
 */
public final class MainWindow {

    static final String TITLE = MainViewModel.APP_NAME;
    /** The window's size at first where the screen has the room; a smaller screen's visible area otherwise. */
    static final double WIDTH = 1440;
    static final double HEIGHT = 900;
    private static final double BANNER_MARGIN = 16;
    private static final double OUTLINER_WIDTH = 220;
    private static final double INSPECTOR_WIDTH = 300;
    private static final double TEACHING_HEIGHT = 215;

    /** Where Save As starts for a scene that belongs to no file yet. */
    static final Path UNTITLED_FILE = Path.of("untitled" + SceneFiles.EXTENSION);

    private final MainViewModel viewModel;
    private final WindowDialogs dialogs;
    private final Runnable quit;
    private final ThemeViewModel theme;
    private final SnapshotTargets snapshots = new SnapshotTargets();
    private TeachingPanel teachingPanel;
    private Samples samples = Samples.find(Path.of(""));
    private SplitPane editorPanes;
    private VBox outliner;
    private VBox inspector;
    private ScrollPane controls;
    private Region executionMode;

    /** {@code quit} ends the application; the window takes it as given so tests can observe it. */
    public MainWindow(MainViewModel viewModel, WindowDialogs dialogs, Runnable quit) {
        this(viewModel, dialogs, quit, new ThemeViewModel(ThemeStore.inMemory()));
    }

    /** As above, styled by {@code theme}, whose choice the app keeps between runs. */
    public MainWindow(MainViewModel viewModel, WindowDialogs dialogs, Runnable quit, ThemeViewModel theme) {
        this.viewModel = Objects.requireNonNull(viewModel, "viewModel");
        this.dialogs = Objects.requireNonNull(dialogs, "dialogs");
        this.quit = Objects.requireNonNull(quit, "quit");
        this.theme = Objects.requireNonNull(theme, "theme");
    }

    /**
     * Lists the samples of {@code folder} under File > Open Sample instead of those installed or in the repository
     * the app runs from; call before {@link #showIn}.
     */
    MainWindow withSamplesIn(Path folder) {
        samples = new Samples(folder);
        return this;
    }

    /** The parts of this window the Snapshot menu offers; a feature adds its own with one register call. */
    public SnapshotTargets snapshots() {
        return snapshots;
    }

    /**
     * Builds the window's content into {@code stage} and shows it; playing and rendering stop when the window hides.
     * Closing the window or quitting asks first when there are unsaved changes.
     */
    public void showIn(Stage stage) {
        BorderPane root = new BorderPane();
        root.setId("mainWindow");
        root.getStyleClass().add("main-window");
        MainMenu.FileActions fileActions = new MainMenu.FileActions(() -> openScene(stage),
                file -> afterUnsavedChanges(stage, () -> viewModel.files().openScene(file)),
                () -> dialogs.objChooser().chooseSceneFile(stage).ifPresent(viewModel.files()::importObj),
                () -> save(stage),
                () -> saveAs(stage), () -> beforeClosing(stage, quit));
        Menu fileMenu = MainMenu.fileMenu(fileActions, viewModel.sceneProperty().isNotNull(),
                viewModel.files().recentFiles());
        fileMenu.getItems().add(0,
                MainMenu.newSceneItem(() -> afterUnsavedChanges(stage, viewModel.files()::newScene)));
        addOpenSample(fileMenu, stage);
        Menu editMenu = EditMenu.create(viewModel.document(), viewModel.outliner());
        BooleanBinding canRender = viewModel.sceneProperty().isNotNull()
                .and(viewModel.render().runningProperty().not());
        Menu renderMenu = MainMenu.renderMenu(() -> renderAnimation(stage, false), canRender,
                viewModel::renderStill, viewModel.sceneProperty().isNotNull()
                        .and(viewModel.still().runningProperty().not()),
                () -> renderSettings(stage), viewModel.sceneProperty().isNotNull());
        renderMenu.getItems().add(1, MainMenu.renderIntoItem(() -> renderAnimation(stage, true), canRender));
        renderMenu.getItems().add(3, MainMenu.cancelRenderItem(viewModel::cancelRenders,
                viewModel.render().runningProperty().or(viewModel.still().runningProperty())));
        Menu animationMenu = AnimationMenu.create(viewModel.keyframes());
        MenuBar menuBar = MainMenu.create(fileMenu, editMenu, ViewMenu.create(viewModel), renderMenu, animationMenu);
        root.setTop(new VBox(menuBar, MainToolbar.create(
                MainToolbar.items(fileMenu, "openSceneItem", "saveItem"),
                MainToolbar.items(editMenu, "undoItem", "redoItem"),
                MainToolbar.items(renderMenu, "renderAnimationItem", "renderStillItem", "cancelRenderItem"),
                MainToolbar.items(animationMenu, "addKeyItem", "deleteKeyItem"))));
        teachingPanel = new TeachingPanel(viewModel.teaching(), TeachingPanel.platformChooser(),
                theme.choiceProperty());
        Dimension2D size = defaultSize(Screen.getPrimary().getVisualBounds());
        SplitPane editorAndTeaching = editorAndTeaching(size);
        root.setCenter(editorAndTeaching);
        root.setBottom(StatusLine.create(viewModel, theme.themeProperty(), theme.presentationProperty()));
        menuBar.getMenus().stream().filter(menu -> "viewMenu".equals(menu.getId())).findFirst().ifPresent(view ->
                view.getItems().addAll(new SeparatorMenuItem(), teachingPanel.showTimelineItem(),
                        FarmPanel.showItem(viewModel.farm())));

        Scene scene = new Scene(root, size.getWidth(), size.getHeight());
        new SlideTools(viewModel, theme, snapshots).install(stage, root, menuBar, scene);
        snapshots.register("workerTimeline", "Worker Timeline", teachingPanel.timelineNode(),
                teachingPanel.timelinePicture());
        snapshots.register("cpuUse", "CPU Use", teachingPanel.cpuUseNode(), teachingPanel.cpuUsePicture());
        TimelineKeys.install(scene, viewModel.timeline());
        EditMenu.installAlternativeShortcuts(scene, viewModel.document());
        ViewportKeys.install(scene, viewModel.viewport());
        AnimationMenu.installAlternativeShortcuts(scene, viewModel.keyframes());

        stage.titleProperty().bind(viewModel.titleProperty());
        stage.setScene(scene);
        stage.addEventHandler(WindowEvent.WINDOW_HIDDEN, event -> {
            viewModel.timeline().pause();
            viewModel.cancelRenders();
        });
        stage.setOnCloseRequest(event -> {
            if (viewModel.isRendering() || viewModel.document().dirtyProperty().get()) {
                event.consume();
                beforeClosing(stage, stage::close);
            }
        });
        PresentationLayout.follow(theme.presentationProperty(), stage, editorPanes, List.of(outliner, inspector),
                editorAndTeaching, teachingPanel.foldedProperty(), viewModel.teaching().timeline().shownProperty(),
                controls, executionMode);
        stage.show();
    }

    /** The worker timeline's node once shown, for snapshots of it. */
    public Region workerTimelineNode() {
        return teachingPanel.timelineNode();
    }

    /** The editor above the teaching panel (worker timeline, CPU use), which spans the window's width. */
    private SplitPane editorAndTeaching(Dimension2D size) {
        SplitPane split = new SplitPane(editorPanes(size), teachingPanel.node());
        split.setId("editorAndTeaching");
        split.setOrientation(Orientation.VERTICAL);
        SplitPane.setResizableWithParent(teachingPanel.node(), false);
        split.setDividerPositions(1 - TEACHING_HEIGHT / size.getHeight());
        teachingPanel.keepRoomIn(split);
        return split;
    }

    /** The outliner, the preview with its timeline, the inspector; the side panels keep their width on resize. */
    private SplitPane editorPanes(Dimension2D size) {
        outliner = OutlinerView.create(viewModel.outliner());
        inspector = InspectorView.create(viewModel.inspector(), viewModel.cameraInspector(),
                viewModel.lightInspector());
        SplitPane panes = new SplitPane(outliner, previewWithTimeline(), inspector);
        editorPanes = panes;
        panes.setId("editorPanes");
        SplitPane.setResizableWithParent(outliner, false);
        SplitPane.setResizableWithParent(inspector, false);
        panes.setDividerPositions(OUTLINER_WIDTH / size.getWidth(), 1 - INSPECTOR_WIDTH / size.getWidth());
        return panes;
    }

    private BorderPane previewWithTimeline() {
        HBox banner = ProblemBanner.create(viewModel);
        StackPane.setAlignment(banner, Pos.TOP_CENTER);
        StackPane.setMargin(banner, new Insets(BANNER_MARGIN));
        // The banner lies over the preview, so showing it does not change the preview's size.
        StackPane overlay = new StackPane(PreviewPane.create(viewModel.viewport()), banner);
        overlay.setMinSize(0, 0);

        BorderPane center = new BorderPane(overlay);
        // The controls scroll when presentation mode leaves them only a band of the window.
        executionMode = ExecutionModeView.create(viewModel.teaching());
        controls = new ScrollPane(new VBox(executionMode, StillPanel.create(viewModel.still(), () -> saveStill(center)),
                RenderPanel.create(viewModel.render()), FarmPanel.create(viewModel.farm())));
        controls.setId("viewportControls");
        controls.getStyleClass().add("edge-to-edge");
        controls.setFitToWidth(true);
        controls.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        center.setBottom(new VBox(controls, TimelineBar.create(viewModel.timeline(), viewModel.keyframes())));
        return center;
    }

    /** {@link #WIDTH} by {@link #HEIGHT}, or less to fit in {@code screen}, the screen's area free of task bars. */
    static Dimension2D defaultSize(Rectangle2D screen) {
        return new Dimension2D(Math.min(WIDTH, screen.getWidth()), Math.min(HEIGHT, screen.getHeight()));
    }

    /** File > Open Sample, after Open Recent. */
    private void addOpenSample(Menu fileMenu, Stage stage) {
        Menu openSample = MainMenu.openSampleMenu(samples,
                file -> afterUnsavedChanges(stage, () -> viewModel.files().openScene(file)));
        fileMenu.getItems().stream().filter(item -> "openRecentMenu".equals(item.getId())).findFirst()
                .ifPresentOrElse(recent -> fileMenu.getItems().add(fileMenu.getItems().indexOf(recent) + 1, openSample),
                        () -> fileMenu.getItems().add(openSample));
    }

    /** Asks for the file first, so that cancelling the chooser asks nothing about unsaved changes. */
    private void openScene(Stage owner) {
        dialogs.openChooser().chooseSceneFile(owner).ifPresent(file ->
                afterUnsavedChanges(owner, () -> viewModel.files().openScene(file)));
    }

    /** A scene that belongs to no file yet is saved through Save As. */
    private void save(Stage owner) {
        if (viewModel.files().isUntitled()) {
            saveAs(owner);
        } else {
            viewModel.files().save();
        }
    }

    private void saveAs(Stage owner) {
        Path current = viewModel.sceneFileProperty().get();
        dialogs.saveChooser().chooseSaveFile(owner, current == null ? UNTITLED_FILE : current)
                .ifPresent(viewModel.files()::saveAs);
    }

    private void saveStill(BorderPane inWindow) {
        dialogs.stillChooser().chooseSaveFile(inWindow.getScene().getWindow(), viewModel.suggestedStillFile())
                .ifPresent(viewModel::saveStill);
    }

    private void renderSettings(Stage owner) {
        viewModel.renderSettings().flatMap(fields -> RenderSettingsDialog.ask(owner, fields))
                .ifPresent(viewModel::applyRenderSettings);
    }

    /**
     * Renders into the folder the settings give, asking only when they give none or when {@code ask} (Render
     * Into...) says so.
     */
    private void renderAnimation(Stage owner, boolean ask) {
        Optional<Path> folder = ask ? Optional.empty() : viewModel.renderFolderWithoutAsking();
        folder.or(() -> dialogs.renderFolderChooser().chooseOutputFolder(owner, viewModel.suggestedRenderFolder()))
                .ifPresent(chosen -> {
                    if (viewModel.teaching().mode().whoWaits() == WhoWaits.BLOCKING && !viewModel.rendersOnFarm()) {
                        BlockingRenderDialog.confirmAndRender(owner, viewModel.teaching(), chosen);
                    } else {
                        viewModel.renderAnimation(chosen);
                    }
                });
    }

    /** Asks about a running render, then about unsaved changes; stops the renders only when really closing. */
    private void beforeClosing(Stage owner, Runnable close) {
        viewModel.proceedDespiteRunningRender(() -> dialogs.renderRunning().ask(owner),
                () -> afterUnsavedChanges(owner, () -> {
                    viewModel.cancelRenders();
                    close.run();
                }));
    }

    private void afterUnsavedChanges(Stage owner, Runnable proceed) {
        viewModel.files().proceedDespiteUnsavedChanges(
                () -> dialogs.unsavedChanges().ask(owner, viewModel.sceneNameProperty().get()),
                () -> dialogs.saveChooser().chooseSaveFile(owner, UNTITLED_FILE), proceed);
    }
}
