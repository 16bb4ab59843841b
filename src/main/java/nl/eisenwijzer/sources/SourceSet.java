package nl.eisenwijzer.sources;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;

/**
 * The files of one kind (catalogue or rules), from one or more directories or from the copy bundled in
 * the jar. Within a directory files are sorted by path, and directories keep the order they were given in
 * (later ones extend earlier ones), so that everything derived from them is the same on every machine.
 */
public record SourceSet(String origin, List<SourceFile> files) {

    /** Where the bundled copies live on the class path; the build writes an {@code index.txt} beside them. */
    static final String BUNDLE = "bundled/";

    /** @param files in load order: directory by directory, each sorted by path, so later directories extend earlier ones */
    public SourceSet {
        files = List.copyOf(files);
    }

    /**
     * The files of {@code kind} ("catalog" or "rules"): from the configured directories when given (each must
     * exist), else from {@code ./kind} when it exists, else the copy bundled in the jar.
     */
    public static SourceSet resolve(String kind, List<Path> configured) {
        if (configured != null && !configured.isEmpty()) {
            return fromDirectories(configured);
        }
        Path local = Path.of(kind);
        if (Files.isDirectory(local)) {
            return fromDirectories(List.of(local));
        }
        return bundled(kind);
    }

    public static SourceSet fromDirectories(List<Path> directories) {
        List<SourceFile> files = new ArrayList<>();
        for (Path directory : directories) {
            if (!Files.isDirectory(directory)) {
                throw new SourceException(directory + ": no such directory");
            }
            String label = directory.toAbsolutePath().normalize().getFileName().toString();
            try (Stream<Path> walk = Files.walk(directory)) {
                for (Path file : walk.filter(Files::isRegularFile).sorted().toList()) {
                    String relative = directory.relativize(file).toString().replace('\\', '/');
                    files.add(new SourceFile(label + "/" + relative, Files.readString(file, StandardCharsets.UTF_8)));
                }
            } catch (IOException e) {
                throw new SourceException(directory + ": cannot be read: " + e.getMessage());
            }
        }
        return new SourceSet(String.join(", ", directories.stream().map(Path::toString).toList()), files);
    }

    /** The copy of {@code kind} packed in the jar at build time. */
    public static SourceSet bundled(String kind) {
        ClassLoader loader = SourceSet.class.getClassLoader();
        List<SourceFile> files = new ArrayList<>();
        try (InputStream index = loader.getResourceAsStream(BUNDLE + "index.txt")) {
            if (index == null) {
                throw new SourceException("no ./" + kind + " directory and no bundled copy in the jar; pass --" + kind
                        + "-dir");
            }
            for (String line : new String(index.readAllBytes(), StandardCharsets.UTF_8).split("\\R")) {
                String path = line.strip();
                if (path.startsWith(kind + "/")) {
                    try (InputStream in = loader.getResourceAsStream(BUNDLE + path)) {
                        if (in == null) {
                            throw new SourceException("bundled file missing from the jar: " + path);
                        }
                        files.add(new SourceFile(path, new String(in.readAllBytes(), StandardCharsets.UTF_8)));
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        files.sort(java.util.Comparator.comparing(SourceFile::path));
        return new SourceSet("bundled " + kind, files);
    }

    /** The root directory's own name is not content: the path below it is. */
    private static String belowRoot(SourceFile file) {
        return file.path().substring(file.path().indexOf('/') + 1);
    }

    public List<SourceFile> withSuffix(String suffix) {
        return files.stream().filter(f -> f.path().endsWith(suffix)).toList();
    }

    /** SHA-256 over the paths and contents of the files with any of the {@code suffixes}, hex encoded. */
    public String digest(String... suffixes) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            // Sorted by the path below the root, so a directory and the jar's copy of it hash alike.
            for (SourceFile file : files.stream()
                    .filter(f -> java.util.Arrays.stream(suffixes).anyMatch(f.path()::endsWith))
                    .sorted(java.util.Comparator.comparing(SourceSet::belowRoot)).toList()) {
                String path = belowRoot(file);
                sha.update(path.getBytes(StandardCharsets.UTF_8));
                sha.update((byte) 0);
                sha.update(file.content().getBytes(StandardCharsets.UTF_8));
                sha.update((byte) 0);
            }
            return HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
