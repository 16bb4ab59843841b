package nl.eisenwijzer.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * One browser session without a browser: a cookie jar, the sign-in form and forms posted with their CSRF
 * token, as the pages send them. For tests of what several sessions do at once.
 */
final class PageSession {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");
    private static final Pattern VERSION = Pattern.compile("name=\"version\" value=\"(\\d+)\"");

    private final HttpClient client = HttpClient.newBuilder().cookieHandler(new CookieManager())
            .followRedirects(HttpClient.Redirect.NEVER).build();
    private final String base;

    PageSession(int port) {
        this.base = "http://localhost:" + port;
    }

    static PageSession signedIn(int port, String username, String password) {
        PageSession session = new PageSession(port);
        HttpResponse<String> response = session.post("/aanmelden", Map.of("username", username, "password", password),
                session.get("/aanmelden").body());
        assertThat(response.headers().firstValue("Location")).hasValueSatisfying(location -> assertThat(location).doesNotContain("error"));
        return session;
    }

    HttpResponse<String> get(String path) {
        return send(HttpRequest.newBuilder(URI.create(base + path)).GET().build());
    }

    /** Posts a form of {@code page} (its CSRF token and version go along) with these fields. */
    HttpResponse<String> post(String path, Map<String, String> fields, String page) {
        Map<String, String> all = new LinkedHashMap<>(fields);
        all.put("_csrf", match(CSRF, page));
        Matcher version = VERSION.matcher(page);
        if (version.find() && !all.containsKey("version")) {
            all.put("version", version.group(1));
        }
        String body = all.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        return send(HttpRequest.newBuilder(URI.create(base + path)).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build());
    }

    /**
     * Posts a form of {@code page} as multipart/form-data, as a form with a file field sends it: {@code fields} in
     * order (a name may repeat, as ticked checkboxes do), the CSRF token along, and a file when {@code file} is
     * not null.
     */
    HttpResponse<String> postMultipart(String path, List<Map.Entry<String, String>> fields, Upload file, String page) {
        return postFiles(path, fields, file == null ? List.of() : List.of(file), page);
    }

    /** As {@link #postMultipart(String, List, Upload, String)}, with several files (a name may repeat, as in a multiple file field). */
    HttpResponse<String> postFiles(String path, List<Map.Entry<String, String>> fields, List<Upload> files, String page) {
        String boundary = "----eisenwijzer" + java.util.UUID.randomUUID();
        StringBuilder body = new StringBuilder();
        List<Map.Entry<String, String>> all = new java.util.ArrayList<>(fields);
        all.add(Map.entry("_csrf", match(CSRF, page)));
        for (Map.Entry<String, String> field : all) {
            body.append("--").append(boundary).append("\r\nContent-Disposition: form-data; name=\"").append(field.getKey())
                    .append("\"\r\n\r\n").append(field.getValue()).append("\r\n");
        }
        for (Upload file : files) {
            body.append("--").append(boundary).append("\r\nContent-Disposition: form-data; name=\"").append(file.field())
                    .append("\"; filename=\"").append(file.name()).append("\"\r\nContent-Type: application/octet-stream\r\n\r\n")
                    .append(file.content()).append("\r\n");
        }
        body.append("--").append(boundary).append("--\r\n");
        return send(HttpRequest.newBuilder(URI.create(base + path)).header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofString(body.toString(), StandardCharsets.UTF_8)).build());
    }

    /** A text file to upload in a form's file field. */
    record Upload(String field, String name, String content) {
    }

    /** A tender file imported through the start page; its path (/aanbestedingen/ID). */
    String importTender(java.nio.file.Path file) throws IOException {
        HttpResponse<String> imported = postMultipart("/aanbestedingen/importeren", List.of(),
                new Upload("file", file.getFileName().toString(), java.nio.file.Files.readString(file)), get("/").body());
        assertThat(imported.statusCode()).isEqualTo(302);
        return imported.headers().firstValue("Location").orElseThrow().replaceAll("^https?://[^/]+", "");
    }

    /** A new tender through step 1; its path (/aanbestedingen/ID). */
    String createTender(String title) {
        HttpResponse<String> created = post("/aanbestedingen/nieuw", Map.of("title", title, "organisationType", "gemeente"),
                get("/aanbestedingen/nieuw").body());
        assertThat(created.statusCode()).isEqualTo(302);
        return created.headers().firstValue("Location").orElseThrow().replaceAll("^https?://[^/]+", "").replace("/stap/2", "");
    }

    private static String match(Pattern pattern, String page) {
        Matcher matcher = pattern.matcher(page);
        assertThat(matcher.find()).as("form field " + pattern).isTrue();
        return matcher.group(1);
    }

    private HttpResponse<String> send(HttpRequest request) {
        try {
            return client.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
