package io.brigade.engine.cli;

/** Names of rendered frame files: frame_0000.png, frame_0001.png, ... */
final class FrameFiles {

    private FrameFiles() {
    }

    static String name(int frame) {
        return String.format("frame_%04d.png", frame);
    }
}
