package dk.aarsrapport.report;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.stream.Stream;

import net.sf.jasperreports.engine.JRException;
import net.sf.jasperreports.engine.JasperCompileManager;

/**
 * Build-time step: compiles every {@code *.jrxml} of a folder into {@code <name>.jasper}, so the
 * application only loads precompiled reports (a run-time compile costs ~1 s per JVM and needs
 * the JDT compiler inside the fat jar). Run by exec-maven-plugin in {@code process-classes}.
 *
 * <p>Usage: {@code TemplateCompiler <source dir> <target dir>}. A template whose .jasper is
 * newer than both the .jrxml and the JasperReports jar is skipped (a .jasper is a serialized
 * object tied to the library version). Any compile error fails the build.
 */
public final class TemplateCompiler {

    private TemplateCompiler() {
    }

    public static void main(String[] args) throws IOException, JRException {
        if (args.length != 2) {
            throw new IllegalArgumentException("usage: TemplateCompiler <source dir> <target dir>");
        }
        // Font metrics are read through AWT; a build agent has no display.
        System.setProperty("java.awt.headless", "true");
        int compiled = compileAll(Paths.get(args[0]), Paths.get(args[1]));
        System.out.println("TemplateCompiler: " + compiled + " template(s) compiled into " + args[1]);
    }

    /** Compiles the templates of {@code sourceDir}; returns how many were (re)compiled. */
    public static int compileAll(Path sourceDir, Path targetDir) throws IOException, JRException {
        if (!Files.isDirectory(sourceDir)) {
            throw new IOException("template folder not found: " + sourceDir.toAbsolutePath());
        }
        Files.createDirectories(targetDir);
        List<Path> sources;
        try (Stream<Path> s = Files.list(sourceDir)) {
            sources = s.filter(p -> p.getFileName().toString().endsWith(".jrxml")).sorted().toList();
        }
        FileTime library = libraryTime();
        int compiled = 0;
        for (Path src : sources) {
            String name = src.getFileName().toString();
            Path target = targetDir.resolve(name.substring(0, name.length() - ".jrxml".length()) + ".jasper");
            if (Files.exists(target)
                    && Files.getLastModifiedTime(target).compareTo(Files.getLastModifiedTime(src)) > 0
                    && Files.getLastModifiedTime(target).compareTo(library) > 0) {
                continue;
            }
            // Write next to the target and move, so an interrupted build never leaves a truncated .jasper.
            Path tmp = target.resolveSibling(target.getFileName() + ".tmp");
            try {
                JasperCompileManager.compileReportToFile(src.toString(), tmp.toString());
                Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
            } catch (JRException | RuntimeException e) {
                throw new JRException("cannot compile " + src + ": " + e.getMessage(), e);
            } finally {
                Files.deleteIfExists(tmp);
            }
            compiled++;
        }
        return compiled;
    }

    /** When the JasperReports jar in use was written; "now" if it cannot be told, forcing a compile. */
    private static FileTime libraryTime() {
        try {
            Path jar = Paths.get(JasperCompileManager.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            return Files.getLastModifiedTime(jar);
        } catch (Exception | LinkageError e) {
            return FileTime.fromMillis(System.currentTimeMillis());
        }
    }
}
