package io.promisekeeper.cli.preview;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The preview server over plain HTTP: Jira's XSRF rule, who may see what, and no file outside its roots. */
class PreviewServerTest {
    private final PreviewServer server = PreviewServer.start(new PreviewOptions(0, PreviewOptions.DEFAULT_NODE_MODULES,
            Clock.fixed(Instant.parse("2026-03-02T09:00:00Z"), ZoneOffset.UTC), ZoneId.of("Europe/Amsterdam")));
    private final HttpClient http = HttpClient.newHttpClient();

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void aChangeThatIsNotJsonIsRefusedUnlessItCarriesTheNoCheckToken() throws Exception {
        String log = PreviewServer.REST_PATH + "/tickets/HELP-2/promises";
        String body = "{\"text\":\"Call back\",\"kind\":\"CALLBACK\",\"due\":\"2026-03-02T15:00\",\"channel\":\"PHONE\"}";

        assertThat(post(log, "text/plain", body, null).statusCode()).isEqualTo(403);
        assertThat(post(log, "application/x-www-form-urlencoded", body, null).statusCode()).isEqualTo(403);
        assertThat(promisesOf("HELP-2")).contains("\"promises\":[]");

        // With the token the XSRF check lets it through; the resource still insists on JSON.
        assertThat(post(log, "text/plain", body, "no-check").statusCode()).isEqualTo(415);
        assertThat(post(log, "application/json; charset=UTF-8", body, null).statusCode()).isEqualTo(201);
        assertThat(promisesOf("HELP-2")).contains("Call back");
    }

    @Test
    void theCookieChoosesTheCallerAndTheResourceChecksThem() throws Exception {
        // Not theirs to see is answered as not there.
        assertThat(get(PreviewServer.REST_PATH + "/tickets/HELP-1/promises", "stranger").statusCode()).isEqualTo(404);
        assertThat(get(PreviewServer.REST_PATH + "/tickets/HELP-1/promises", "customer").statusCode()).isEqualTo(404);
        assertThat(get(PreviewServer.REST_PATH + "/tickets/HELP-1/promises", "colleague").body())
                .contains("\"canChange\":false");
        assertThat(get(PreviewServer.REST_PATH + "/tickets/HELP-1/promises", "nobody-we-know").body())
                .contains("\"canChange\":true");
        assertThat(get("/browse/HELP-1", "stranger").statusCode()).isEqualTo(404);
        assertThat(get("/browse/HELP-9", null).statusCode()).isEqualTo(404);
    }

    @Test
    void theOneExceptionMapperAnswersInTheCallersLanguageThroughJersey() throws Exception {
        String stranger = PreviewServer.REST_PATH + "/tickets/HELP-1/promises";
        HttpResponse<String> english = http.send(HttpRequest.newBuilder(server.baseUri().resolve(stranger))
                .header("Cookie", CallerCookies.USER_COOKIE + "=stranger").build(), HttpResponse.BodyHandlers.ofString());
        HttpResponse<String> dutch = http.send(HttpRequest.newBuilder(server.baseUri().resolve(stranger))
                .header("Cookie", CallerCookies.USER_COOKIE + "=stranger; " + CallerCookies.LANGUAGE_COOKIE + "=nl")
                .build(), HttpResponse.BodyHandlers.ofString());
        assertThat(english.statusCode()).isEqualTo(404);
        assertThat(english.body()).contains("There is no ticket HELP-1 that you may see.");
        assertThat(dutch.statusCode()).isEqualTo(404);
        assertThat(dutch.body()).contains("Er is geen ticket HELP-1 dat u mag zien.").doesNotContain("There is");
        assertThat(dutch.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith(
                "application/json"));
        assertThat(dutch.headers().firstValue("X-Content-Type-Options")).contains("nosniff");

        // The framework's own refusal (no such method) keeps its status, in the app's shape and language.
        HttpResponse<String> wrongMethod = http.send(HttpRequest.newBuilder(server.baseUri().resolve(stranger))
                .header("Cookie", CallerCookies.LANGUAGE_COOKIE + "=nl").header(XsrfCheck.TOKEN_HEADER, "no-check")
                .DELETE().build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(wrongMethod.statusCode()).isEqualTo(405);
        assertThat(wrongMethod.body()).contains("Het verzoek is geweigerd (HTTP 405).");
    }

    @Test
    void theSampleDeskShowsEveryStateOnHelp1() throws Exception {
        String json = promisesOf("HELP-1");
        assertThat(json).contains("\"status\":\"KEPT\"").contains("\"overdue\":true").contains("due in 6 working hours")
                .contains("\"status\":\"PENDING\"").contains("I'll call you back tomorrow before noon");
    }

    @Test
    void filesOutsideTheServedFoldersCannotBeReached() throws Exception {
        for (String path : new String[] {"/plugin/js/../../io/promisekeeper/cli/preview/PreviewServer.class",
                "/plugin/js/..%2f..%2fi18n/promise-keeper.properties", "/plugin/js/%2e%2e/css/promise-panel.css",
                "/aui/../../../package.json", "/aui/..%2f..%2f..%2f..%2fpackage.json", "/aui/.hidden",
                "/plugin/js/", "/plugin/js/promise-panel.js/..", "/preview/..%5cpreview.css"}) {
            assertThat(rawGet(path)).as(path).isEqualTo(404);
        }
        assertThat(get("/plugin/js/promise-panel.js", null).statusCode()).isEqualTo(200);
        assertThat(get("/plugin/css/promise-panel.css", null).statusCode()).isEqualTo(200);
    }

    @Test
    void itListensOnLoopbackOnly() {
        assertThat(server.baseUri().getHost()).isEqualTo("127.0.0.1");
        StaticFiles files = StaticFiles.classPath("/plugin/js/", "js");
        assertThat(files.relativePath("/plugin/js/a/../b.js")).isEmpty();
        assertThat(files.relativePath("/plugin/js/promise-panel.js")).contains("promise-panel.js");
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress("127.0.0.1", server.port()), 2000);
            assertThat(socket.isConnected()).isTrue();
        } catch (java.io.IOException e) {
            throw new AssertionError(e);
        }
    }

    private String promisesOf(String ticket) throws Exception {
        return get(PreviewServer.REST_PATH + "/tickets/" + ticket + "/promises", null).body();
    }

    private HttpResponse<String> get(String path, String user) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(server.baseUri().resolve(path));
        if (user != null) {
            request.header("Cookie", CallerCookies.USER_COOKIE + "=" + user);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    /** Sends the path exactly as written, dots and escapes included, as a hostile client would. */
    private int rawGet(String path) throws Exception {
        try (Socket socket = new Socket("127.0.0.1", server.port())) {
            socket.getOutputStream().write(("GET " + path + " HTTP/1.1\r\nHost: 127.0.0.1:" + server.port() + "\r\nConnection: close\r\n\r\n")
                    .getBytes(java.nio.charset.StandardCharsets.US_ASCII));
            String status = new String(socket.getInputStream().readNBytes(12), java.nio.charset.StandardCharsets.US_ASCII);
            return Integer.parseInt(status.substring(9, 12));
        }
    }

    private HttpResponse<String> post(String path, String type, String body, String token) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(server.baseUri().resolve(path))
                .header("Content-Type", type).POST(HttpRequest.BodyPublishers.ofString(body));
        if (token != null) {
            request.header(XsrfCheck.TOKEN_HEADER, token);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
