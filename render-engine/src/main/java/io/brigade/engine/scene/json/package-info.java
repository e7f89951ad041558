/**
 * Scene files ({@code *.scene.json}): {@link io.brigade.engine.scene.json.SceneFiles} reads and writes them.
 *
 * <h2>The format, version 1</h2>
 * <pre>{@code
 * {
 *   "format": "brigade-scene", "version": 1,                  // required, checked first
 *   "settings": {                                              // every field optional
 *     "width": 1280, "height": 720, "fps": 24, "frames": {"start": 0, "end": 95},
 *     "antiAliasing": 2, "shading": "phong",                   // flat | gouraud | phong
 *     "background": {"top": "#3a4456", "bottom": "#101218"},   // or one colour
 *     "wireframe": false
 *   },
 *   "camera": {"position": [0, 4, 10], "target": [0, 1, 0], "up": [0, 1, 0], "fov": 38, "near": 0.1, "far": 100},
 *   "ambient": "#1c1f26",
 *   "lights": [
 *     {"name": "key", "type": "directional", "direction": [-1, -1, -1], "color": "#ffe2b8", "intensity": 1},
 *     {"name": "lamp", "type": "point", "color": "#ff3020", "range": 4,
 *      "keyframes": [{"time": 0, "position": [3, 1, 0]}, {"time": 2, "position": [-3, 1, 0]}]}
 *   ],
 *   "objects": [
 *     {"name": "floor", "mesh": {"primitive": "plane", "width": 10, "depth": 10},
 *      "material": {"diffuse": "#ffffff", "specular": "#101010", "shininess": 4,
 *                   "texture": "../textures/checker.png", "wrap": "repeat"}},
 *     {"name": "pot", "mesh": {"primitive": "teapot", "subdivisions": 12}, "parent": "floor",
 *      "transform": {"translation": [0, 0, 0], "scale": 0.5, "interpolation": "smooth",
 *                    "keyframes": [{"time": 0, "rotation": [0, 0, 0]}, {"time": 4, "rotation": [0, 360, 0]}]}},
 *     {"name": "head", "mesh": {"obj": "models/head.obj"}}
 *   ]
 * }
 * }</pre>
 *
 * <ul>
 * <li>Colours are {@code "#rrggbb"} or {@code [r, g, b]} (linear, >= 0); vectors are {@code [x, y, z]};
 *     rotations are Euler degrees applied X, then Y, then Z; a scale may be one number.</li>
 * <li>Anything animatable (camera, light, transform) is either plain fields (never changes) or
 *     {@code "keyframes"}: each key has {@code "time"} in seconds (>= 0, unique, any order) and the
 *     fields that differ; fields written beside {@code "keyframes"} hold for every key.
 *     {@code "interpolation"} (step | linear | smooth, default linear) beside the keyframes is the
 *     default, on a key it governs the segment from that key to the next.</li>
 * <li>Defaults: settings from {@code RenderSettings.DEFAULT}; camera target [0,0,0], up [0,1,0],
 *     fov 45, near 0.1, far 100 (position is required); light colour white, intensity 1, point
 *     range 10; transform identity; no material means the model's own materials; material
 *     diffuse #cccccc, specular #333333, shininess 32, wrap repeat, doubleSided false (true draws and
 *     lights the back faces too; an OBJ file's own materials are double-sided); ambient #1a1a1a.</li>
 * <li>Meshes: {@code {"primitive": kind, params...}} with kinds cube {size}, cylinder {radius,
 *     height, segments}, plane {width, depth, subdivisionsX, subdivisionsZ}, sphere {radius,
 *     segments, rings}, teapot {subdivisions}, torus {majorRadius, minorRadius, majorSegments,
 *     minorSegments}; or {@code {"obj": path}}. Asset paths are relative to the scene file's folder.</li>
 * <li>Unknown fields are errors (they are usually typos), as are explicit nulls for required
 *     fields; a null optional field counts as absent.</li>
 * </ul>
 */
package io.brigade.engine.scene.json;
