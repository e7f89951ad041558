package io.brigade.engine.scene;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The parent links of a scene's objects, checked (names unique, parents exist, no cycles) and
 * flattened into an order in which every parent comes before its children.
 */
final class ObjectHierarchy {

    static final int NO_PARENT = -1;

    private final int[] parentIndex;
    private final int[] parentsFirst;

    private ObjectHierarchy(int[] parentIndex, int[] parentsFirst) {
        this.parentIndex = parentIndex;
        this.parentsFirst = parentsFirst;
    }

    static ObjectHierarchy of(List<SceneObject> objects) {
        Map<String, Integer> byName = indexByName(objects);
        int n = objects.size();
        int[] parentIndex = new int[n];
        for (int i = 0; i < n; i++) {
            String parent = objects.get(i).parent();
            if (parent == null) {
                parentIndex[i] = NO_PARENT;
            } else if (byName.containsKey(parent)) {
                parentIndex[i] = byName.get(parent);
            } else {
                throw new InvalidSceneException("objects[" + i + "].parent",
                        "there is no object named \"" + parent + "\"");
            }
        }
        return new ObjectHierarchy(parentIndex, parentsFirstOrder(objects, parentIndex));
    }

    private static Map<String, Integer> indexByName(List<SceneObject> objects) {
        Map<String, Integer> byName = new HashMap<>();
        for (int i = 0; i < objects.size(); i++) {
            Integer earlier = byName.putIfAbsent(objects.get(i).name(), i);
            if (earlier != null) {
                throw new InvalidSceneException("objects[" + i + "].name",
                        "duplicate object name \"" + objects.get(i).name() + "\" (also objects[" + earlier + "])");
            }
        }
        return byName;
    }

    private static int[] parentsFirstOrder(List<SceneObject> objects, int[] parentIndex) {
        int n = parentIndex.length;
        boolean[] placed = new boolean[n];
        int[] order = new int[n];
        int count = 0;
        for (int i = 0; i < n; i++) {
            List<Integer> chain = new ArrayList<>(); // i and its ancestors not yet placed, child first
            for (int j = i; j != NO_PARENT && !placed[j]; j = parentIndex[j]) {
                if (chain.contains(j)) {
                    throw new InvalidSceneException("objects[" + j + "].parent", "parent cycle " + describe(objects, chain, j));
                }
                chain.add(j);
            }
            Collections.reverse(chain);
            for (int j : chain) {
                placed[j] = true;
                order[count++] = j;
            }
        }
        return order;
    }

    private static String describe(List<SceneObject> objects, List<Integer> chain, int repeated) {
        StringBuilder text = new StringBuilder();
        for (int j : chain.subList(chain.indexOf(repeated), chain.size())) {
            text.append(objects.get(j).name()).append(" -> ");
        }
        return text.append(objects.get(repeated).name()).toString();
    }

    int parentOf(int object) {
        return parentIndex[object];
    }

    /** Object indexes with every parent before its children. */
    int[] parentsFirst() {
        return parentsFirst.clone();
    }

    int size() {
        return parentIndex.length;
    }
}
