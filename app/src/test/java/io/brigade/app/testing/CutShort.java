package io.brigade.app.testing;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import javafx.geometry.Bounds;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Labeled;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.text.Text;

/**
 * Finds what a window shows cut short: a label or button whose text is drawn shortened (with an ellipsis), a
 * text field whose text is wider than the field, or either lying partly beyond the window's edge. Only what is
 * showing counts; what a scroll pane holds may lie beyond the window's edge, scrolled out of sight.
 */
public final class CutShort {

    /** Half a pixel: text measured and laid out in fractional pixels may overhang by a rounding. */
    private static final double ROUNDING = 0.5;

    private CutShort() {
    }

    /**
     * A line for each node under {@code root} that is cut short, naming it and what it shows; none under one of
     * {@code skipped}, and none that {@code mayGiveWay} accepts.
     */
    public static List<String> under(Node root, Set<Node> skipped, Predicate<Node> mayGiveWay) {
        List<String> cut = new ArrayList<>();
        collect(root, skipped, mayGiveWay, false, cut);
        return cut;
    }

    private static void collect(Node node, Set<Node> skipped, Predicate<Node> mayGiveWay, boolean scrolled,
                                List<String> cut) {
        if (!node.isVisible() || skipped.contains(node)) {
            return;
        }
        if (!mayGiveWay.test(node)) {
            if (node instanceof Labeled labeled && isCut(labeled)) {
                cut.add(describe(node) + " shows \"" + shown(labeled) + "\" of \"" + labeled.getText() + "\"");
            } else if (node instanceof TextField field && isCut(field)) {
                cut.add(describe(node) + " is too narrow for \"" + field.getText() + "\"");
            }
            if ((node instanceof Labeled || node instanceof TextField) && !scrolled && sticksOut(node)) {
                cut.add(describe(node) + " sticks out of the window");
            }
        }
        if (node instanceof Parent parent) {
            for (Node child : parent.getChildrenUnmodifiable()) {
                collect(child, skipped, mayGiveWay, scrolled || node instanceof ScrollPane, cut);
            }
        }
    }

    private static boolean isCut(Labeled labeled) {
        String text = labeled.getText();
        if (text == null || text.isEmpty()) {
            return false;
        }
        String shown = shown(labeled);
        return shown != null && !shown.equals(text) && !shown.equals(text.replaceFirst("_", ""));
    }

    /** The text the label's skin draws, or null before it has one. */
    private static String shown(Labeled labeled) {
        return labeled.getChildrenUnmodifiable().stream().filter(child -> child != labeled.getGraphic())
                .filter(Text.class::isInstance).map(Text.class::cast).map(Text::getText).findFirst().orElse(null);
    }

    /** True when part of {@code node} lies right of or below the window's edge. */
    private static boolean sticksOut(Node node) {
        Bounds inScene = node.localToScene(node.getLayoutBounds());
        return inScene.getMaxX() > node.getScene().getWidth() + ROUNDING
                || inScene.getMaxY() > node.getScene().getHeight() + ROUNDING;
    }

    private static boolean isCut(TextField field) {
        if (field.getText() == null || field.getText().isEmpty() || field.isFocused()) {
            return false;
        }
        Node text = field.lookup(".text");
        if (!(text instanceof Text drawn)) {
            return false;
        }
        Insets insets = field.getInsets();
        double room = field.getWidth() - insets.getLeft() - insets.getRight();
        return drawn.getLayoutBounds().getWidth() > room + ROUNDING;
    }

    private static String describe(Node node) {
        return node.getClass().getSimpleName() + (node.getId() == null ? "" : " #" + node.getId())
                + " " + node.getStyleClass();
    }
}
