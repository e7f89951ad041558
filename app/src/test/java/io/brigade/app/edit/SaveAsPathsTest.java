package io.brigade.app.edit;

import static org.assertj.core.api.Assertions.assertThat;

import io.brigade.app.concurrent.BackgroundTasks;
import io.brigade.app.concurrent.ExecutorBackgroundTasks;
import io.brigade.engine.scene.MeshSource;
import io.brigade.engine.scene.Scene;
import io.brigade.engine.scene.SceneObject;
import io.brigade.engine.scene.StandardAssetResolver;
import io.brigade.engine.scene.json.SceneFiles;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Saving into another folder keeps the scene's models and textures: their relative paths are rewritten. */
class SaveAsPathsTest {

    private static final BackgroundTasks AT_ONCE = new ExecutorBackgroundTasks(Runnable::run, Runnable::run);
    private static final Path TEXTURED =
            Path.of("..", "assets", "scenes", "textured.scene.json").toAbsolutePath().normalize();

    @TempDir
    Path dir;

    private final List<Exception> failures = new ArrayList<>();
    private final DocumentViewModel document = new DocumentViewModel(AT_ONCE, SceneSaver.standard());
    private Path sceneFile;

    /** A scene in shots/ with a model in models/ (its MTL beside it) and the sample textures copied to textures/. */
    @BeforeEach
    void setUp() throws Exception {
        Path models = Files.createDirectories(dir.resolve("models"));
        Files.writeString(models.resolve("tri.mtl"), "newmtl red\nKd 1 0 0\nmap_Kd tri.png\n");
        Files.copy(TEXTURED.resolveSibling("../textures/checker.png").normalize(), models.resolve("tri.png"));
        Files.writeString(models.resolve("tri.obj"), "mtllib tri.mtl\nusemtl red\n" + ObjImportTest.TRIANGLE_OBJ);
        Path textures = Files.createDirectories(dir.resolve("textures"));
        for (String name : List.of("checker.png", "bricks.png")) {
            Files.copy(TEXTURED.resolveSibling("../textures/" + name).normalize(), textures.resolve(name));
        }
        sceneFile = Files.createDirectories(dir.resolve("shots")).resolve("textured.scene.json");
        Files.copy(TEXTURED, sceneFile);
        Scene textured = SceneFiles.load(sceneFile, new StandardAssetResolver());
        Scene withModel = ObjImport.withObjAdded(textured, models.resolve("tri.obj"), Optional.of(sceneFile),
                new StandardAssetResolver());
        SceneFiles.save(withModel, sceneFile);
        document.open(sceneFile, SceneFiles.load(sceneFile, new StandardAssetResolver()));
    }

    @Test
    void saveAsIntoADeeperFolderRewritesModelAndTexturePaths() throws Exception {
        Path target = Files.createDirectories(dir.resolve("archive").resolve("2026")).resolve("copy.scene.json");

        document.saveTo(target, () -> { }, failures::add);

        assertThat(failures).isEmpty();
        Scene reopened = SceneFiles.load(target, new StandardAssetResolver()); // every asset found from there
        assertThat(objPaths(reopened)).containsExactly("../../models/tri.obj");
        assertThat(texturePaths(reopened)).containsOnly("../../textures/checker.png", "../../textures/bricks.png");
        assertThat(SceneFiles.toJson(document.sceneProperty().get())).isEqualTo(SceneFiles.toJson(reopened));
        assertThat(document.dirtyProperty().get()).isFalse();
    }

    @Test
    void saveAsBesideTheOldFileChangesNoPath() throws Exception {
        Scene before = document.sceneProperty().get();
        Path target = sceneFile.resolveSibling("other.scene.json");

        document.saveTo(target, () -> { }, failures::add);

        assertThat(document.sceneProperty().get()).isSameAs(before);
        assertThat(objPaths(SceneFiles.load(target, new StandardAssetResolver()))).containsExactly("../models/tri.obj");
    }

    @Test
    void editsUndoneAfterTheSaveNameTheFilesFromTheNewFolderToo() throws Exception {
        Scene opened = document.sceneProperty().get();
        document.apply("Rename", ObjectEdits.renamed(opened, opened.objects().size() - 1, "model"));
        Path target = Files.createDirectories(dir.resolve("elsewhere")).resolve("copy.scene.json");
        document.saveTo(target, () -> { }, failures::add);

        document.undo();
        document.saveTo(target, () -> { }, failures::add);

        assertThat(failures).isEmpty();
        Scene reopened = SceneFiles.load(target, new StandardAssetResolver());
        assertThat(reopened.objects()).extracting(SceneObject::name).doesNotContain("model");
        assertThat(objPaths(reopened)).containsExactly("../models/tri.obj");
        assertThat(texturePaths(reopened)).contains("../textures/checker.png");
    }

    @Test
    void absolutePathsStayAsTheyAre() {
        Path model = dir.resolve("models").resolve("tri.obj").toAbsolutePath();
        Scene scene = document.sceneProperty().get();
        SceneObject last = scene.objects().get(scene.objects().size() - 1);
        Scene absolute = scene.withObject(scene.objects().size() - 1,
                last.withGeometry(new MeshSource.ObjFile(model.toString()), last.model()));

        Scene rebased = ScenePaths.rebased(absolute, sceneFile, dir.resolve("a").resolve("b.scene.json"));

        assertThat(objPaths(rebased)).containsExactly(model.toString());
        assertThat(texturePaths(rebased)).contains("../textures/checker.png");
    }

    private static List<String> objPaths(Scene scene) {
        return scene.objects().stream().map(SceneObject::source).filter(MeshSource.ObjFile.class::isInstance)
                .map(source -> ((MeshSource.ObjFile) source).path()).toList();
    }

    private static List<String> texturePaths(Scene scene) {
        return scene.objects().stream().map(SceneObject::materialOverride)
                .filter(material -> material != null && material.hasTexture())
                .map(material -> material.diffuseTexture().source()).toList();
    }
}
