package io.brigade.app.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DurationTextTest {

    @ParameterizedTest(name = "{0} ms -> {1}")
    @CsvSource({"0, 0 ms", "17, 17 ms", "999, 999 ms", "1000, 1.0 s", "21049, 21.0 s", "59940, 59.9 s",
            "59960, 1 min 00 s", "65000, 1 min 05 s", "3599000, 59 min 59 s", "7230000, 2 h 00 min"})
    void oneFormatForEveryDuration(long millis, String shown) {
        assertThat(DurationText.of(Duration.ofMillis(millis))).isEqualTo(shown);
    }
}
