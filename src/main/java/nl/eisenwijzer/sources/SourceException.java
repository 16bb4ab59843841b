package nl.eisenwijzer.sources;

/**
 * A catalogue or rule file that cannot be used. The message starts with file and line where known
 * ({@code catalog/requirements/nis2.yaml:12: ...}); start-up stops on it.
 */
public class SourceException extends RuntimeException {

    public SourceException(String message) {
        super(message);
    }
}
