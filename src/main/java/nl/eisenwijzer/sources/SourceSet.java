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
 * the jar. Files are sorted by path so that everything derived from them (fingerprints, load order) is
 * the same on every machine.
 */
public record SourceSet(String origin, List<SourceFile> files) {

    /** Where the bundled copies live on the class path; the build writes an {@code index.txt} beside them. */
    static final String BUNDLE = "bundled/";

    public SourceSet {
        files = files.stream().sorted(java.util.Comparator.comparing(SourceFile::path)).toList();
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
        return new SourceSet("bundled " + kind, files);
    }

    public List<SourceFile> withSuffix(String suffix) {
        return files.stream().filter(f -> f.path().endsWith(suffix)).toList();
    }

    /** SHA-256 over the paths and contents of the files with {@code suffix}, hex encoded. */
    public String digest(String suffix) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            for (SourceFile file : withSuffix(suffix)) {
                // The root directory's own name is not content: hash paths below it.
                String path = file.path().substring(file.path().indexOf('/') + 1);
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
