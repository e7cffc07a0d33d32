package org.tpiclinic.shared.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.SpringApplication;
import org.springframework.mock.env.MockEnvironment;

class H2FilePermissionsTest {

    @TempDir
    Path temp;

    @Test
    void theDatabaseFolderAndItsFilesAreForTheOwnerOnly() throws Exception {
        assumeTrue(FileSystems.getDefault().supportedFileAttributeViews().contains("posix"), "POSIX file system");
        Path folder = temp.resolve("data");
        Files.createDirectories(folder);
        Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("rwxr-xr-x"));
        Path db = Files.createFile(folder.resolve("tpi-clinic.mv.db"));
        Files.setPosixFilePermissions(db, PosixFilePermissions.fromString("rw-r--r--"));

        var environment = new MockEnvironment().withProperty("spring.datasource.url",
                "jdbc:h2:file:" + folder.resolve("tpi-clinic") + ";MODE=PostgreSQL;WRITE_DELAY=0");
        new H2FilePermissions().postProcessEnvironment(environment, new SpringApplication());

        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(folder))).isEqualTo("rwx------");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(db))).isEqualTo("rw-------");
    }

    @Test
    void aNewDatabaseFolderIsCreatedForTheOwnerOnly() throws Exception {
        assumeTrue(FileSystems.getDefault().supportedFileAttributeViews().contains("posix"), "POSIX file system");
        Path folder = temp.resolve("fresh").resolve("data");
        var environment = new MockEnvironment().withProperty("spring.datasource.url",
                "jdbc:h2:file:" + folder.resolve("tpi-clinic"));
        new H2FilePermissions().postProcessEnvironment(environment, new SpringApplication());
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(folder))).isEqualTo("rwx------");
    }

    @Test
    void otherDatabasesAreLeftAlone() {
        assertThat(H2FilePermissions.folderOf("jdbc:postgresql://db/tpi")).isEmpty();
        assertThat(H2FilePermissions.folderOf("jdbc:h2:mem:test")).isEmpty();
    }
}
