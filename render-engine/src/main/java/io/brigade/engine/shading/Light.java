package io.brigade.engine.shading;

import io.brigade.engine.math.Color;

/** A light source, in world space. Ambient light is a property of the scene, not a light. */
public sealed interface Light permits DirectionalLight, PointLight {

    Color color();

    double intensity();
}
