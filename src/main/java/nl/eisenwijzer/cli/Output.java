package nl.eisenwijzer.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import nl.eisenwijzer.input.InvalidInputException;

/** Writes a command's result to stdout or, atomically, to a file: a reader never sees half a document. */
final class Output {

    private Output() {
    }

    static void write(String content, Path out, PrintWriter stdout) {
        if (out == null) {
            stdout.print(content);
            stdout.flush();
            return;
        }
        write(content.getBytes(StandardCharsets.UTF_8), out);
    }

    /** Writes bytes to {@code out} through a temporary file in the same directory and an atomic move. */
    static void write(byte[] content, Path out) {
        Path target = out.toAbsolutePath();
        Path directory = target.getParent();
        if (directory == null || !Files.isDirectory(directory)) {
            throw new InvalidInputException("--out", "--out: directory " + directory + " does not exist");
        }
        Path temp = null;
        try {
            temp = Files.createTempFile(directory, "." + target.getFileName(), ".tmp");
            Files.write(temp, content);
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new InvalidInputException("--out", "--out: cannot write " + target + ": " + e.getMessage());
        } finally {
            if (temp != null) {
                try {
                    Files.deleteIfExists(temp);
                } catch (IOException ignored) {
                    // The move succeeded or the write failed; either way nothing useful is left to clean.
                }
            }
        }
    }

    static String read(Path file, String option) {
        return new String(readBytes(file, option), StandardCharsets.UTF_8);
    }

    static byte[] readBytes(Path file, String option) {
        try {
            return Files.readAllBytes(file);
        } catch (java.nio.file.NoSuchFileException e) {
            throw new InvalidInputException(option, option + ": no such file: " + file);
        } catch (IOException | java.io.UncheckedIOException e) {
            throw new InvalidInputException(option, option + ": cannot read " + file + ": " + e.getMessage());
        }
    }
}
