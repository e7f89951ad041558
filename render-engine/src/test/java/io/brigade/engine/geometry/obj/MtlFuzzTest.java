package io.brigade.engine.geometry.obj;

import com.code_intelligence.jazzer.junit.FuzzTest;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Jazzer's coverage-guided target for MTL files: any bytes give materials or an ObjParseException
 * naming the file and line, never anything else. Seeds and crash inputs: {@code MtlFuzzTestInputs/loadMtl/}.
 */
class MtlFuzzTest {

    @TempDir
    Path dir;

    @FuzzTest(maxDuration = "60s")
    void loadMtl(byte[] bytes) throws IOException {
        Path file = Files.write(dir.resolve("fuzz.mtl"), bytes);
        try {
            assertThat(MtlLoader.load(file)).isNotNull();
        } catch (ObjParseException expected) {
            ObjFuzzTest.assertNamesItsPlace(expected, file);
        }
    }
}
