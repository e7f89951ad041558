package io.brigade.app.timeline;

import java.util.List;
import javafx.css.PseudoClass;
import javafx.scene.Node;
import javafx.scene.control.Slider;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;

/**
 * Diamonds over the frame slider at the selection's keys, the current frame's highlighted. Clicking one goes to
 * its frame; dragging one along the slider moves its key.
 */
final class KeyframeMarkers extends Pane {

    static final String MARKER_CLASS = "key-marker";
    static final PseudoClass CURRENT = PseudoClass.getPseudoClass("current");

    private final Slider slider;
    private final TimelineViewModel timeline;
    private final KeyframesViewModel keys;

    private KeyframeMarkers(Slider slider, TimelineViewModel timeline, KeyframesViewModel keys) {
        this.slider = slider;
        this.timeline = timeline;
        this.keys = keys;
        setId("keyMarkers");
        getStyleClass().add("key-markers");
        setPickOnBounds(false); // the slider under it takes every click that misses a diamond
        keys.markersProperty().addListener(observable -> rebuild());
        slider.minProperty().addListener(observable -> rebuild());
        slider.maxProperty().addListener(observable -> rebuild());
        slider.widthProperty().addListener(observable -> requestLayout());
        slider.layoutXProperty().addListener(observable -> requestLayout());
        rebuild();
    }

    /** The slider with the markers laid over it. */
    static StackPane over(Slider slider, TimelineViewModel timeline, KeyframesViewModel keys) {
        StackPane stack = new StackPane(slider, new KeyframeMarkers(slider, timeline, keys));
        stack.setMinWidth(0);
        return stack;
    }

    @Override
    protected double computePrefWidth(double height) {
        return 0; // the slider alone decides how wide the timeline is
    }

    @Override
    protected double computePrefHeight(double width) {
        return 0;
    }

    /** New diamonds when the keys' frames change; otherwise the ones on show only change which is current. */
    private void rebuild() {
        List<KeyMarker> markers = keys.markersProperty().get().stream()
                .filter(marker -> marker.frame() >= slider.getMin() && marker.frame() <= slider.getMax())
                .toList();
        List<Double> frames = markers.stream().map(KeyMarker::frame).toList();
        List<Double> shown = getChildren().stream().map(child -> ((KeyMarker) child.getUserData()).frame()).toList();
        if (!frames.equals(shown)) {
            getChildren().setAll(markers.stream().map(this::diamond).toList());
        }
        for (int i = 0; i < markers.size(); i++) {
            Node diamond = getChildren().get(i);
            diamond.setUserData(markers.get(i));
            diamond.pseudoClassStateChanged(CURRENT, markers.get(i).current());
            // The current frame's diamond lies over the thumb: the thumb keeps the mouse, so it still scrubs.
            diamond.setMouseTransparent(markers.get(i).current());
        }
    }

    private Region diamond(KeyMarker marker) {
        Region diamond = new Region();
        diamond.getStyleClass().add(MARKER_CLASS);
        diamond.setUserData(marker);
        int frame = (int) Math.round(marker.frame());
        Tooltip.install(diamond, new Tooltip("Key at frame " + frame + ": click to go there, drag to move it"));
        double[] pressedAt = new double[1];
        diamond.setOnMousePressed(event -> {
            pressedAt[0] = event.getSceneX();
            event.consume();
        });
        diamond.setOnMouseDragged(event -> {
            diamond.setTranslateX(event.getSceneX() - pressedAt[0]);
            event.consume();
        });
        diamond.setOnMouseReleased(event -> {
            double moved = event.getSceneX() - pressedAt[0];
            diamond.setTranslateX(0);
            int target = frameAt(xOf(marker.frame()) + moved);
            if (target == frame) {
                timeline.setFrame(frame);
            } else {
                keys.moveKey(frame, target);
            }
            event.consume();
        });
        return diamond;
    }

    @Override
    protected void layoutChildren() {
        double centerY = trackCenterY();
        for (Node child : getChildren()) {
            Region diamond = (Region) child;
            double size = diamond.prefWidth(-1);
            double x = xOf(((KeyMarker) diamond.getUserData()).frame());
            diamond.resizeRelocate(snapPositionX(x - size / 2), snapPositionY(centerY - size / 2), size, size);
        }
    }

    /** Where the slider's thumb centre stands at {@code frame}, as its skin places it. */
    private double xOf(double frame) {
        double range = slider.getMax() - slider.getMin();
        double fraction = range <= 0 ? 0 : (frame - slider.getMin()) / range;
        return trackStart() + fraction * trackLength();
    }

    private int frameAt(double x) {
        double fraction = trackLength() <= 0 ? 0 : (x - trackStart()) / trackLength();
        double frame = slider.getMin() + fraction * (slider.getMax() - slider.getMin());
        return (int) Math.round(Math.max(slider.getMin(), Math.min(slider.getMax(), frame)));
    }

    private double trackStart() {
        return slider.getLayoutX() + slider.snappedLeftInset() + thumbWidth() / 2;
    }

    private double trackLength() {
        return slider.getWidth() - slider.snappedLeftInset() - slider.snappedRightInset() - thumbWidth();
    }

    private double thumbWidth() {
        Node thumb = slider.lookup(".thumb");
        return thumb == null ? 0 : thumb.prefWidth(-1);
    }

    private double trackCenterY() {
        Node track = slider.lookup(".track");
        return slider.getLayoutY() + (track == null
                ? slider.getHeight() / 2
                : track.getBoundsInParent().getCenterY());
    }
}
