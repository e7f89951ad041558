package io.brigade.app.timeline;

/** A key of the selection drawn on the timeline: where it lies in frames, and whether it is the current frame's. */
public record KeyMarker(double frame, boolean current) {
}
