package io.brigade.app.edit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.brigade.engine.scene.AssetException;
import io.brigade.engine.scene.MeshSource;
import io.brigade.engine.scene.RenderSettings;
import io.brigade.engine.scene.Scene;
import io.brigade.engine.scene.StandardAssetResolver;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ObjImportTest {

    static final String TRIANGLE_OBJ = "v 0 0 0\nv 1 0 0\nv 0 1 0\nf 1 2 3\n";

    @TempDir
    Path dir;

    @Test
    void thePathIsRelativeToTheSceneFolderWithForwardSlashes() {
        Path scene = dir.resolve("shots").resolve("a.scene.json");

        assertThat(ObjImport.sourcePath(dir.resolve("models").resolve("head.obj"), Optional.of(scene)))
                .isEqualTo("../models/head.obj");
        assertThat(ObjImport.sourcePath(dir.resolve("shots").resolve("head.obj"), Optional.of(scene)))
                .isEqualTo("head.obj");
    }

    @Test
    void withoutASceneFileThePathIsAbsolute() {
        Path obj = dir.resolve("head.obj");

        assertThat(ObjImport.sourcePath(obj, Optional.empty())).isEqualTo(obj.toAbsolutePath().toString());
    }

    @Test
    void addsTheModelAsAnObjectNamedAfterTheFile() throws Exception {
        Path obj = Files.writeString(Files.createDirectories(dir.resolve("models")).resolve("tri.obj"), TRIANGLE_OBJ);
        Scene scene = Scene.empty(RenderSettings.DEFAULT);

        Scene once = ObjImport.withObjAdded(scene, obj, Optional.of(dir.resolve("a.scene.json")),
                new StandardAssetResolver());
        Scene twice = ObjImport.withObjAdded(once, obj, Optional.of(dir.resolve("a.scene.json")),
                new StandardAssetResolver());

        assertThat(twice.objects()).extracting(object -> object.name()).containsExactly("tri", "tri 2");
        assertThat(once.objects().get(0).source()).isEqualTo(new MeshSource.ObjFile("models/tri.obj"));
        assertThat(once.objects().get(0).model().parts()).isNotEmpty();
    }

    @Test
    void aBrokenObjNamesFileAndLine() throws Exception {
        Path obj = Files.writeString(dir.resolve("broken.obj"), "v 0 0 0\nv 1 0 0\nf 1 2 9\n");

        assertThatThrownBy(() -> ObjImport.withObjAdded(Scene.empty(RenderSettings.DEFAULT), obj,
                Optional.of(dir.resolve("a.scene.json")), new StandardAssetResolver()))
                .isInstanceOf(AssetException.class).hasMessageContaining("broken.obj:3");
    }
}
