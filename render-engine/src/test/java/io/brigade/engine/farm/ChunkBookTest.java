package io.brigade.engine.farm;

import io.brigade.engine.farm.ChunkBook.Offer;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class ChunkBookTest {

    private static final String JOB = "job";

    @Test
    void chunksAreRunsOfConsecutiveFramesUpToTheChunkSize() {
        ChunkBook book = new ChunkBook(JOB, new int[]{0, 1, 2, 3, 4, 7, 8}, 2, 0);
        assertThat(book.offerAll()).extracting(o -> o.task().frames())
                .containsExactly("frames 0-1", "frames 2-3", "frame 4", "frames 7-8");
    }

    @Test
    void theFirstResultOfAFrameWinsAndTheJobIsDoneWhenEveryFrameIs() {
        ChunkBook book = new ChunkBook(JOB, new int[]{5, 6}, 1, 0);
        List<Offer> offers = book.offerAll();
        assertThat(book.frameDone(0, offers.get(0).task().lease(), 5)).isTrue();
        assertThat(book.frameDone(0, offers.get(0).task().lease(), 5)).isFalse();
        assertThat(book.allDone()).isFalse();
        assertThat(book.frameDone(1, offers.get(1).task().lease(), 6)).isTrue();
        assertThat(book.allDone()).isTrue();
    }

    @Test
    void aLostMembersChunksAreOfferedAgainFromTheirFirstUnfinishedFrame() {
        ChunkBook book = new ChunkBook(JOB, new int[]{0, 1, 2}, 3, 0);
        ChunkTask task = book.offerAll().get(0).task();
        book.claimed(0, task.lease(), "a");
        book.frameDone(0, task.lease(), 0);

        List<Offer> again = book.memberLost("a");

        assertThat(again).singleElement().satisfies(o -> {
            assertThat(o.task().frames()).isEqualTo("frames 1-2");
            assertThat(o.task().lease()).isNotEqualTo(task.lease());
            assertThat(o.attempt()).isEqualTo(1);
        });
        assertThat(book.memberLost("a")).isEmpty();
    }

    @Test
    void aFailedChunkIsRetriedWithoutTheWorkersItFailedOnUntilItsRetriesAreUsedUp() {
        ChunkBook book = new ChunkBook(JOB, new int[]{0}, 1, 1);
        ChunkTask first = book.offerAll().get(0).task();
        book.claimed(0, first.lease(), "a");

        ChunkBook.FailureOutcome once = book.failed(0, first.lease(), "a");
        assertThat(once.retry()).hasValueSatisfying(o -> assertThat(o.task().excluded()).containsExactly("a"));
        assertThat(book.exhausted(0)).isFalse();

        ChunkTask second = once.retry().orElseThrow().task();
        book.claimed(0, second.lease(), "b");
        assertThat(book.failed(0, second.lease(), "b").retry()).isEmpty();
        assertThat(book.exhausted(0)).isTrue();
    }

    @Test
    void aWorkerFailingThreeChunksIsBlockedFromEveryChunkOfTheJob() {
        ChunkBook book = new ChunkBook(JOB, new int[]{0, 1, 2, 3}, 1, 5);
        List<Offer> offers = book.offerAll();
        boolean blockedNow = false;
        for (int chunk = 0; chunk < 3; chunk++) {
            book.claimed(chunk, offers.get(chunk).task().lease(), "bad");
            blockedNow = book.failed(chunk, offers.get(chunk).task().lease(), "bad").workerNowBlocked();
        }
        assertThat(blockedNow).isTrue();
        assertThat(book.blocked()).containsExactly("bad");
        ChunkTask fourth = offers.get(3).task();
        book.claimed(3, fourth.lease(), "good");
        assertThat(book.released(3, fourth.lease())).hasValueSatisfying(o ->
                assertThat(o.task().excluded()).containsExactly("bad"));
        assertThat(book.stuckFrame(Set.of("bad"))).isPresent();
        assertThat(book.stuckFrame(Set.of("bad", "good"))).isEmpty();
    }

    @Test
    void aChunkTakenButNeverClaimedIsOfferedAgainWhenItIsNotInTheQueue() {
        ChunkBook book = new ChunkBook(JOB, new int[]{0, 1}, 1, 0);
        List<Offer> offers = book.offerAll();
        int stillQueued = offers.get(1).task().lease();

        assertThat(book.vanished(Set.of(stillQueued))).singleElement()
                .satisfies(o -> assertThat(o.task().firstFrame()).isZero());
    }
}
