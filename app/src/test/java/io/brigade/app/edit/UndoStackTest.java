package io.brigade.app.edit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import io.brigade.engine.scene.RenderSettings;
import io.brigade.engine.scene.Scene;
import org.junit.jupiter.api.Test;

class UndoStackTest {

    private final Scene first = Scene.empty(RenderSettings.DEFAULT);
    private final Scene second = first.withSettings(RenderSettings.DEFAULT.withSize(320, 240));
    private final Scene third = first.withSettings(RenderSettings.DEFAULT.withSize(640, 480));
    private final UndoStack stack = new UndoStack();

    @Test
    void startsCleanWithNothingToUndoOrRedo() {
        assertThat(stack.isDirty()).isFalse();
        assertThat(stack.canUndo()).isFalse();
        assertThat(stack.canRedo()).isFalse();
        assertThatIllegalStateException().isThrownBy(stack::undo);
        assertThatIllegalStateException().isThrownBy(stack::redo);
    }

    @Test
    void undoAndRedoRoundTripThroughTheSnapshots() {
        stack.push(new SceneEdit("resize", first, second));
        stack.push(new SceneEdit("resize again", second, third));

        assertThat(stack.undoDescription()).contains("resize again");
        assertThat(stack.undo()).isSameAs(second);
        assertThat(stack.undo()).isSameAs(first);
        assertThat(stack.canUndo()).isFalse();
        assertThat(stack.redoDescription()).contains("resize");
        assertThat(stack.redo()).isSameAs(second);
        assertThat(stack.redo()).isSameAs(third);
        assertThat(stack.canRedo()).isFalse();
    }

    @Test
    void aNewEditClearsWhatCouldBeRedone() {
        stack.push(new SceneEdit("resize", first, second));
        stack.undo();

        stack.push(new SceneEdit("other resize", first, third));

        assertThat(stack.canRedo()).isFalse();
        assertThat(stack.undo()).isSameAs(first);
    }

    @Test
    void isDirtyAfterAnEditAndCleanOnceSaved() {
        stack.push(new SceneEdit("resize", first, second));
        assertThat(stack.isDirty()).isTrue();

        stack.markSaved(stack.revision());

        assertThat(stack.isDirty()).isFalse();
        assertThat(stack.savedRevision()).isEqualTo(stack.revision());
    }

    @Test
    void undoingBackToTheSavedRevisionIsCleanAndRedoingPastItIsDirty() {
        stack.push(new SceneEdit("resize", first, second));
        stack.undo();
        assertThat(stack.isDirty()).isFalse();

        stack.redo();
        assertThat(stack.isDirty()).isTrue();
    }

    @Test
    void everyStateHasItsOwnRevisionSoAnotherEditAtTheSameDepthIsStillDirty() {
        stack.push(new SceneEdit("resize", first, second));
        long afterFirstEdit = stack.revision();
        stack.markSaved(afterFirstEdit);
        stack.undo();

        stack.push(new SceneEdit("other resize", first, third));

        assertThat(stack.revision()).isNotEqualTo(afterFirstEdit);
        assertThat(stack.isDirty()).isTrue();
    }

    @Test
    void anEditMadeWhileASaveRanStaysDirty() {
        stack.push(new SceneEdit("resize", first, second));
        long savingRevision = stack.revision();
        stack.push(new SceneEdit("resize again", second, third));

        stack.markSaved(savingRevision);

        assertThat(stack.isDirty()).isTrue();
        stack.undo();
        assertThat(stack.isDirty()).isFalse();
    }

    @Test
    void clearingForgetsTheEditsAndIsClean() {
        stack.push(new SceneEdit("resize", first, second));

        stack.clear();

        assertThat(stack.canUndo()).isFalse();
        assertThat(stack.isDirty()).isFalse();
    }
}
