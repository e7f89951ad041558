package io.brigade.engine.scene;

import io.brigade.engine.animation.Interpolators;
import io.brigade.engine.animation.Track;
import io.brigade.engine.shading.Light;

import java.util.Objects;

/** A named, possibly animated light. */
public record SceneLight(String name, Track<Light> light) {

    public SceneLight {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(light, "light");
        if (name.isBlank()) {
            throw new IllegalArgumentException("a light name must not be blank");
        }
    }

    public static SceneLight fixed(String name, Light light) {
        return new SceneLight(name, Track.constant(light, Interpolators.LIGHT));
    }

    public SceneLight withLight(Track<Light> newLight) {
        return new SceneLight(name, newLight);
    }
}
