package io.brigade.engine.scene.json;

import io.brigade.engine.math.Color;
import io.brigade.engine.scene.MeshSource;
import io.brigade.engine.scene.RenderSettings;
import io.brigade.engine.scene.Scene;
import io.brigade.engine.scene.SceneObject;
import io.brigade.engine.scene.TestAssets;
import io.brigade.engine.scene.Transform;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

class AtomicSaveTest {

    private static final String PREVIOUS = "{\"the\": \"previous file\"}\n";

    @TempDir
    Path dir;

    private final Scene scene = Scene.empty(RenderSettings.DEFAULT);

    @Test
    void saveReplacesTheFileAndLeavesNothingElse() throws Exception {
        Path file = Files.writeString(dir.resolve("s.scene.json"), PREVIOUS);

        SceneFiles.save(scene, file);

        assertThat(SceneFiles.load(file, TestAssets.standIns())).isEqualTo(scene);
        assertThat(folderContents()).containsExactly("s.scene.json");
    }

    @Test
    void aValueAFileCannotHoldLeavesThePreviousFileAlone() throws Exception {
        Path file = Files.writeString(dir.resolve("s.scene.json"), PREVIOUS);
        Scene unwritable = scene.withAmbient(new Color(0.1, Double.NaN, 0.1));

        assertThatThrownBy(() -> SceneFiles.save(unwritable, file))
                .isInstanceOf(IOException.class)
                .hasMessage("cannot save ambient[1]: NaN is not a number a scene file can hold");

        assertThat(Files.readString(file)).isEqualTo(PREVIOUS);
        assertThat(folderContents()).containsExactly("s.scene.json");
    }

    @Test
    void aPrimitiveTheFormatDoesNotKnowIsRefused() throws Exception {
        Path file = Files.writeString(dir.resolve("s.scene.json"), PREVIOUS);
        MeshSource blob = new MeshSource.Primitive("blob", Map.of());
        Scene withBlob = scene.withObjectAdded(SceneObject.of("b", blob, TestAssets.standIns().model(blob, dir), Transform.IDENTITY));

        assertThatThrownBy(() -> SceneFiles.save(withBlob, file))
                .hasMessage("cannot save objects[0].mesh: a scene file has no primitive \"blob\" "
                        + "(it knows cube, cylinder, plane, sphere, teapot or torus)");

        assertThat(Files.readString(file)).isEqualTo(PREVIOUS);
    }

    @Test
    void aFailedRenameRemovesTheTemporaryFile() throws Exception {
        Path occupied = Files.createDirectory(dir.resolve("s.scene.json"));
        Files.writeString(occupied.resolve("keep.txt"), PREVIOUS);

        assertThatThrownBy(() -> SceneFiles.save(scene, occupied)).isInstanceOf(IOException.class);

        assertThat(folderContents()).containsExactly("s.scene.json");
        assertThat(Files.readString(occupied.resolve("keep.txt"))).isEqualTo(PREVIOUS);
    }

    @Test
    void aMissingFolderFailsWithoutCreatingAnything() {
        Path file = dir.resolve("no/such/folder/s.scene.json");
        assertThatThrownBy(() -> SceneFiles.save(scene, file)).isInstanceOf(IOException.class);
        assertThat(Files.exists(dir.resolve("no"))).isFalse();
    }

    @Test
    void aReplacedFileKeepsItsPermissions() throws Exception {
        Path file = Files.writeString(dir.resolve("s.scene.json"), PREVIOUS);
        assumeTrue(Files.getFileAttributeView(file, PosixFileAttributeView.class) != null,
                "POSIX permissions only");
        Set<PosixFilePermission> groupReadable = PosixFilePermissions.fromString("rw-r-----");
        Files.setPosixFilePermissions(file, groupReadable);

        SceneFiles.save(scene, file);

        assertThat(Files.getPosixFilePermissions(file)).isEqualTo(groupReadable);
    }

    private List<String> folderContents() throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }
}
