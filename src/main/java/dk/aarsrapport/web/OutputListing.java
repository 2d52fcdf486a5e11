package dk.aarsrapport.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

import org.springframework.web.util.UriUtils;

/** A year's published files (never the hidden work folders), as links below output/<year>/: the year and run pages. */
final class OutputListing {

    private OutputListing() {
    }

    record OutputFile(String name, String url) {
    }

    static List<OutputFile> of(Path root, int aar) throws IOException {
        if (!Files.isDirectory(root)) {
            return List.of();
        }
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(p -> Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS)).map(root::relativize)
                    .filter(p -> parts(p).noneMatch(part -> part.startsWith(".")))
                    .map(p -> new OutputFile(p.toString().replace('\\', '/'), "/aar/" + aar + "/filer/"
                            + parts(p).map(part -> UriUtils.encodePathSegment(part, StandardCharsets.UTF_8))
                            .collect(Collectors.joining("/"))))
                    .sorted(Comparator.comparing(OutputFile::name)).toList();
        }
    }

    private static Stream<String> parts(Path relative) {
        return StreamSupport.stream(relative.spliterator(), false).map(Path::toString);
    }
}
