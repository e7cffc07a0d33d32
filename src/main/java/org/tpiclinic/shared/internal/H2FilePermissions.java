package org.tpiclinic.shared.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Optional;
import java.util.stream.Stream;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.ConfigurableEnvironment;

/**
 * Keeps the embedded H2 database readable by its owner only: before anything opens it, the folder that holds a
 * {@code jdbc:h2:file:} database is created (or tightened) to {@code rwx------} and the files already in it to
 * {@code rw-------}, so other accounts on the machine can read neither patients' data nor the password hashes.
 * Does nothing for other databases or on file systems without POSIX permissions.
 */
public class H2FilePermissions implements EnvironmentPostProcessor {

    private static final String PREFIX = "jdbc:h2:file:";

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        folderOf(environment.getProperty("spring.datasource.url", "")).ifPresent(H2FilePermissions::restrict);
    }

    /** The folder of a file database URL such as {@code jdbc:h2:file:./data/tpi-clinic;MODE=PostgreSQL}. */
    static Optional<Path> folderOf(String url) {
        if (!url.startsWith(PREFIX)) {
            return Optional.empty();
        }
        String file = url.substring(PREFIX.length()).split(";", 2)[0];
        if (file.startsWith("~")) {
            file = System.getProperty("user.home") + file.substring(1);
        }
        Path parent = Paths.get(file).toAbsolutePath().getParent();
        return Optional.ofNullable(parent);
    }

    static void restrict(Path folder) {
        if (!FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
            return;
        }
        try {
            Files.createDirectories(folder);
            Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("rwx------"));
            try (Stream<Path> files = Files.list(folder)) {
                for (Path f : (Iterable<Path>) files::iterator) {
                    if (Files.isRegularFile(f)) {
                        Files.setPosixFilePermissions(f, PosixFilePermissions.fromString("rw-------"));
                    }
                }
            }
        } catch (IOException failed) {
            throw new UncheckedIOException("Could not make " + folder + " readable by its owner only", failed);
        }
    }
}
