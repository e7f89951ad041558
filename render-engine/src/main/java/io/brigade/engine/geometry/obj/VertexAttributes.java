package io.brigade.engine.geometry.obj;

/** Everything an OBJ file has declared so far with {@code v}, {@code vt} and {@code vn}, in file order. */
final class VertexAttributes {

    final FloatList positions = new FloatList(3 * 1024); // x, y, z
    final FloatList uvs = new FloatList(2 * 1024);       // u, v
    final FloatList normals = new FloatList(3 * 1024);   // x, y, z, unit length

    int positionCount() {
        return positions.size() / 3;
    }

    int uvCount() {
        return uvs.size() / 2;
    }

    int normalCount() {
        return normals.size() / 3;
    }

    void addNormal(float x, float y, float z) {
        float length = (float) Math.sqrt(x * x + y * y + z * z);
        if (length > 0 && Float.isFinite(length)) {
            normals.add(x / length);
            normals.add(y / length);
            normals.add(z / length);
        } else { // a zero (or overflowing) normal has no direction; any unit vector keeps Mesh's promise
            normals.add(0);
            normals.add(length > 0 ? 0 : 1);
            normals.add(0);
        }
    }
}
