package dk.aarsrapport.web;

import java.nio.file.Path;

import org.springframework.test.context.DynamicPropertyRegistry;

/** The settings of a console under MockMvc: a servlet context, its own data folder and input/output root. */
final class ConsoleTestContext {

    private ConsoleTestContext() {
    }

    /** A folder of the test's own, removed when the JVM ends. */
    static Path newFolder() {
        try {
            Path dir = java.nio.file.Files.createTempDirectory("konsol-");
            Runtime.getRuntime().addShutdownHook(new Thread(() -> org.springframework.util.FileSystemUtils
                    .deleteRecursively(dir.toFile())));
            return dir;
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    static void register(DynamicPropertyRegistry registry, Path tmp) {
        registry.add("aarsrapport.data-dir", () -> tmp.resolve("data").toString());
        registry.add("aarsrapport.web.rod", () -> tmp.toString());
        if (dk.aarsrapport.support.TestDatabase.postgres()) {
            registry.add("spring.profiles.active", () -> "postgres");
        }
    }
}
