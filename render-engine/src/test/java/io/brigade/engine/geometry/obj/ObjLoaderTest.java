package io.brigade.engine.geometry.obj;

import io.brigade.engine.geometry.Mesh;
import io.brigade.engine.geometry.MeshPart;
import io.brigade.engine.geometry.Model;
import io.brigade.engine.math.Color;
import io.brigade.engine.shading.Material;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class ObjLoaderTest {

    private static final float EPS = 1e-6f;
    private static final String TRIANGLE_VERTICES = "v 0 0 0\nv 1 0 0\nv 0 1 0\n";

    @TempDir
    Path dir;

    private Model load(String objText) throws IOException, ObjParseException {
        return ObjLoader.load(write("model.obj", objText));
    }

    private Path write(String name, String text) throws IOException {
        Path file = dir.resolve(name);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text, StandardCharsets.UTF_8);
        return file;
    }

    static Path fixture(String name) throws URISyntaxException {
        return Path.of(ObjLoaderTest.class.getResource("/obj/" + name).toURI());
    }

    private static Mesh onlyMesh(Model model) {
        assertThat(model.parts()).hasSize(1);
        return model.parts().get(0).mesh();
    }

    private static List<Integer> indices(Mesh mesh) {
        List<Integer> all = new ArrayList<>();
        for (int t = 0; t < mesh.triangleCount(); t++) {
            for (int c = 0; c < 3; c++) {
                all.add(mesh.index(t, c));
            }
        }
        return all;
    }

    @Test
    void everyIndexFormGivesTheSameTriangleWithWhatItNames() throws Exception {
        Model model = ObjLoader.load(fixture("index-forms.obj"));

        assertThat(model.parts()).extracting(MeshPart::name)
                .containsExactly("positions-only", "with-uvs", "with-normals", "with-both", "relative");
        for (MeshPart part : model.parts()) {
            Mesh mesh = part.mesh();
            assertThat(mesh.triangleCount()).as(part.name()).isEqualTo(1);
            assertThat(mesh.vertexCount()).as(part.name()).isEqualTo(3);
            assertThat(mesh.px(1)).isEqualTo(1f);
            assertThat(mesh.py(2)).isEqualTo(1f);
            assertThat(mesh.nz(0)).as(part.name() + " normal, given or computed").isCloseTo(1f, within(EPS));
            assertThat(part.material()).isEqualTo(Material.DEFAULT.withDoubleSided(true));
        }
        Mesh withUvs = model.parts().get(1).mesh();
        assertThat(withUvs.u(1)).isEqualTo(1f);
        assertThat(withUvs.v(2)).isEqualTo(1f);
        assertThat(model.parts().get(4).mesh()).isEqualTo(model.parts().get(3).mesh());
    }

    @Test
    void relativeIndicesCountBackFromTheLastVertexDefinedSoFar() throws Exception {
        Mesh mesh = onlyMesh(load("v 9 9 9\n" + TRIANGLE_VERTICES + "f -3 -2 -1\nv 5 5 5\n"));

        assertThat(mesh.position(0).x()).isEqualTo(0);
        assertThat(mesh.px(1)).isEqualTo(1f);
        assertThat(mesh.py(2)).isEqualTo(1f);
    }

    @Test
    void polygonsBecomeFansOfTriangles() throws Exception {
        Model model = ObjLoader.load(fixture("polygons.obj"));
        Mesh mesh = onlyMesh(model);

        assertThat(mesh.triangleCount()).isEqualTo(2 + 3);
        assertThat(indices(mesh)).containsExactly(0, 1, 2, 0, 2, 3, 4, 5, 6, 4, 6, 7, 4, 7, 8);
        assertThat(model.parts().get(0).name()).isEqualTo("polygons");
    }

    @Test
    void cornersSharingAllIndicesShareAVertex() throws Exception {
        Mesh mesh = onlyMesh(load("v 0 0 0\nv 1 0 0\nv 1 1 0\nv 0 1 0\nvn 0 0 1\nvn 0 0 -1\n"
                + "f 1//1 2//1 3//1\nf 1//1 3//1 4//1\nf 1//2 3//2 2//2\n"));

        assertThat(mesh.triangleCount()).isEqualTo(3);
        assertThat(mesh.vertexCount()).as("4 front corners + 3 back ones").isEqualTo(7);
        assertThat(indices(mesh)).containsExactly(0, 1, 2, 0, 2, 3, 4, 5, 6);
        assertThat(mesh.nz(4)).isEqualTo(-1f);
    }

    @Test
    void cubeFixtureSplitsByGroupAndMaterial() throws Exception {
        Model model = ObjLoader.load(fixture("cube.obj"));

        assertThat(model.parts()).extracting(MeshPart::name).containsExactly("sides", "caps");
        assertThat(model.parts()).extracting(p -> p.material().name()).containsExactly("red", "blue");
        assertThat(model.triangleCount()).isEqualTo(12);
        MeshPart sides = model.parts().get(0);
        assertThat(sides.mesh().vertexCount()).isEqualTo(16);
        assertThat(sides.material().diffuse()).isEqualTo(new Color(0.8f, 0.1f, 0.1f));
        assertThat(sides.material().specular()).isEqualTo(new Color(0.5f, 0.5f, 0.5f));
        assertThat(sides.material().shininess()).isEqualTo(64);
        assertThat(model.parts().get(1).material().shininess()).isEqualTo(16);
        assertThat(sides.material().hasTexture()).isFalse();
    }

    @Test
    void aNewPartStartsOnlyWhenNameOrMaterialChangesAndEmptyPartsAreDropped() throws Exception {
        write("m.mtl", "newmtl a\nKd 1 0 0\nnewmtl b\nKd 0 1 0\n");
        Model model = load("mtllib m.mtl\n" + TRIANGLE_VERTICES
                + "f 1 2 3\n"             // no o/g/usemtl yet: file name, default material
                + "o first\nusemtl a\nf 1 2 3\n"
                + "usemtl a\ng first\nf 1 2 3\n" // neither changes
                + "usemtl b\nf 1 2 3\n"
                + "g empty\ng second\nusemtl b\nf 1 2 3\n"
                + "g\nf 1 2 3\n");          // a g without a name falls back to the file name

        assertThat(model.parts()).extracting(MeshPart::name)
                .containsExactly("model", "first", "first", "second", "model");
        assertThat(model.parts()).extracting(p -> p.material().name())
                .containsExactly("default", "a", "b", "b", "b");
        assertThat(model.parts()).extracting(p -> p.mesh().triangleCount()).containsExactly(1, 2, 1, 1, 1);
        assertThat(model.parts().get(0).material()).isEqualTo(Material.DEFAULT.withDoubleSided(true));
    }

    @Test
    void fileWithoutFacesGivesAnEmptyModel() throws Exception {
        assertThat(load(TRIANGLE_VERTICES + "g lonely\ncurv 0 1 1 2\n").parts()).isEmpty();
    }

    @Test
    void partsWithoutNormalsOnEveryCornerGetSmoothNormals() throws Exception {
        Mesh mesh = onlyMesh(load(TRIANGLE_VERTICES + "vn 1 0 0\nf 1//1 2//1 3//1\nf 1 3 2\n"));

        assertThat(mesh.vertexCount()).isEqualTo(6);
        for (int v = 0; v < 3; v++) {
            assertThat(mesh.nz(v)).as("computed normal, not the written (1, 0, 0)").isCloseTo(1f, within(EPS));
        }
    }

    @Test
    void writtenNormalsAreMadeUnitLength() throws Exception {
        Mesh mesh = onlyMesh(load(TRIANGLE_VERTICES + "vn 0 0 2\nvn 0 0 0\nf 1//1 2//1 3//2\n"));

        assertThat(mesh.nz(0)).isEqualTo(1f);
        assertThat(mesh.normal(2).length()).as("a zero normal becomes some unit vector").isCloseTo(1, within(1e-6));
    }

    @Test
    void partsWithoutUvsHaveZeroUvs() throws Exception {
        Mesh mesh = onlyMesh(load(TRIANGLE_VERTICES + "vt 0.5 0.5\nf 1 2 3\n"));

        assertThat(mesh.u(1)).isZero();
        assertThat(mesh.v(2)).isZero();
    }

    @Test
    void commentsCrlfBomAndExtrasAreUnderstood() throws Exception {
        String text = "\uFEFF# header comment\r\n"
                + "v 0 0 0 1\r\n"                   // with w
                + "v 1 0 0 1 0.5 0.25 0.125\r\n"     // with w and a colour
                + "v 0 1 0 0.5 0.25 0.125   \r\n"    // with a colour
                + "vt 0.25 0.75 0\r\n"
                + "vt 1\r\n"
                + "\r\n"
                + "  s off\r\n"
                + "l 1 2\r\n"
                + "vp 0.5\r\n"
                + "o named part # trailing comment\r\n"
                + "f 1/1 2/2 3/1#no space before the comment\r\n";
        Model model = load(text);
        Mesh mesh = onlyMesh(model);

        assertThat(model.parts().get(0).name()).isEqualTo("named part");
        assertThat(mesh.px(1)).isEqualTo(1f);
        assertThat(mesh.py(2)).isEqualTo(1f);
        assertThat(mesh.u(0)).isEqualTo(0.25f);
        assertThat(mesh.v(0)).isEqualTo(0.75f);
        assertThat(mesh.u(1)).isEqualTo(1f);
        assertThat(mesh.v(1)).as("vt without v").isZero();
    }

    @Test
    void namesAreUtf8() throws Exception {
        write("m.mtl", "newmtl Ziegelstein-Wand\u00e9\n");
        Model model = load("mtllib m.mtl\n" + TRIANGLE_VERTICES
                + "o W\u00fcrfel \u7acb\u65b9\u4f53\nusemtl Ziegelstein-Wand\u00e9\nf 1 2 3\n");

        assertThat(model.parts().get(0).name()).isEqualTo("W\u00fcrfel \u7acb\u65b9\u4f53");
        assertThat(model.parts().get(0).material().name()).isEqualTo("Ziegelstein-Wand\u00e9");
    }

    @Test
    void loneCarriageReturnsEndLinesToo() throws Exception {
        assertThat(onlyMesh(load("v 0 0 0\rv 1 0 0\rv 0 1 0\rf 1 2 3\r")).triangleCount()).isEqualTo(1);
    }

    @Test
    void lastLineNeedsNoLineEnd() throws Exception {
        assertThat(onlyMesh(load(TRIANGLE_VERTICES + "f 1 2 3")).triangleCount()).isEqualTo(1);
    }

    @ParameterizedTest
    @CsvSource({
            "1.5e-3, 0.0015",
            "-2E+2, -200",
            "2.5E2, 250",
            "+.5, 0.5",
            "7., 7",
            "-0, -0.0",
            "1e-50, 0",
            "123456789012345678901234567890, 1.2345679E29",
    })
    void numbersInEveryDecimalForm(String written, float expected) throws Exception {
        Mesh mesh = onlyMesh(load("v " + written + " 0 0\nv 1 0 0\nv 0 1 0\nf 1 2 3\n"));

        assertThat(mesh.px(0)).isEqualTo(expected);
        assertThat(Float.floatToIntBits(mesh.px(0))).isEqualTo(Float.floatToIntBits(Float.parseFloat(written)));
    }

    @Test
    void materialLibrariesMayBeSeveralAndInOtherFolders() throws Exception {
        write("materials/one.mtl", "newmtl one\nKd 0.1 0.2 0.3\n");
        write("materials/two.mtl", "newmtl two\nKd 0.5\n");
        write("with space.mtl", "newmtl spaced\n");
        Model model = load("mtllib materials/one.mtl materials\\two.mtl\nmtllib with space.mtl\n" + TRIANGLE_VERTICES
                + "usemtl one\nf 1 2 3\nusemtl two\nf 1 2 3\nusemtl spaced\nf 1 2 3\n");

        assertThat(model.parts()).extracting(p -> p.material().name()).containsExactly("one", "two", "spaced");
        assertThat(model.parts().get(0).material().diffuse()).isEqualTo(new Color(0.1f, 0.2f, 0.3f));
        assertThat(model.parts().get(1).material().diffuse()).isEqualTo(new Color(0.5f, 0.5f, 0.5f));
        assertThat(model.parts().get(2).material().diffuse()).isEqualTo(Material.DEFAULT.diffuse());
    }

    @Test
    void texturesSharedByMaterialsAreReadOnce() throws Exception {
        MtlLoaderTest.writePng(dir.resolve("shared.png"), 0xff336699);
        write("m.mtl", "newmtl a\nmap_Kd shared.png\nnewmtl b\nmap_Kd shared.png\nnewmtl c\nmap_Kd -clamp on shared.png\n");
        Model model = load("mtllib m.mtl\n" + TRIANGLE_VERTICES + "usemtl a\nf 1 2 3\nusemtl b\nf 1 2 3\nusemtl c\nf 1 2 3\n");

        List<MeshPart> parts = model.parts();
        assertThat(parts.get(0).material().diffuseTexture()).isSameAs(parts.get(1).material().diffuseTexture());
        assertThat(parts.get(2).material().diffuseTexture())
                .isEqualTo(parts.get(0).material().diffuseTexture().withWrap(io.brigade.engine.shading.WrapMode.CLAMP));
    }
}
