package io.brigade.app.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.brigade.engine.raster.RenderStats;
import io.brigade.engine.raster.RenderedFrame;
import java.util.List;
import org.junit.jupiter.api.Test;

class ThumbnailLogTest {

    @Test
    void aSnapshotKeepsItsThumbnailsWhileMoreArriveAndTheLogGrows() {
        ThumbnailLog log = new ThumbnailLog();
        for (int frame = 0; frame < 3; frame++) {
            log.append(thumbnail(frame));
        }
        List<FrameThumbnail> early = log.snapshot();
        for (int frame = 3; frame < 100; frame++) { // past the first array's room, several times
            log.append(thumbnail(frame));
        }
        List<FrameThumbnail> late = log.snapshot();

        assertThat(early).extracting(FrameThumbnail::frame).containsExactly(0, 1, 2);
        assertThat(late).hasSize(100);
        assertThat(late.subList(0, 3)).isEqualTo(early);
        assertThat(late.get(99).frame()).isEqualTo(99);
        assertThatThrownBy(() -> early.get(3)).isInstanceOf(IndexOutOfBoundsException.class);
    }

    @Test
    void snapshotsCannotBeChangedAndAStatusKeepsOneWithoutCopying() {
        ThumbnailLog log = new ThumbnailLog();
        log.append(thumbnail(7));
        List<FrameThumbnail> snapshot = log.snapshot();

        assertThatThrownBy(() -> snapshot.add(thumbnail(8))).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> snapshot.set(0, thumbnail(8))).isInstanceOf(UnsupportedOperationException.class);
        RenderStatus status = new RenderStatus(RenderStatus.Phase.RUNNING, 1, 2, 0, java.util.Optional.empty(),
                java.time.Duration.ZERO, java.util.Optional.empty(), snapshot);
        assertThat(status.thumbnails()).isSameAs(snapshot);
    }

    private static FrameThumbnail thumbnail(int frame) {
        return FrameThumbnail.of(RenderedFrame.of(frame, 4, 2, new int[8], new RenderStats(0, 0, 0)), 4);
    }
}
