package io.brigade.engine.farm;

import io.brigade.engine.raster.RenderStats;

/**
 * What a worker tells a job's submitter, through the job's result queue.
 *
 * @param member the worker's member id (what the submitter excludes and blocks)
 * @param lane   the worker slot, {@code host:port / worker n}, as the timeline shows it
 * @param png    the finished frame as PNG bytes ({@link Kind#FRAME_DONE} only)
 * @param message what went wrong ({@link Kind#CHUNK_FAILED}, {@link Kind#JOB_REFUSED})
 */
record WorkerReport(Kind kind, String jobId, int chunk, int lease, int frame, String member, String lane,
                    long renderNanos, RenderStats stats, byte[] png, String message) {

    /** Any PNG a byte array holds; its pixel size is checked against the job's when it is decoded. */
    private static final int MAX_PNG_BYTES = Integer.MAX_VALUE - 64;
    private static final int MAX_TEXT_BYTES = 64 << 10;

    enum Kind {
        /** A worker took the chunk from the queue. */
        CHUNK_CLAIMED,
        /** A worker began a frame of a chunk it took. */
        FRAME_STARTED,
        /** A frame is finished. */
        FRAME_DONE,
        /** A frame failed; the rest of the chunk was not rendered. */
        CHUNK_FAILED,
        /** The worker is leaving and gives the chunk back unfinished. */
        CHUNK_RELEASED,
        /** The worker cannot read the job: its scene or assets are invalid. */
        JOB_REFUSED
    }

    static WorkerReport of(Kind kind, ChunkTask task, int frame, String member, String lane, String message) {
        return new WorkerReport(kind, task.jobId(), task.chunk(), task.lease(), frame, member, lane, 0,
                RenderStats.NONE, new byte[0], message);
    }

    static WorkerReport frameDone(ChunkTask task, int frame, String member, String lane, long renderNanos,
                                  RenderStats stats, byte[] png) {
        return new WorkerReport(Kind.FRAME_DONE, task.jobId(), task.chunk(), task.lease(), frame, member, lane,
                renderNanos, stats, png, "");
    }

    byte[] encode() {
        return new Wire.Out().writeInt(kind.ordinal()).writeString(jobId).writeInt(chunk).writeInt(lease)
                .writeInt(frame).writeString(member).writeString(lane).writeLong(renderNanos)
                .writeLong(stats.trianglesSubmitted()).writeLong(stats.trianglesRasterized())
                .writeLong(stats.samplesShaded()).writeBytes(png).writeString(message).toBytes();
    }

    static WorkerReport decode(byte[] bytes) throws MalformedMessageException {
        Wire.In in = new Wire.In(bytes, "worker report");
        Kind kind = Kind.values()[in.readInt("kind", 0, Kind.values().length - 1)];
        String jobId = in.readString("job id", 64);
        int chunk = in.readInt("chunk");
        int lease = in.readInt("lease");
        int frame = in.readInt("frame");
        String member = in.readString("member", 64);
        String lane = in.readString("lane", 1024);
        long renderNanos = in.readLong("render time");
        RenderStats stats = new RenderStats(in.readLong("triangles submitted"), in.readLong("triangles rasterized"),
                in.readLong("samples shaded"));
        byte[] png = in.readBytes("png", MAX_PNG_BYTES);
        String message = in.readString("message", MAX_TEXT_BYTES);
        in.requireEnd();
        return new WorkerReport(kind, jobId, chunk, lease, frame, member, lane, renderNanos, stats, png, message);
    }
}
