package io.brigade.engine.farm;

import io.brigade.engine.schedule.RenderRequest;

import java.util.ArrayList;
import java.util.List;

/**
 * A chunk of consecutive frames of one job, waiting in the task queue for an idle worker.
 *
 * @param lease    this offer of the chunk: a requeued chunk gets a new one, so reports of an old offer are told apart
 * @param excluded members that must not take it: those it failed on and those blocked from the job
 */
record ChunkTask(String jobId, int chunk, int lease, int firstFrame, int lastFrame, List<String> excluded) {

    private static final int MAX_EXCLUDED = 1024;

    ChunkTask {
        excluded = List.copyOf(excluded);
        if (lastFrame < firstFrame) {
            throw new IllegalArgumentException("empty chunk " + firstFrame + "-" + lastFrame);
        }
    }

    String frames() {
        return firstFrame == lastFrame ? "frame " + firstFrame : "frames " + firstFrame + "-" + lastFrame;
    }

    byte[] encode() {
        Wire.Out out = new Wire.Out().writeString(jobId).writeInt(chunk).writeInt(lease).writeInt(firstFrame)
                .writeInt(lastFrame).writeInt(excluded.size());
        excluded.forEach(out::writeString);
        return out.toBytes();
    }

    static ChunkTask decode(byte[] bytes) throws MalformedMessageException {
        Wire.In in = new Wire.In(bytes, "chunk task");
        String jobId = in.readString("job id", 64);
        int chunk = in.readInt("chunk", 0, RenderRequest.MAX_FRAMES);
        int lease = in.readInt("lease", 0, Integer.MAX_VALUE);
        int first = in.readInt("first frame");
        int last = in.readInt("last frame");
        if (last < first || (long) last - first >= RenderRequest.MAX_FRAMES) {
            throw new MalformedMessageException("chunk task: frames " + first + "-" + last + " are not a chunk");
        }
        int count = in.readInt("excluded count", 0, MAX_EXCLUDED);
        List<String> excluded = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            excluded.add(in.readString("excluded member", 64));
        }
        in.requireEnd();
        return new ChunkTask(jobId, chunk, lease, first, last, excluded);
    }
}
