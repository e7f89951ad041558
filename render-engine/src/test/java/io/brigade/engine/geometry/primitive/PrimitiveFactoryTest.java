package io.brigade.engine.geometry.primitive;

import io.brigade.engine.geometry.Mesh;
import io.brigade.engine.scene.MeshSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PrimitiveFactoryTest {

    @Test
    void offersTheSixKindsWithTheirParameterDefaults() {
        assertThat(PrimitiveFactory.kinds()).extracting(PrimitiveKind::id)
                .containsExactly("cube", "sphere", "torus", "plane", "cylinder", "teapot");
        assertThat(PrimitiveKind.SPHERE.defaults()).containsExactly(
                Map.entry("radius", 1.0), Map.entry("segments", 32.0), Map.entry("rings", 16.0));
        assertThat(PrimitiveKind.TEAPOT.parameters()).containsExactly(
                new PrimitiveParameter("subdivisions", 8, Primitives.MIN_TEAPOT_SUBDIVISIONS, Primitives.MAX_TEAPOT_SUBDIVISIONS, true));
    }

    static Stream<Arguments> givenParameters() {
        return Stream.of(
                Arguments.of("cube", Map.of("size", 3.0), Primitives.cube(3)),
                Arguments.of("sphere", Map.of("radius", 2.0, "segments", 8.0, "rings", 4.0), Primitives.uvSphere(2, 8, 4)),
                Arguments.of("sphere", Map.of("segments", 5.0), Primitives.uvSphere(1, 5, 16)),
                Arguments.of("torus", Map.of("majorRadius", 3.0, "minorRadius", 1.0, "majorSegments", 6.0, "minorSegments", 4.0),
                        Primitives.torus(3, 1, 6, 4)),
                Arguments.of("plane", Map.of("width", 5.0, "depth", 7.0, "subdivisionsX", 2.0, "subdivisionsZ", 3.0),
                        Primitives.plane(5, 7, 2, 3)),
                Arguments.of("cylinder", Map.of("radius", 0.5, "height", 4.0, "segments", 6.0), Primitives.cylinder(0.5, 4, 6)),
                Arguments.of("teapot", Map.of("subdivisions", 6.0), Primitives.teapot(6)));
    }

    @ParameterizedTest
    @MethodSource("givenParameters")
    void buildsWithTheGivenParametersAndDefaultsForTheRest(String kind, Map<String, Double> parameters, Mesh expected) throws PrimitiveException {
        assertThat(PrimitiveFactory.create(new MeshSource.Primitive(kind, parameters))).isEqualTo(expected);
    }

    @ParameterizedTest
    @EnumSource(PrimitiveKind.class)
    void buildsEveryKindFromItsDefaultsAlone(PrimitiveKind kind) throws PrimitiveException {
        Mesh fromDefaults = PrimitiveFactory.create(new MeshSource.Primitive(kind.id(), Map.of()));
        Mesh spelledOut = PrimitiveFactory.create(new MeshSource.Primitive(kind.id(), kind.defaults()));
        assertThat(fromDefaults).isEqualTo(spelledOut);
        assertThat(fromDefaults.triangleCount()).isPositive();
    }

    @Test
    void namesTheParameterAndItsRangeWhenAValueIsOutOfRange() {
        assertThatThrownBy(() -> PrimitiveFactory.create(new MeshSource.Primitive("sphere", Map.of("segments", 2.0))))
                .isInstanceOf(PrimitiveException.class)
                .hasMessage("sphere.segments: must be an integer between 3 and 4096, got 2");
        assertThatThrownBy(() -> PrimitiveFactory.create(new MeshSource.Primitive("torus", Map.of("minorSegments", 3.5))))
                .hasMessage("torus.minorSegments: must be an integer between 3 and 2048, got 3.5");
        assertThatThrownBy(() -> PrimitiveFactory.create(new MeshSource.Primitive("cube", Map.of("size", -1.0))))
                .hasMessage("cube.size: must be a number between 0.000001 and 1000000, got -1");
        assertThatThrownBy(() -> PrimitiveFactory.create(new MeshSource.Primitive("cylinder", Map.of("height", Double.NaN))))
                .hasMessage("cylinder.height: must be a number between 0.000001 and 1000000, got NaN");
    }

    /** Every parameter of every kind, given a value just below its minimum and one just above its maximum. */
    static Stream<Arguments> outOfRangeValues() {
        return PrimitiveFactory.kinds().stream().flatMap(kind -> kind.parameters().stream().flatMap(p -> {
            double step = p.integer() ? 1 : p.minimum() / 2;
            return Stream.of(Arguments.of(kind, p, p.minimum() - step), Arguments.of(kind, p, p.maximum() + step));
        }));
    }

    @ParameterizedTest(name = "{0}.{1} = {2}")
    @MethodSource("outOfRangeValues")
    void rejectsEveryParameterOutsideItsRangeNamingIt(PrimitiveKind kind, PrimitiveParameter parameter, double value) {
        Map<String, Double> parameters = new LinkedHashMap<>(kind.defaults());
        parameters.put(parameter.name(), value);
        assertThatThrownBy(() -> PrimitiveFactory.create(new MeshSource.Primitive(kind.id(), parameters)))
                .isInstanceOf(PrimitiveException.class)
                .hasMessageStartingWith(kind.id() + "." + parameter.name() + ": must be " + parameter.rule() + ", got ");
    }

    @Test
    void namesAnUnknownParameterAndListsTheKnownOnes() {
        assertThatThrownBy(() -> PrimitiveFactory.create(new MeshSource.Primitive("sphere", Map.of("radius", 1.0, "radias", 2.0))))
                .isInstanceOf(PrimitiveException.class)
                .hasMessage("sphere.radias: unknown parameter; known parameters are radius, segments, rings");
    }

    @Test
    void namesAnUnknownKindAndListsTheKnownOnes() {
        assertThatThrownBy(() -> PrimitiveFactory.create(new MeshSource.Primitive("cone", Map.of())))
                .isInstanceOf(PrimitiveException.class)
                .hasMessage("unknown primitive kind 'cone'; known kinds are cube, sphere, torus, plane, cylinder, teapot");
    }

    @Test
    void directCallsRejectBadArgumentsNamingThem() {
        List.<Runnable>of(
                () -> Primitives.uvSphere(1, 2, 8),
                () -> Primitives.torus(1, 0, 8, 8),
                () -> Primitives.plane(1, 1, 0, 1),
                () -> Primitives.cylinder(1, Double.POSITIVE_INFINITY, 8)).forEach(call ->
                assertThatThrownBy(call::run).isInstanceOf(IllegalArgumentException.class)
                        .hasMessageMatching("(segments|minorRadius|subdivisionsX|height): must be .*, got .*"));
    }
}
