package io.brigade.app.export;

/** The forms an exported animation takes. */
public enum AnimationFormat {
    PNG_SEQUENCE("PNG frames"), GIF("animated GIF"), MP4("MP4 video");

    private final String description;

    AnimationFormat(String description) {
        this.description = description;
    }

    public String description() {
        return description;
    }
}
