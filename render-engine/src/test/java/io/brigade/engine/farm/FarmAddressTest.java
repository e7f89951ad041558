package io.brigade.engine.farm;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class FarmAddressTest {

    @Test
    void membersAreSeparatedByCommasOrSpacesAndWrittenBackWithCommas() {
        FarmAddress address = FarmAddress.parse(" studio ", "10.0.0.5:5701,  host-b:5702\n127.0.0.1:5703");

        assertThat(address.cluster()).isEqualTo("studio");
        assertThat(address.members()).containsExactly("10.0.0.5:5701", "host-b:5702", "127.0.0.1:5703");
        assertThat(FarmAddress.parse("studio", address.membersText())).isEqualTo(address);
    }

    @Test
    void anEntryThatIsNotHostAndPortIsNamedWithAnExample() {
        assertThatThrownBy(() -> FarmAddress.parse("brigade", "10.0.0.5:5701, host-b"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("\"host-b\" is not HOST:PORT")
                .hasMessageContaining("e.g.");
        assertThatThrownBy(() -> FarmAddress.parse("brigade", "host:70000")).hasMessageContaining("65535");
        assertThatThrownBy(() -> FarmAddress.parse("brigade", " ")).hasMessageContaining("at least one");
        assertThatThrownBy(() -> new FarmAddress("two words", List.of("h:1"))).hasMessageContaining("cluster name");
    }
}
