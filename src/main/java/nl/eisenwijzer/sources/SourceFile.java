package nl.eisenwijzer.sources;

/**
 * One catalogue or rule file as read: {@code path} is what error messages show (relative to its root,
 * prefixed by the root's name, e.g. {@code catalog/requirements/nis2.yaml}).
 */
public record SourceFile(String path, String content) {

    public String fileName() {
        int slash = path.lastIndexOf('/');
        return slash < 0 ? path : path.substring(slash + 1);
    }
}
