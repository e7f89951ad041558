package io.brigade.app.chrome;

import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.beans.property.BooleanProperty;
import javafx.beans.value.ObservableBooleanValue;
import javafx.scene.Node;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.layout.Region;
import javafx.stage.Stage;

/**
 * Presentation mode gives the projector the viewport: the window maximizes, the outliner and the inspector step
 * aside, the teaching panel folds away (View > Worker Timeline, Ctrl+T, brings it back) and the controls under
 * the viewport scroll within a small band, tall enough for the teaching choices on top of them. Leaving the mode
 * puts everything back as it was.
 */
public final class PresentationLayout {

    /** The most of the window's height the controls under the viewport take in presentation mode. */
    static final double CONTROLS_SHARE = 0.09;

    private final Stage stage;
    private final SplitPane editorPanes;
    private final List<Node> sidePanels;
    private final SplitPane editorAndTeaching;
    private final BooleanProperty teachingFolded;
    private final BooleanProperty timelineShown;
    private boolean presenting;
    private boolean wasShown;
    private final ScrollPane controls;
    private final Region keptWhole;

    private double[] paneDividers;
    private double[] teachingDividers;
    private boolean wasMaximized;

    private PresentationLayout(Stage stage, SplitPane editorPanes, List<Node> sidePanels,
                               SplitPane editorAndTeaching, BooleanProperty teachingFolded,
                               BooleanProperty timelineShown, ScrollPane controls, Region keptWhole) {
        this.stage = stage;
        this.editorPanes = editorPanes;
        this.sidePanels = List.copyOf(sidePanels);
        this.editorAndTeaching = editorAndTeaching;
        this.teachingFolded = teachingFolded;
        this.timelineShown = timelineShown;
        timelineShown.addListener((observable, was, shown) -> {
            if (presenting) {
                teachingFolded.set(!shown); // the instructor asked for the worker timeline
            }
        });
        this.controls = controls;
        this.keptWhole = keptWhole;
    }

    /**
     * Follows {@code presentation} from now on. {@code sidePanels} are the first and last of {@code editorPanes}'
     * items; {@code teachingFolded} folds away the teaching panel, the last of {@code editorAndTeaching}'s, until
     * {@code timelineShown} (the worker timeline's View item) asks for it. {@code keptWhole}, the first of the
     * {@code controls}, stays in view whole however small the band.
     */
    public static void follow(ObservableBooleanValue presentation, Stage stage, SplitPane editorPanes,
                              List<Node> sidePanels, SplitPane editorAndTeaching, BooleanProperty teachingFolded,
                              BooleanProperty timelineShown, ScrollPane controls, Region keptWhole) {
        PresentationLayout layout = new PresentationLayout(stage, editorPanes, sidePanels, editorAndTeaching,
                teachingFolded, timelineShown, controls, keptWhole);
        presentation.addListener((observable, was, on) -> {
            if (on) {
                layout.enter();
            } else {
                layout.leave();
            }
        });
        if (presentation.get()) {
            layout.enter();
        }
    }

    private void enter() {
        paneDividers = editorPanes.getDividerPositions();
        teachingDividers = editorAndTeaching.getDividerPositions();
        wasMaximized = stage.isMaximized();
        editorPanes.getItems().removeAll(sidePanels);
        wasShown = timelineShown.get();
        timelineShown.set(false);
        teachingFolded.set(true);
        presenting = true;
        controls.maxHeightProperty().bind(Bindings.createDoubleBinding(
                () -> Math.max(stage.getHeight() * CONTROLS_SHARE, keptWhole.getHeight()),
                stage.heightProperty(), keptWhole.heightProperty()));
        stage.setMaximized(true);
    }

    private void leave() {
        editorPanes.getItems().add(0, sidePanels.get(0));
        editorPanes.getItems().addAll(sidePanels.subList(1, sidePanels.size()));
        editorPanes.setDividerPositions(paneDividers);
        presenting = false;
        teachingFolded.set(false);
        timelineShown.set(wasShown);
        editorAndTeaching.setDividerPositions(teachingDividers);
        controls.maxHeightProperty().unbind();
        controls.setMaxHeight(Region.USE_COMPUTED_SIZE);
        stage.setMaximized(wasMaximized);
    }
}
