package io.brigade.engine.farm;

import io.brigade.engine.io.PngCompression;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * A job as it travels: the scene file's text, where the scene sits among its assets, and each asset by
 * path and content hash (the bytes travel separately, once per job).
 *
 * @param sceneDir  the scene's folder inside the job's file tree, e.g. {@code scenes}; asset paths are
 *                  relative to the tree's root
 * @param submitter the submitter's client id: when it leaves, the workers drop the job
 * @param png       how workers encode frames: as the submitter's output files are, so it writes them as they come
 */
public record JobManifest(String jobId, String submitter, String sceneName, String sceneJson, String sceneDir,
                          List<AssetRef> assets, PngCompression png) {

    /** Larger than any scene file written by hand or by the editor; the scene's own limits apply after. */
    static final int MAX_SCENE_BYTES = 16 << 20;
    static final int MAX_ASSETS = 4096;
    /** The same bound as an OBJ file read from disk can have in practice; the total is bounded too. */
    static final long MAX_ASSET_BYTES = 512L << 20;
    static final long MAX_TOTAL_ASSET_BYTES = 1L << 30;
    private static final int MAX_NAME_BYTES = 4096;

    /** One file the scene refers to, directly or through an OBJ or MTL file. */
    public record AssetRef(String path, String sha256, long size) {
        public AssetRef {
            Objects.requireNonNull(path, "path");
            Objects.requireNonNull(sha256, "sha256");
        }
    }

    public JobManifest {
        assets = List.copyOf(assets);
        Objects.requireNonNull(png, "png");
    }

    /** The manifest of {@code job}, each file named by its SHA-256, its frames to be encoded with {@code png}. */
    static JobManifest of(String jobId, String submitter, FarmJob job, PngCompression png) {
        List<AssetRef> refs = new ArrayList<>();
        job.files().forEach((path, bytes) -> refs.add(new AssetRef(path, ShippedScene.sha256(bytes), bytes.length)));
        refs.sort(Comparator.comparing(AssetRef::path));
        return new JobManifest(jobId, submitter, job.sceneName(), job.sceneJson(), job.sceneDir(), refs, png);
    }

    byte[] encode() {
        Wire.Out out = new Wire.Out().writeString(jobId).writeString(submitter).writeString(sceneName)
                .writeString(sceneJson).writeString(sceneDir).writeInt(assets.size());
        for (AssetRef asset : assets) {
            out.writeString(asset.path()).writeString(asset.sha256()).writeLong(asset.size());
        }
        return out.writeInt(png.ordinal()).toBytes();
    }

    /** Reads a manifest and checks its sizes against the limits a local scene has. */
    static JobManifest decode(byte[] bytes) throws MalformedMessageException {
        Wire.In in = new Wire.In(bytes, "job manifest");
        String jobId = in.readString("job id", MAX_NAME_BYTES);
        String submitter = in.readString("submitter", MAX_NAME_BYTES);
        String sceneName = in.readString("scene name", MAX_NAME_BYTES);
        String json = in.readString("scene text", MAX_SCENE_BYTES);
        String sceneDir = in.readString("scene folder", MAX_NAME_BYTES);
        int count = in.readInt("asset count", 0, MAX_ASSETS);
        List<AssetRef> assets = new ArrayList<>(count);
        long total = 0;
        for (int i = 0; i < count; i++) {
            String path = in.readString("asset path", MAX_NAME_BYTES);
            String hash = in.readString("asset hash", 64);
            long size = in.readLong("asset size");
            if (size < 0 || size > MAX_ASSET_BYTES) {
                throw new MalformedMessageException("job manifest: asset " + path + " is " + size
                        + " bytes; the limit is " + MAX_ASSET_BYTES);
            }
            total += size;
            assets.add(new AssetRef(path, hash, size));
        }
        if (total > MAX_TOTAL_ASSET_BYTES) {
            throw new MalformedMessageException("job manifest: the assets total " + total + " bytes; the limit is "
                    + MAX_TOTAL_ASSET_BYTES);
        }
        PngCompression png = PngCompression.values()[in.readInt("png compression", 0, PngCompression.values().length - 1)];
        in.requireEnd();
        return new JobManifest(jobId, submitter, sceneName, json, sceneDir, assets, png);
    }
}
