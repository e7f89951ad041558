package io.brigade.engine.geometry.primitive;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Guards the transcription of Newell's data through its symmetries: the rim, body, lid and bottom
 * are each four copies of one patch turned by quarter turns about the Z axis, and the handle and
 * spout halves mirror each other across y = 0. A mistyped number breaks one of these.
 */
class NewellTeapotTest {

    /** The bottom's patches run round the other way, which is what makes the bottom face down. */
    @ParameterizedTest(name = "patches {0} to {0}+3 are quarter turns of each other, clockwise: {1}")
    @CsvSource({"0, true", "4, true", "8, true", "20, true", "24, true", "28, false"})
    void surfacesOfRevolutionAreQuarterTurnCopies(int first, boolean clockwise) {
        for (int k = 1; k < 4; k++) {
            for (int row = 0; row < 4; row++) {
                for (int column = 0; column < 4; column++) {
                    double x = NewellTeapot.controlPoint(first, row, column, 0);
                    double y = NewellTeapot.controlPoint(first, row, column, 1);
                    for (int turn = 0; turn < k; turn++) { // seen from +Z, clockwise: (x, y) -> (y, -x)
                        double turnedX = clockwise ? y : -y;
                        y = clockwise ? -x : x;
                        x = turnedX;
                    }
                    assertThat(NewellTeapot.controlPoint(first + k, row, column, 0)).as("patch %d x", first + k).isEqualTo(x);
                    assertThat(NewellTeapot.controlPoint(first + k, row, column, 1)).as("patch %d y", first + k).isEqualTo(y);
                    assertThat(NewellTeapot.controlPoint(first + k, row, column, 2)).as("patch %d z", first + k)
                            .isEqualTo(NewellTeapot.controlPoint(first, row, column, 2));
                }
            }
        }
    }

    @ParameterizedTest(name = "patch {1} mirrors patch {0}")
    @CsvSource({"12, 13", "14, 15", "16, 17", "18, 19"})
    void handleAndSpoutHalvesMirrorEachOther(int patch, int mirror) {
        for (int row = 0; row < 4; row++) {
            for (int column = 0; column < 4; column++) {
                int mirrored = 3 - column;
                assertThat(NewellTeapot.controlPoint(mirror, row, mirrored, 0)).isEqualTo(NewellTeapot.controlPoint(patch, row, column, 0));
                assertThat(NewellTeapot.controlPoint(mirror, row, mirrored, 1)).isEqualTo(-NewellTeapot.controlPoint(patch, row, column, 1));
                assertThat(NewellTeapot.controlPoint(mirror, row, mirrored, 2)).isEqualTo(NewellTeapot.controlPoint(patch, row, column, 2));
            }
        }
    }
}
