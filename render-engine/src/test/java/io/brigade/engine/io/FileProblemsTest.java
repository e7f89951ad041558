package io.brigade.engine.io;

import org.junit.jupiter.api.Test;

import javax.imageio.IIOException;
import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** The one translation of file failures into words: what each kind reads, without class names or hidden paths. */
class FileProblemsTest {

    private static final Path FOLDER = Path.of("/renders/shot");

    @Test
    void aFullDiskSaysSoHoweverDeepTheCause() {
        IOException full = new IOException("No space left on device");
        IIOException fromTheEncoder = new IIOException("I/O error writing PNG file!", full);

        assertThat(FileProblems.describe(fromTheEncoder)).isEqualTo("no space left on device");
        assertThat(FileProblems.isDiskFull(fromTheEncoder)).isTrue();
    }

    @Test
    void aFullDiskReportedForAFileNamesItsFolder() {
        FileSystemException full = new FileSystemException(FOLDER.resolve(".frame_00003.png.1f2e.tmp").toString(), null,
                "No space left on device");

        assertThat(FileProblems.describe(full)).isEqualTo("no space left on device in " + FOLDER);
    }

    @Test
    void anExhaustedQuotaCountsAsAFullDisk() {
        assertThat(FileProblems.isDiskFull(new IOException("Disk quota exceeded"))).isTrue();
    }

    @Test
    void permissionDeniedShowsThePathTheUserKnowsNotTheHiddenTemporaryFile() {
        AccessDeniedException denied = new AccessDeniedException(FOLDER.resolve(".frame_00000.png.90194ac0dc8780e0.tmp").toString());

        assertThat(FileProblems.describe(new IIOException("wrapped", denied)))
                .isEqualTo("permission denied: " + FOLDER.resolve("frame_00000.png"));
    }

    @Test
    void theAtomicSaveTemporaryNameIsAlsoShownAsItsTarget() {
        assertThat(FileProblems.visiblePath(FOLDER.resolve(".trace.json.3k9z1q.tmp"))).isEqualTo(FOLDER.resolve("trace.json"));
        assertThat(FileProblems.visiblePath(FOLDER.resolve("frame.png"))).isEqualTo(FOLDER.resolve("frame.png"));
    }

    @Test
    void aMissingFileAndASpecialFileSayWhatTheyAre() {
        assertThat(FileProblems.describe(new NoSuchFileException("/x/y.json"))).isEqualTo("no such file or folder: /x/y.json");
        assertThat(FileProblems.describe(new NotRegularFileException(Path.of("/dev/zero"), "a character device")))
                .isEqualTo("/dev/zero is a character device, not a regular file");
    }

    @Test
    void otherFailuresKeepTheirMessageAndNeverShowAClassName() {
        assertThat(FileProblems.describe(new IOException("Input/output error"))).isEqualTo("Input/output error");
        assertThat(FileProblems.describe(new IOException())).isEqualTo("input/output error");
        assertThat(FileProblems.describe(new FileSystemException("/x/a.png", null, "Read-only file system")))
                .isEqualTo("read-only file system: /x/a.png");
    }
}
