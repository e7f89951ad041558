package io.brigade.engine.farm;

import io.brigade.engine.io.PngCompression;
import io.brigade.engine.raster.RenderStats;
import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class WireTest {

    private static final ChunkTask TASK = new ChunkTask("job-1", 3, 7, 10, 12, List.of("m1", "m2"));

    @Test
    void messagesReadBackAsWritten() throws Exception {
        assertThat(ChunkTask.decode(TASK.encode())).isEqualTo(TASK);

        JobManifest manifest = new JobManifest("job-1", "client", "a.scene.json", "{}", "scenes",
                List.of(new JobManifest.AssetRef("textures/t.png", "ab".repeat(32), 42)), PngCompression.SMALL);
        assertThat(JobManifest.decode(manifest.encode())).isEqualTo(manifest);

        WorkerReport report = WorkerReport.frameDone(TASK, 11, "m1", "host:5701 / worker 2", 99,
                new RenderStats(1, 2, 3), new byte[]{1, 2, 3});
        WorkerReport back = WorkerReport.decode(report.encode());
        assertThat(back.png()).containsExactly(1, 2, 3);
        assertThat(back).usingRecursiveComparison().ignoringFields("png").isEqualTo(report);
    }

    @Test
    void aMessageCutShortOrWithBytesLeftOverIsRefused() {
        byte[] whole = TASK.encode();
        assertThatThrownBy(() -> ChunkTask.decode(Arrays.copyOf(whole, whole.length - 1)))
                .isInstanceOf(MalformedMessageException.class).hasMessageContaining("cut short");
        assertThatThrownBy(() -> ChunkTask.decode(Arrays.copyOf(whole, whole.length + 1)))
                .isInstanceOf(MalformedMessageException.class).hasMessageContaining("after the last field");
    }

    @Test
    void aLengthBeyondItsLimitIsRefusedBeforeAnythingIsAllocated() {
        byte[] huge = new Wire.Out().writeString("job").writeString("client").writeString("a.scene.json")
                .writeInt(Integer.MAX_VALUE).toBytes();
        assertThatThrownBy(() -> JobManifest.decode(huge))
                .isInstanceOf(MalformedMessageException.class).hasMessageContaining("scene text length");
    }

    @Test
    void aJobWhoseAssetsExceedTheLimitIsRefused() {
        JobManifest manifest = new JobManifest("job-1", "client", "a.scene.json", "{}", "", List.of(
                new JobManifest.AssetRef("big.obj", "00", JobManifest.MAX_ASSET_BYTES + 1)), PngCompression.FAST);
        assertThatThrownBy(() -> JobManifest.decode(manifest.encode()))
                .isInstanceOf(MalformedMessageException.class).hasMessageContaining("big.obj");
    }

    @Test
    void anotherFormatNumberIsRefusedWithAdvice() {
        byte[] bytes = TASK.encode();
        bytes[3] = 9;
        assertThatThrownBy(() -> ChunkTask.decode(bytes)).hasMessageContaining("same Brigade version");
    }
}
