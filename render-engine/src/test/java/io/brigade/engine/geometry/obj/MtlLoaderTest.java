package io.brigade.engine.geometry.obj;

import io.brigade.engine.math.Color;
import io.brigade.engine.shading.Material;
import io.brigade.engine.shading.Texture;
import io.brigade.engine.shading.WrapMode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class MtlLoaderTest {

    @TempDir
    Path dir;

    /** A 2x1 PNG: {@code left} on the left, white on the right. */
    static void writePng(Path file, int left) throws IOException {
        BufferedImage image = new BufferedImage(2, 1, BufferedImage.TYPE_INT_ARGB);
        image.setRGB(0, 0, left);
        image.setRGB(1, 0, 0xffffffff);
        Files.createDirectories(file.getParent());
        assertThat(ImageIO.write(image, "png", file.toFile())).isTrue();
    }

    private Map<String, Material> load(String mtlText) throws IOException, ObjParseException {
        Path file = dir.resolve("m.mtl");
        Files.writeString(file, mtlText);
        return MtlLoader.load(file);
    }

    @Test
    void readsColoursShininessAndDefaultsTheRest() throws Exception {
        Map<String, Material> materials = load("# comment\nnewmtl shiny\nKd 1 0.5 0.25\nKs 0.5 0.5 0.5\nNs 250\n"
                + "Ka 1 1 1\nd 0.5\nTr 0.5\nillum 2\nNi 1.45\nmap_Bump -bm 0.5 bump.png\n"
                + "newmtl plain\n");

        assertThat(materials.keySet()).containsExactly("shiny", "plain");
        Material shiny = materials.get("shiny");
        assertThat(shiny).isEqualTo(new Material("shiny", new Color(1, 0.5, 0.25), new Color(0.5, 0.5, 0.5), 250, null, true));
        Material plain = materials.get("plain");
        assertThat(plain.diffuse()).isEqualTo(Material.DEFAULT.diffuse());
        assertThat(plain.specular()).isEqualTo(Material.DEFAULT.specular());
        assertThat(plain.shininess()).isEqualTo(Material.DEFAULT.shininess());
        assertThat(plain.hasTexture()).isFalse();
    }

    @Test
    void aLaterMaterialOfTheSameNameReplacesTheEarlier() throws Exception {
        Map<String, Material> materials = load("newmtl a\nKd 1 0 0\nnewmtl a\nKd 0 1 0\n");

        assertThat(materials).hasSize(1);
        assertThat(materials.get("a").diffuse()).isEqualTo(new Color(0, 1, 0));
    }

    @Test
    void readsTheDiffuseTextureRelativeToTheMtlFile() throws Exception {
        writePng(dir.resolve("textures/brick.png"), 0xff336699);
        Material material = load("newmtl brick\nKd 1 1 1\nmap_Kd textures/brick.png\n").get("brick");

        Texture texture = material.diffuseTexture();
        assertThat(texture.source()).isEqualTo("textures/brick.png");
        assertThat(texture.width()).isEqualTo(2);
        assertThat(texture.height()).isEqualTo(1);
        assertThat(texture.texel(0, 0)).isEqualTo(0xff336699);
        assertThat(texture.texel(1, 0)).isEqualTo(0xffffffff);
        assertThat(texture.wrap()).isEqualTo(WrapMode.REPEAT);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "-clamp on tex.png                                      | CLAMP  | tex.png",
            "-clamp off tex.png                                     | REPEAT | tex.png",
            "-blendu off -blendv on -cc off -clamp on tex.png       | CLAMP  | tex.png",
            "-o 0.5 -s 2 2 -t 0 0 0 -clamp on tex.png               | CLAMP  | tex.png",
            "-bm 0.5 -boost 2 -texres 512 -mm 0 1 tex.png           | REPEAT | tex.png",
            "-imfchan r -type sphere my tex.png                     | REPEAT | my tex.png",
            "-o 1 2 3 4                                             | REPEAT | 4",
    })
    void readsTextureOptionsWithTheirArguments(String statement, WrapMode wrap, String fileName) throws Exception {
        writePng(dir.resolve(fileName), 0xff000000);
        Material material = load("newmtl t\nmap_Kd " + statement + "\n").get("t");

        assertThat(material.diffuseTexture().wrap()).isEqualTo(wrap);
        assertThat(material.diffuseTexture().source()).isEqualTo(fileName);
    }
}
