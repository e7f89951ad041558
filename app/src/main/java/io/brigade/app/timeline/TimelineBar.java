package io.brigade.app.timeline;

import javafx.beans.binding.Bindings;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.scene.control.TextField;
import javafx.scene.control.TextFormatter;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.util.converter.IntegerStringConverter;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The timeline under the preview: a row for the selection's keys (jump, add, delete, interpolation) above the bar
 * with step and play buttons, the frame slider with the keys drawn on it, the frame number and its time.
 */
public final class TimelineBar {

    static final String PLAY_ICON = "mdi2p-play";
    static final String PAUSE_ICON = "mdi2p-pause";
    private static final int MAX_FRAME_DIGITS = 6;

    private TimelineBar() {
    }

    /** The key row above the timeline bar, the bar's slider marked with the keys of the selection. */
    public static VBox create(TimelineViewModel timeline, KeyframesViewModel keyframes) {
        HBox bar = bar(timeline, keyframes);
        VBox panel = new VBox(KeyRow.create(keyframes), bar);
        panel.setId("timelinePanel");
        panel.getStyleClass().add("timeline-panel");
        return panel;
    }

    private static HBox bar(TimelineViewModel timeline, KeyframesViewModel keyframes) {
        PlaybackTimer.follow(timeline);

        Button back = iconButton("stepBackButton", "mdi2s-skip-previous", "Previous frame (Left)");
        back.setOnAction(event -> timeline.stepBack());
        Button forward = iconButton("stepForwardButton", "mdi2s-skip-next", "Next frame (Right)");
        forward.setOnAction(event -> timeline.stepForward());
        Button play = playButton(timeline);

        Slider slider = frameSlider(timeline);
        Node scrub = KeyframeMarkers.over(slider, timeline, keyframes);
        HBox.setHgrow(scrub, Priority.ALWAYS);

        Label frameWord = new Label("frame");
        TextField field = frameField(timeline);
        // Enter commits the frame, then hands the keyboard back so that Space and the arrows work again.
        field.setOnAction(event -> slider.requestFocus());
        Label end = new Label();
        end.setId("frameEnd");
        end.textProperty().bind(Bindings.concat("/ ", timeline.endFrameProperty()));
        Label time = new Label();
        time.setId("frameTime");
        time.getStyleClass().add("frame-time");
        time.textProperty().bind(timeline.timeTextProperty());

        HBox bar = new HBox(back, play, forward, scrub, frameWord, field, end, time);
        bar.setId("timelineBar");
        bar.getStyleClass().add("timeline-bar");
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.disableProperty().bind(timeline.availableProperty().not());
        return bar;
    }

    private static Button playButton(TimelineViewModel timeline) {
        Button play = iconButton("playButton", PLAY_ICON, "Play (Space)");
        FontIcon playIcon = (FontIcon) play.getGraphic();
        FontIcon pauseIcon = new FontIcon(PAUSE_ICON);
        play.graphicProperty().bind(Bindings.when(timeline.playingProperty()).then(pauseIcon).otherwise(playIcon));
        play.getTooltip().textProperty().bind(
                Bindings.when(timeline.playingProperty()).then("Pause (Space)").otherwise("Play (Space)"));
        play.setOnAction(event -> timeline.togglePlay());
        return play;
    }

    private static Slider frameSlider(TimelineViewModel timeline) {
        Slider slider = new Slider();
        slider.setId("frameSlider");
        slider.minProperty().bind(timeline.startFrameProperty());
        slider.maxProperty().bind(timeline.endFrameProperty());
        slider.setBlockIncrement(1);
        slider.setValue(timeline.frameProperty().get());
        timeline.frameProperty().addListener((observable, old, frame) -> slider.setValue(frame.intValue()));
        slider.valueProperty().addListener((observable, old, value) ->
                timeline.setFrame((int) Math.round(value.doubleValue())));
        return slider;
    }

    /** Takes a typed frame on Enter or when it loses focus, and shows where the timeline really went. */
    private static TextField frameField(TimelineViewModel timeline) {
        TextField field = new TextField();
        field.setId("frameField");
        field.getStyleClass().add("frame-field");
        field.setPrefColumnCount(4);
        TextFormatter<Integer> number = new TextFormatter<>(new IntegerStringConverter(),
                timeline.frameProperty().get(),
                change -> change.getControlNewText().matches("\\d{0," + MAX_FRAME_DIGITS + "}") ? change : null);
        field.setTextFormatter(number);
        timeline.frameProperty().addListener((observable, old, frame) -> number.setValue(frame.intValue()));
        number.valueProperty().addListener((observable, old, typed) -> {
            if (typed != null) {
                timeline.setFrame(typed);
            }
            number.setValue(timeline.frameProperty().get());
        });
        return field;
    }

    static Button iconButton(String id, String iconLiteral, String tooltip) {
        Button button = new Button(null, new FontIcon(iconLiteral));
        button.setId(id);
        button.getStyleClass().add("icon-button");
        button.setTooltip(new Tooltip(tooltip));
        button.setFocusTraversable(false);
        return button;
    }
}
