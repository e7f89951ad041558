package io.brigade.engine.schedule;

import io.brigade.engine.raster.Region;
import io.brigade.engine.scene.RenderSettings;
import io.brigade.engine.shading.ShadingMode;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class TileLayoutTest {

    @ParameterizedTest(name = "{0}x{1} at {2}x{2}")
    @CsvSource({"32, 24, 2", "1, 1, 1", "7, 3, 1", "640, 360, 1", "1920, 1080, 1", "1920, 1080, 4", "16384, 16384, 4"})
    void bandsCoverTheFrameExactlyWithinTheSampleBudget(int width, int height, int aa) {
        RenderSettings settings = new RenderSettings(width, height, 24, 0, 0, aa, ShadingMode.FLAT, TestScenes.SKY, false);
        Region[] bands = TileLayout.tilesFor(settings, TileLayout.MAX_BANDS);

        int nextRow = 0;
        for (Region band : bands) {
            assertThat(band.x0()).isZero();
            assertThat(band.x1()).isEqualTo(width);
            assertThat(band.y0()).isEqualTo(nextRow);
            nextRow = band.y1();
            long samples = band.pixelCount() * aa * aa;
            assertThat(samples).as("samples in %s", band).isLessThanOrEqualTo(TileLayout.MAX_BAND_SAMPLES);
        }
        assertThat(nextRow).isEqualTo(height);
        assertThat(bands.length).isLessThanOrEqualTo(Math.max(TileLayout.MAX_BANDS, (int) Math.ceil(
                (double) width * height * aa * aa / TileLayout.MAX_BAND_SAMPLES) * 2));
    }

    @ParameterizedTest(name = "{0}x{1} at {2}x{2}: {3}")
    @CsvSource({"1920, 1080, 1, false", "1920, 1080, 2, true", "1920, 1080, 4, true", "640, 360, 4, false"})
    void onlyFramesTooLargeForOneSampleBufferMustBeTiled(int width, int height, int aa, boolean mustTile) {
        RenderSettings settings = new RenderSettings(width, height, 24, 0, 0, aa, ShadingMode.FLAT, TestScenes.SKY, false);

        assertThat(TileLayout.mustTile(settings)).isEqualTo(mustTile);
    }

    @ParameterizedTest(name = "{0}x{1} at {2}x{2}: {3} tiles")
    @CsvSource({"640, 360, 1, 1", "1920, 1080, 1, 1", "1920, 1080, 2, 2", "1920, 1080, 4, 8", "3840, 2160, 2, 8"})
    void aFrameNoWorkerSharesIsCutOnlyAsMuchAsMemoryNeeds(int width, int height, int aa, int tiles) {
        RenderSettings settings = new RenderSettings(width, height, 24, 0, 0, aa, ShadingMode.FLAT, TestScenes.SKY, false);

        Region[] cut = TileLayout.tilesFor(settings, 1);

        assertThat(cut).hasSize(tiles);
        int nextRow = 0;
        for (Region band : cut) {
            assertThat(band.y0()).isEqualTo(nextRow);
            assertThat(band.width()).isEqualTo(width);
            assertThat(band.pixelCount() * aa * aa).isLessThanOrEqualTo(TileLayout.MAX_BAND_SAMPLES);
            nextRow = band.y1();
        }
        assertThat(nextRow).isEqualTo(height);
    }

    @ParameterizedTest(name = "{0}x{1} at {2}x{2} shared by {3}: {4} tiles")
    @CsvSource({"640, 360, 1, 2, 4", "640, 360, 1, 16, 16", "1920, 1080, 2, 2, 4", "1920, 1080, 4, 2, 8",
            "64, 12, 1, 8, 3"})
    void aFrameWorkersShareIsCutIntoTwoBandsEachWithinTheBudget(int width, int height, int aa, int sharers,
                                                              int tiles) {
        RenderSettings settings = new RenderSettings(width, height, 24, 0, 0, aa, ShadingMode.FLAT, TestScenes.SKY, false);

        Region[] cut = TileLayout.tilesFor(settings, sharers);

        assertThat(cut).hasSize(tiles);
        assertThat(cut[cut.length - 1].y1()).isEqualTo(height);
        assertThat(cut).allMatch(band -> band.pixelCount() * aa * aa <= TileLayout.MAX_BAND_SAMPLES
                && band.height() >= Math.min(height, TileLayout.MIN_BAND_ROWS));
    }
}
