package io.brigade.engine.geometry.obj;

import io.brigade.engine.geometry.MeshPart;
import io.brigade.engine.geometry.Model;
import io.brigade.engine.io.SpecialFiles;
import io.brigade.engine.shading.Material;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

/**
 * Real-world OBJ downloads often lack a side file: the geometry still loads, in a default material that
 * shows, and each thing forgiven is a warning naming its file and line.
 */
class ObjSideFilesTest {

    private static final String TRIANGLE = "v 0 0 0\nv 1 0 0\nv 0 1 0\n";
    /** A FIFO must be refused up front; opening one would block until this limit. */
    private static final Duration NO_HANG = Duration.ofSeconds(60);

    @TempDir
    Path dir;

    private Path write(String name, String text) throws IOException {
        Path file = dir.resolve(name);
        Files.createDirectories(file.getParent());
        return Files.writeString(file, text, StandardCharsets.UTF_8);
    }

    @Test
    void aMissingMaterialLibraryLeavesTheGeometryInTheDefaultGreyWithWarnings() throws Exception {
        Path obj = write("model.obj", "mtllib model.mtl\n" + TRIANGLE + "usemtl skin\nf 1 2 3\n");

        Model model = ObjLoader.load(obj);

        assertThat(model.triangleCount()).isEqualTo(1);
        Material material = model.parts().get(0).material();
        assertThat(material.name()).isEqualTo("skin");
        assertThat(material.diffuse()).isEqualTo(Material.DEFAULT.diffuse());
        assertThat(material.doubleSided()).isTrue();
        assertThat(model.warnings()).containsExactly(
                "model.obj:1: material library \"model.mtl\" not found (" + dir.resolve("model.mtl")
                        + "); its materials are drawn with the default grey material",
                "model.obj:5: usemtl refers to material \"skin\" which no library defines; drawn with the default grey material"
                        .replace("which no library defines", "but no material library was loaded"));
    }

    @Test
    void oneMissingFileOfSeveralKeepsTheMaterialsOfTheOthers() throws Exception {
        write("a.mtl", "newmtl red\nKd 1 0 0\n");
        Path obj = write("model.obj", "mtllib a.mtl gone.mtl\n" + TRIANGLE + "usemtl red\nf 1 2 3\nusemtl blue\nf 1 2 3\n"
                + "usemtl blue\nf 1 2 3\n");

        Model model = ObjLoader.load(obj);

        assertThat(model.parts()).extracting(p -> p.material().name()).containsExactly("red", "blue");
        assertThat(model.parts().get(0).material().diffuse().r()).isEqualTo(1.0);
        assertThat(model.warnings()).containsExactly(
                "model.obj:1: material library \"gone.mtl\" not found (" + dir.resolve("gone.mtl")
                        + "); its materials are drawn with the default grey material",
                "model.obj:7: usemtl refers to material \"blue\" which a.mtl does not define; drawn with the default grey material");
    }

    @Test
    void aMissingTextureLeavesTheMaterialWithoutIt() throws Exception {
        write("m.mtl", "newmtl red\nKd 1 0 0\nmap_Kd -clamp on textures/none.png\n");
        Path obj = write("model.obj", "mtllib m.mtl\n" + TRIANGLE + "usemtl red\nf 1 2 3\n");

        Model model = ObjLoader.load(obj);

        Material red = model.parts().get(0).material();
        assertThat(red.hasTexture()).isFalse();
        assertThat(red.diffuse().r()).isEqualTo(1.0);
        assertThat(model.warnings()).containsExactly("m.mtl:3: texture \"textures/none.png\" cannot be loaded (file not found ("
                + dir.resolve("textures/none.png") + ")); material \"red\" is drawn without it");
    }

    @Test
    void aTextureThatIsNoImageIsAWarningWithItsProblem() throws Exception {
        write("fake.png", "this is text, not a PNG");
        write("m.mtl", "newmtl a\nmap_Kd fake.png\n");
        Model model = ObjLoader.load(write("model.obj", "mtllib m.mtl\n" + TRIANGLE + "usemtl a\nf 1 2 3\n"));

        assertThat(model.warnings()).containsExactly("m.mtl:2: texture \"fake.png\" cannot be loaded (not an image format "
                + "that can be read (PNG, JPEG or TGA expected)); material \"a\" is drawn without it");
    }

    @Test
    void anUnknownTextureOptionIsSkippedWithAWarningAndTheTextureStillLoads() throws Exception {
        ImageIO.write(new BufferedImage(2, 2, BufferedImage.TYPE_INT_RGB), "png", dir.resolve("wood.png").toFile());
        write("m.mtl", "newmtl a\nmap_Kd -colorspace sRGB -clamp on wood.png\nnewmtl b\nmap_Kd -sharpen wood.png\n");
        Model model = ObjLoader.load(write("model.obj", "mtllib m.mtl\n" + TRIANGLE
                + "usemtl a\nf 1 2 3\nusemtl b\nf 1 2 3\n"));

        assertThat(model.parts()).allSatisfy(part -> assertThat(part.material().hasTexture()).isTrue());
        assertThat(model.parts().get(0).material().diffuseTexture().wrap())
                .isEqualTo(io.brigade.engine.shading.WrapMode.CLAMP);
        assertThat(model.warnings()).containsExactly("m.mtl:2: unknown texture option \"-colorspace\" ignored",
                "m.mtl:4: unknown texture option \"-sharpen\" ignored");
    }

    @Test
    void aTgaTextureIsReadThroughTheImageIoPlugin() throws Exception {
        Files.write(dir.resolve("skin.tga"), SpecialFiles.tinyTga(0xFF3366CC));
        write("m.mtl", "newmtl a\nmap_Kd skin.tga\n");
        Model model = ObjLoader.load(write("model.obj", "mtllib m.mtl\n" + TRIANGLE + "usemtl a\nf 1 2 3\n"));

        assertThat(model.warnings()).isEmpty();
        Material a = model.parts().get(0).material();
        assertThat(a.diffuseTexture().width()).isEqualTo(2);
        assertThat(a.diffuseTexture().texel(0, 0) & 0xFFFFFF).isEqualTo(0x3366CC);
    }

    @Test
    void aDeviceAsTextureOrLibraryIsNamedForWhatItIs() throws Exception {
        SpecialFiles.assumeUnixDevices();
        write("m.mtl", "newmtl a\nmap_Kd /dev/zero\n");
        Path obj = write("model.obj", "mtllib m.mtl /dev/zero\n" + TRIANGLE + "usemtl a\nf 1 2 3\n");

        Model model = assertTimeoutPreemptively(NO_HANG, () -> ObjLoader.load(obj));

        assertThat(model.warnings()).containsExactly(
                "m.mtl:2: texture \"/dev/zero\" cannot be loaded (/dev/zero is a character device, not a regular file); "
                        + "material \"a\" is drawn without it",
                "model.obj:1: material library \"/dev/zero\" cannot be read (/dev/zero is a character device, not a "
                        + "regular file); its materials are drawn with the default grey material");
    }

    @Test
    void aFifoAsTextureOrLibraryIsRefusedWithoutWaitingForAWriter() throws Exception {
        Path fifo = SpecialFiles.mkfifo(dir.resolve("pipe.png"));
        SpecialFiles.mkfifo(dir.resolve("pipe.mtl"));
        write("m.mtl", "newmtl a\nmap_Kd pipe.png\n");
        Path obj = write("model.obj", "mtllib m.mtl pipe.mtl\n" + TRIANGLE + "usemtl a\nf 1 2 3\n");

        Model model = assertTimeoutPreemptively(NO_HANG, () -> ObjLoader.load(obj));

        assertThat(model.warnings()).hasSize(2).allSatisfy(w -> assertThat(w).contains("is a named pipe (FIFO), not a regular file"));
        assertThat(model.warnings().get(0)).startsWith("m.mtl:2: texture \"pipe.png\"").contains(fifo.toString());
    }

    @Test
    void anObjThatIsADeviceOrAFifoIsRefusedAtOnceNamingWhatItIs() throws Exception {
        SpecialFiles.assumeUnixDevices();
        Path fifo = SpecialFiles.mkfifo(dir.resolve("pipe.obj"));

        ObjParseException device = assertTimeoutPreemptively(NO_HANG,
                () -> catchThrowableOfType(ObjParseException.class, () -> ObjLoader.load(Path.of("/dev/zero"))));
        ObjParseException pipe = assertTimeoutPreemptively(NO_HANG,
                () -> catchThrowableOfType(ObjParseException.class, () -> ObjLoader.load(fifo)));

        assertThat(device.getMessage()).isEqualTo("zero: cannot read the file: /dev/zero is a character device, not a regular file");
        assertThat(pipe.getMessage()).isEqualTo("pipe.obj: cannot read the file: " + fifo + " is a named pipe (FIFO), not a regular file");
    }

    @Test
    void aMalformedLibraryIsStillAnError() throws Exception {
        write("m.mtl", "newmtl red\nKd 1 0\n");
        ObjParseException e = catchThrowableOfType(ObjParseException.class,
                () -> ObjLoader.load(write("model.obj", "mtllib m.mtl\n")));
        assertThat(e.getMessage()).isEqualTo("m.mtl:2: Kd needs r g b, got 2 numbers");
    }

    @Test
    void partsWithoutAnyMaterialAreDoubleSidedGrey() throws Exception {
        Model model = ObjLoader.load(write("model.obj", TRIANGLE + "f 1 2 3\n"));
        MeshPart part = model.parts().get(0);
        assertThat(part.material()).isEqualTo(Material.DEFAULT.withDoubleSided(true));
        assertThat(model.warnings()).isEmpty();
    }
}
