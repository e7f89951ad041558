package io.brigade.app.chrome;

import io.brigade.app.MainViewModel;
import io.brigade.app.viewport.ViewportViewModel;
import javafx.beans.binding.BooleanBinding;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;

/** The View menu: back to the scene's camera, and the scene's camera set from the view. */
public final class ViewMenu {

    static final String THROUGH_SCENE_CAMERA_TEXT = "View Through Scene Camera";
    public static final String SET_CAMERA_FROM_VIEW_TEXT = "Set Scene Camera from View";

    private ViewMenu() {
    }

    /** Both items act once the view has moved away from the scene's camera. */
    public static Menu create(MainViewModel viewModel) {
        ViewportViewModel viewport = viewModel.viewport();
        BooleanBinding viewMoved = viewModel.sceneProperty().isNotNull()
                .and(viewport.throughSceneCameraProperty().not());
        // Home is the viewport's own key (ViewportKeys): as an accelerator it would take Home from text fields.
        MenuItem through = MainMenu.item("viewThroughCameraItem", THROUGH_SCENE_CAMERA_TEXT, "mdi2c-camera-outline",
                null, viewport::viewThroughSceneCamera);
        through.disableProperty().bind(viewMoved.not());
        MenuItem setCamera = MainMenu.item("setCameraFromViewItem", SET_CAMERA_FROM_VIEW_TEXT, "mdi2c-camera-plus",
                null, viewModel::setSceneCameraFromView);
        setCamera.disableProperty().bind(viewMoved.not());
        Menu view = new Menu("_View");
        view.setId("viewMenu");
        view.getItems().addAll(through, setCamera);
        return view;
    }
}
