package nl.eisenwijzer.changes;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import nl.eisenwijzer.sources.SourceException;
import nl.eisenwijzer.sources.SourceFile;
import nl.eisenwijzer.sources.SourceSet;
import org.eclipse.jgit.errors.RevisionSyntaxException;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevWalk;
import org.eclipse.jgit.storage.file.FileRepositoryBuilder;
import org.eclipse.jgit.treewalk.TreeWalk;
import org.eclipse.jgit.treewalk.filter.PathFilter;

/**
 * Where one side of a catalogue diff comes from: a directory, or a git ref (tag, branch, commit,
 * {@code HEAD~3}) of the repository the working directory is in, read with JGit so no git binary is needed.
 */
public final class CatalogVersion {

    private CatalogVersion() {
    }

    /**
     * @param spec a directory, or else a git ref
     * @param pathInRepo where the catalogue lives in the repository (normally {@code catalog})
     * @param option the command-line option the spec came from, for error messages
     */
    public static SourceSet read(String spec, String pathInRepo, Path workingDirectory, String option) {
        Path directory = workingDirectory.resolve(spec);
        if (Files.isDirectory(directory)) {
            return SourceSet.fromDirectories(List.of(directory));
        }
        return fromGit(spec, pathInRepo, workingDirectory, option);
    }

    private static SourceSet fromGit(String ref, String pathInRepo, Path workingDirectory, String option) {
        FileRepositoryBuilder builder = new FileRepositoryBuilder().findGitDir(workingDirectory.toAbsolutePath().toFile());
        if (builder.getGitDir() == null) {
            throw new SourceException(option + ": '" + ref + "' is neither a directory nor a git ref (no git repository here)");
        }
        try (Repository repository = builder.build(); RevWalk walk = new RevWalk(repository)) {
            ObjectId id = resolve(repository, ref, option);
            RevCommit commit = walk.parseCommit(id);
            List<SourceFile> files = new ArrayList<>();
            String prefix = pathInRepo.endsWith("/") ? pathInRepo : pathInRepo + "/";
            try (TreeWalk tree = new TreeWalk(repository)) {
                tree.addTree(commit.getTree());
                tree.setRecursive(true);
                tree.setFilter(PathFilter.create(pathInRepo));
                while (tree.next()) {
                    String path = tree.getPathString();
                    byte[] bytes = repository.open(tree.getObjectId(0)).getBytes();
                    files.add(new SourceFile("catalog@" + ref.replace('/', '_') + "/" + path.substring(prefix.length()),
                            new String(bytes, StandardCharsets.UTF_8)));
                }
            }
            if (files.isEmpty()) {
                throw new SourceException(option + ": git ref '" + ref + "' has no " + prefix + " directory");
            }
            return new SourceSet("git " + ref + ":" + pathInRepo, files);
        } catch (IOException e) {
            throw new SourceException(option + ": cannot read git ref '" + ref + "': " + e.getMessage());
        }
    }

    private static ObjectId resolve(Repository repository, String ref, String option) throws IOException {
        ObjectId id;
        try {
            id = repository.resolve(ref + "^{commit}");
        } catch (RevisionSyntaxException e) {
            id = null;
        }
        if (id == null) {
            throw new SourceException(option + ": '" + ref + "' is neither a directory nor a git ref of this repository");
        }
        return id;
    }
}
