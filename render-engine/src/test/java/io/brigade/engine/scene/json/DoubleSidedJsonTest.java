package io.brigade.engine.scene.json;

import io.brigade.engine.scene.Scene;
import io.brigade.engine.scene.TestAssets;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** A material's {@code doubleSided} switch reads, defaults to false and saves back only when on. */
class DoubleSidedJsonTest {

    private static String scene(String material) {
        return ("{'format': 'brigade-scene', 'version': 1, 'camera': {'position': [0, 0, 5]}, 'objects': ["
                + "{'name': 'leaf', 'mesh': {'primitive': 'plane'}, 'material': " + material + "}]}").replace('\'', '"');
    }

    private static Scene parse(String json) throws SceneFormatException {
        return SceneFiles.parse(json, "s.scene.json", Path.of("."), TestAssets.standIns());
    }

    @Test
    void theSwitchRoundTrips() throws Exception {
        Scene on = parse(scene("{'diffuse': '#336633', 'doubleSided': true}"));
        Scene off = parse(scene("{'diffuse': '#336633'}"));

        assertThat(on.objects().get(0).materialOverride().doubleSided()).isTrue();
        assertThat(off.objects().get(0).materialOverride().doubleSided()).isFalse();
        assertThat(SceneFiles.toJson(on)).contains("\"doubleSided\": true");
        assertThat(SceneFiles.toJson(off)).doesNotContain("doubleSided");
        assertThat(parse(SceneFiles.toJson(on)).objects().get(0).materialOverride())
                .isEqualTo(on.objects().get(0).materialOverride());
    }

    @Test
    void aValueThatIsNotTrueOrFalseIsRefusedNamingTheField() {
        SceneFormatException e = org.assertj.core.api.Assertions.catchThrowableOfType(SceneFormatException.class,
                () -> parse(scene("{'doubleSided': 'yes'}")));
        assertThat(e.fieldPath()).isEqualTo("objects[0].material.doubleSided");
    }
}
