package io.brigade.app.timeline;

import static org.assertj.core.api.Assertions.assertThat;

import io.brigade.app.chrome.Problem;
import io.brigade.app.concurrent.ExecutorBackgroundTasks;
import io.brigade.app.edit.DocumentViewModel;
import io.brigade.app.edit.SceneSaver;
import io.brigade.app.outliner.OutlinerItem;
import io.brigade.app.testing.SampleScenes;
import io.brigade.engine.animation.Interpolation;
import io.brigade.engine.scene.Scene;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.SimpleObjectProperty;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class KeyframesViewModelTest {

    private final Scene scene = SampleScenes.teapotTurntable(); // 24 fps, frames 0-95; teapot keys every 24 frames
    private final OutlinerItem teapot = new OutlinerItem(OutlinerItem.Kind.OBJECT, scene.indexOfObject("teapot"),
            "teapot");
    private final OutlinerItem floor = new OutlinerItem(OutlinerItem.Kind.OBJECT, scene.indexOfObject("floor"),
            "floor");
    private final OutlinerItem camera = new OutlinerItem(OutlinerItem.Kind.CAMERA, 0, "Camera");
    private final DocumentViewModel document = new DocumentViewModel(
            new ExecutorBackgroundTasks(Runnable::run, Runnable::run), SceneSaver.standard());
    private final TimelineViewModel timeline = new TimelineViewModel();
    private final SimpleObjectProperty<OutlinerItem> selected = new SimpleObjectProperty<>();
    private final List<Problem> problems = new ArrayList<>();
    private final KeyframesViewModel keys = new KeyframesViewModel(document, timeline, selected, problems::add);

    @BeforeEach
    void openTheSample() {
        document.open(Path.of("teapot.scene.json"), scene);
        timeline.setRange(0, 95, 24);
    }

    @Test
    void showsNoMarkersUntilSomethingIsSelected() {
        assertThat(keys.availableProperty().get()).isFalse();
        assertThat(keys.markersProperty().get()).isEmpty();
        assertThat(keys.canAddKeyProperty().get()).isFalse();

        selected.set(teapot);

        assertThat(keys.availableProperty().get()).isTrue();
        assertThat(keys.markersProperty().get()).containsExactly(new KeyMarker(0, true), new KeyMarker(24, false),
                new KeyMarker(48, false), new KeyMarker(72, false), new KeyMarker(96, false));
    }

    @Test
    void theCurrentFramesMarkerFollowsTheTimeline() {
        selected.set(teapot);

        timeline.setFrame(48);

        assertThat(keys.markersProperty().get()).filteredOn(KeyMarker::current)
                .containsExactly(new KeyMarker(48, true));
        assertThat(keys.canAddKeyProperty().get()).isFalse();
        assertThat(keys.canDeleteKeyProperty().get()).isTrue();

        timeline.setFrame(50);

        assertThat(keys.markersProperty().get()).noneMatch(KeyMarker::current);
        assertThat(keys.canAddKeyProperty().get()).isTrue();
        assertThat(keys.canDeleteKeyProperty().get()).isFalse();
    }

    @Test
    void addingAKeyIsOneUndoableEdit() {
        selected.set(teapot);
        timeline.setFrame(12);

        keys.addKey();

        assertThat(keys.markersProperty().get()).contains(new KeyMarker(12, true)).hasSize(6);
        assertThat(document.undoTextProperty().get()).isEqualTo("Undo Add key to teapot at frame 12");
        assertThat(keys.canAddKeyProperty().get()).isFalse();

        document.undo();

        assertThat(document.sceneProperty().get()).isSameAs(scene);
        assertThat(keys.markersProperty().get()).hasSize(5);
        assertThat(keys.canAddKeyProperty().get()).isTrue();
    }

    @Test
    void deletingAKeyIsOneUndoableEdit() {
        selected.set(teapot);
        timeline.setFrame(24);

        keys.deleteKey();

        assertThat(keys.markersProperty().get()).extracting(KeyMarker::frame).containsExactly(0.0, 48.0, 72.0, 96.0);
        assertThat(document.undoTextProperty().get()).isEqualTo("Undo Delete key of teapot at frame 24");

        document.undo();

        assertThat(document.sceneProperty().get()).isSameAs(scene);
    }

    @Test
    void theOnlyKeyCannotBeDeletedAndTheProblemSaysWhy() {
        selected.set(floor);

        assertThat(keys.canDeleteKeyProperty().get()).isFalse();
        keys.deleteKey();

        assertThat(document.canUndoProperty().get()).isFalse();
        assertThat(problems).singleElement().satisfies(problem -> {
            assertThat(problem.summary()).isEqualTo("Could not delete the key of floor");
            assertThat(problem.detail()).contains("only key of floor");
        });
    }

    @Test
    void movingAKeyTakesTheTimelineAlong() {
        selected.set(teapot);

        keys.moveKey(24, 30);

        assertThat(timeline.frameProperty().get()).isEqualTo(30);
        assertThat(keys.markersProperty().get()).contains(new KeyMarker(30, true));
        assertThat(document.undoTextProperty().get()).isEqualTo("Undo Move key of teapot from frame 24 to 30");

        document.undo();

        assertThat(document.sceneProperty().get()).isSameAs(scene);
    }

    @Test
    void jumpsToThePreviousAndNextKey() {
        selected.set(teapot);
        timeline.setFrame(30);

        keys.nextKey();
        assertThat(timeline.frameProperty().get()).isEqualTo(48);
        keys.previousKey();
        keys.previousKey();
        assertThat(timeline.frameProperty().get()).isEqualTo(0);
        assertThat(keys.hasPreviousKeyProperty().get()).isFalse();
        assertThat(keys.hasNextKeyProperty().get()).isTrue();

        keys.previousKey();

        assertThat(timeline.frameProperty().get()).isZero();
    }

    @Test
    void aKeyBeyondTheFrameRangeIsNoPlaceToJumpTo() {
        selected.set(teapot);
        timeline.setFrame(80); // the last key lies at frame 96, after the range's end at 95

        assertThat(keys.hasNextKeyProperty().get()).isFalse();
        keys.nextKey();

        assertThat(timeline.frameProperty().get()).isEqualTo(80);
        assertThat(keys.hasPreviousKeyProperty().get()).isTrue();
    }

    @Test
    void atAKeyTheInterpolationControlSetsThatKey() {
        selected.set(teapot);
        timeline.setFrame(24);
        assertThat(keys.interpolationScopeProperty().get()).isEqualTo(KeyframesViewModel.KEY_SCOPE);
        assertThat(keys.interpolationProperty().get()).isEqualTo(Interpolation.LINEAR);

        keys.setInterpolation(Interpolation.SMOOTH);

        assertThat(keys.interpolationProperty().get()).isEqualTo(Interpolation.SMOOTH);
        assertThat(document.undoTextProperty().get()).isEqualTo("Undo Set key of teapot at frame 24 to Smooth");
        timeline.setFrame(30); // between keys: the keys now differ, so the control shows no common easing
        assertThat(keys.interpolationScopeProperty().get()).isEqualTo(KeyframesViewModel.ALL_KEYS_SCOPE);
        assertThat(keys.interpolationProperty().get()).isNull();

        document.undo();

        assertThat(document.sceneProperty().get()).isSameAs(scene);
        assertThat(keys.interpolationProperty().get()).isEqualTo(Interpolation.LINEAR);
    }

    @Test
    void betweenKeysTheInterpolationControlSetsEveryKey() {
        selected.set(teapot);
        timeline.setFrame(30);

        keys.setInterpolation(Interpolation.STEP);

        assertThat(keys.interpolationProperty().get()).isEqualTo(Interpolation.STEP);
        assertThat(document.undoTextProperty().get()).isEqualTo("Undo Set all keys of teapot to Step");
        timeline.setFrame(72);
        assertThat(keys.interpolationProperty().get()).isEqualTo(Interpolation.STEP);
    }

    @Test
    void theCameraHasKeysToo() {
        selected.set(camera);
        timeline.setFrame(40);

        keys.addKey();

        assertThat(keys.markersProperty().get()).containsExactly(new KeyMarker(0, false), new KeyMarker(40, true));
        assertThat(document.undoTextProperty().get()).isEqualTo("Undo Add key to Camera at frame 40");
    }

    @Test
    void aSelectionTheSceneNoLongerHasShowsNothing() {
        selected.set(new OutlinerItem(OutlinerItem.Kind.LIGHT, 7, "gone"));

        keys.addKey();

        assertThat(keys.availableProperty().get()).isFalse();
        assertThat(document.canUndoProperty().get()).isFalse();
    }
}
