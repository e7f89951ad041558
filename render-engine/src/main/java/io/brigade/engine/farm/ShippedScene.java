package io.brigade.engine.farm;

import io.brigade.engine.scene.Scene;
import io.brigade.engine.scene.StandardAssetResolver;
import io.brigade.engine.scene.json.SceneFiles;
import io.brigade.engine.scene.json.SceneFormatException;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.function.Function;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * A job's scene read on a worker, with the same reader, loaders and limits as a local file. The job's
 * files are put in a zip file and read through a zip file system, so a path in the job (absolute, or
 * climbing with {@code ..}) can only ever reach the job's own files, never the worker's disk.
 */
final class ShippedScene {

    private ShippedScene() {
    }

    /**
     * Reads the scene of {@code manifest}, fetching each asset's bytes by hash with {@code fetch} (null when
     * missing). Throws with the file and field named when the scene or an asset is invalid.
     */
    static Scene read(JobManifest manifest, Function<String, byte[]> fetch) throws SceneFormatException, IOException {
        Path zip = Files.createTempFile("brigade-job-", ".zip");
        try {
            writeZip(zip, manifest, fetch);
            try (FileSystem files = FileSystems.newFileSystem(zip, Map.of())) {
                Path root = files.getPath("/");
                Path sceneDir = manifest.sceneDir().isEmpty() ? root : root.resolve(checkedPath(manifest.sceneDir()));
                return SceneFiles.parse(manifest.sceneJson(), manifest.sceneName(), sceneDir, new StandardAssetResolver());
            }
        } finally {
            Files.deleteIfExists(zip);
        }
    }

    private static void writeZip(Path zip, JobManifest manifest, Function<String, byte[]> fetch) throws IOException {
        try (OutputStream file = Files.newOutputStream(zip); ZipOutputStream out = new ZipOutputStream(file)) {
            for (JobManifest.AssetRef asset : manifest.assets()) {
                byte[] bytes = fetch.apply(asset.sha256());
                if (bytes == null) {
                    throw new IOException(asset.path() + ": the submitter did not send this file");
                }
                if (bytes.length != asset.size() || !sha256(bytes).equals(asset.sha256())) {
                    throw new IOException(asset.path() + ": the bytes received do not match the file's hash");
                }
                out.putNextEntry(new ZipEntry(checkedPath(asset.path())));
                out.write(bytes);
                out.closeEntry();
            }
        }
    }

    /** A relative, forward-slash path with no {@code .} or {@code ..} parts. */
    static String checkedPath(String path) throws IOException {
        if (path.isEmpty() || path.startsWith("/") || path.contains("\\") || path.contains("\0") || path.contains(":")) {
            throw new IOException("\"" + path + "\" is not a relative path inside the job");
        }
        for (String part : path.split("/", -1)) {
            if (part.isEmpty() || part.equals(".") || part.equals("..")) {
                throw new IOException("\"" + path + "\" is not a relative path inside the job");
            }
        }
        return path;
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
