package io.brigade.app.inspector;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.function.DoubleConsumer;
import java.util.function.UnaryOperator;
import javafx.beans.value.ObservableValue;
import javafx.scene.control.TextField;
import javafx.scene.control.TextFormatter;
import javafx.util.StringConverter;

/**
 * A text field for one number: it shows the value rounded to {@link #DECIMALS} places and hands a typed
 * value on when Enter is pressed or the field loses focus. Leaving a field untouched edits nothing.
 */
final class NumberField {

    static final int DECIMALS = 3;
    private static final String NUMBER_SO_FAR = "-?\\d*([.,]\\d*)?([eE][-+]?\\d*)?";

    private NumberField() {
    }

    static TextField create(String id, ObservableValue<Double> shown, DoubleConsumer commit,
                            EditHistory inspector) {
        TextField field = new TextField();
        field.setId(id);
        field.getStyleClass().add("number-field");
        field.setPrefColumnCount(4);
        field.setMinWidth(0);
        UnaryOperator<TextFormatter.Change> numbersOnly =
                change -> change.getControlNewText().matches(NUMBER_SO_FAR) ? change : null;
        TextFormatter<Double> number = new TextFormatter<>(CONVERTER, rounded(shown.getValue()), numbersOnly);
        field.setTextFormatter(number);
        boolean[] showing = {false};
        shown.addListener((observable, old, value) -> {
            showing[0] = true;
            number.setValue(rounded(value));
            showing[0] = false;
        });
        number.valueProperty().addListener((observable, old, typed) -> {
            if (showing[0]) {
                return;
            }
            if (typed == null) {
                number.setValue(rounded(shown.getValue())); // text that is no number: show the value again
            } else {
                commit.accept(typed);
            }
        });
        FieldUndo.install(field, () -> CONVERTER.toString(number.getValue()), inspector);
        return field;
    }

    static double rounded(double value) {
        if (!Double.isFinite(value)) {
            return value;
        }
        return BigDecimal.valueOf(value).setScale(DECIMALS, RoundingMode.HALF_EVEN).doubleValue() + 0.0;
    }

    private static final StringConverter<Double> CONVERTER = new StringConverter<>() {
        @Override
        public String toString(Double value) {
            return value == null ? "" : BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
        }

        @Override
        public Double fromString(String text) {
            String plain = text.strip().replace(',', '.');
            try {
                return plain.isEmpty() ? null : Double.parseDouble(plain);
            } catch (NumberFormatException notYetANumber) {
                return null; // such as "-" or "1e": the field shows the value it had
            }
        }
    };
}
