package io.promisekeeper.cli.preview;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.promisekeeper.jira.insight.CsvTableTest;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The hostile-input findings against the packaged command-line jar's preview, started as a process the way a user
 * starts it: every refusal is a JSON error naming the field, every reply carries the security headers, only the
 * preview's own loopback name is answered, and nothing is written on any refused request (each is checked by
 * reading again).
 */
class HardenedPreviewIT {
    private static final String REST = "/rest/promise-keeper/1.0";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static PackagedPreview preview;
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @BeforeAll
    static void start() throws Exception {
        preview = PackagedPreview.start();
    }

    @AfterAll
    static void stop() throws Exception {
        if (preview != null) {
            preview.close();
        }
    }

    @Test
    void anotherHostNameIsAnsweredWith421AndNothingIsDone() throws Exception {
        int port = preview.baseUri().getPort();
        String before = promisesOf("HELP-2");
        for (String host : List.of("evil.example:" + port, "evil.example:2990", "127.0.0.1", "127.0.0.1.evil.example:" + port)) {
            String page = raw("GET /browse/HELP-1?user=admin HTTP/1.1\r\nHost: " + host + "\r\nConnection: close\r\n\r\n");
            assertThat(page).as(host).startsWith("HTTP/1.1 421").doesNotContainIgnoringCase("Set-Cookie")
                    .containsIgnoringCase("X-Frame-Options: SAMEORIGIN");
            String body = "{\"text\":\"rebound\",\"kind\":\"OTHER\",\"due\":\"2030-01-01T00:00:00Z\",\"channel\":\"EMAIL\"}";
            String post = raw("POST " + REST + "/tickets/HELP-2/promises HTTP/1.1\r\nHost: " + host
                    + "\r\nCookie: pk-preview-user=agent\r\nContent-Type: application/json\r\nContent-Length: "
                    + body.getBytes(StandardCharsets.UTF_8).length + "\r\nConnection: close\r\n\r\n" + body);
            assertThat(post).as(host).startsWith("HTTP/1.1 421");
        }
        assertThat(promisesOf("HELP-2")).isEqualTo(before).doesNotContain("rebound");
        assertThat(raw("GET /browse/HELP-1 HTTP/1.1\r\nHost: localhost:" + port + "\r\nConnection: close\r\n\r\n"))
                .startsWith("HTTP/1.1 200");
    }

    @Test
    void pagesRestRepliesAndErrorsCarryTheSecurityHeaders() throws Exception {
        for (HttpResponse<String> r : List.of(get("/browse/HELP-1", "agent"), get(REST + "/tickets/HELP-1/promises", "agent"),
                get(REST + "/tickets/HELP-9/promises", "agent"), get("/plugin/js/promise-panel.js", "agent"),
                get("/plugins/servlet/promise-keeper/admin", "admin"),
                get("/plugins/servlet/promise-keeper/insight/project/HELP", "lead"),
                get(REST + "/insight/figures.csv?project=HELP", "admin"))) {
            String what = r.request().uri().getPath() + " " + r.statusCode();
            assertThat(r.headers().firstValue("X-Content-Type-Options")).as(what).hasValue("nosniff");
            assertThat(r.headers().firstValue("X-Frame-Options")).as(what).hasValue("SAMEORIGIN");
            assertThat(r.headers().firstValue("Content-Security-Policy")).as(what).hasValue("frame-ancestors 'self'");
            assertThat(r.headers().allValues("X-Frame-Options")).as(what + ": said once").hasSize(1);
        }
    }

    @Test
    void aDueYearsAwayOrOutOfRangeIsA400NamingDueAndNothingIsWritten() throws Exception {
        String before = promisesOf("HELP-2");
        for (String due : List.of("+10000-01-01T00:00:00Z", "+999999999-12-01T00:00:00Z", "2040-01-01T00:00")) {
            HttpResponse<String> r = post(REST + "/tickets/HELP-2/promises", "agent",
                    "{\"text\":\"x\",\"kind\":\"OTHER\",\"due\":\"" + due + "\",\"channel\":\"EMAIL\"}");
            assertRefused(r, 400, "due");
        }
        JsonNode open = openPromiseOf("HELP-1");
        String id = open.get("id").asText();
        long version = open.get("version").asLong();
        assertRefused(put(REST + "/promises/" + id, "{\"version\":" + version + ",\"due\":\"+10000-01-01T00:00:00Z\"}"),
                400, "due");
        HttpResponse<String> renegotiation = post(REST + "/promises/" + id + "/renegotiate", "agent",
                "{\"version\":" + version + ",\"due\":\"2020-01-01T00:00:00Z\",\"text\":\"\\u0000\",\"reason\":\"late\"}");
        assertThat(fields(renegotiation)).contains("due", "text").doesNotContain("newDue", "newText");
        assertThat(promisesOf("HELP-2")).isEqualTo(before);
        assertThat(openPromiseOf("HELP-1").get("version").asLong()).isEqualTo(version);
    }

    @Test
    void hostileBodiesAndIdsAreJson400sNamingTheFieldAndChangeNothing() throws Exception {
        String before = promisesOf("HELP-2");
        String deep = "[".repeat(1001) + "]".repeat(1001);
        assertRefused(post(REST + "/tickets/HELP-2/promises", "agent", deep), 400, "body");
        assertRefused(post(REST + "/tickets/HELP-2/promises", "agent",
                "{\"text\":\"a\",\"text\":\"b\",\"kind\":\"OTHER\",\"due\":\"2030-01-01T00:00:00Z\",\"channel\":\"EMAIL\"}"),
                400, "body");
        assertRefused(post(REST + "/tickets/HELP-2/promises", "agent",
                "{\"text\":\"\\u200B\\u200D\",\"kind\":\"OTHER\",\"due\":\"2030-01-01T00:00:00Z\",\"channel\":\"EMAIL\"}"),
                400, "text");
        assertRefused(post(REST + "/promises/abc/kept", "agent", "{\"version\":1}"), 400, "id");
        assertRefused(post(REST + "/gestures/1e9/done", "agent", "{\"version\":1}"), 400, "id");
        assertRefused(post(REST + "/prompts/x/send", "agent", "{}"), 400, "id");
        JsonNode open = openPromiseOf("HELP-1");
        assertRefused(post(REST + "/promises/" + open.get("id").asText() + "/kept", "agent",
                "{\"version\":" + open.get("version").asLong() + ",\"note\":\"" + "n".repeat(60_000) + "\"}"), 400, "note");
        assertThat(promisesOf("HELP-2")).isEqualTo(before);
        assertThat(openPromiseOf("HELP-1").get("version").asLong()).isEqualTo(open.get("version").asLong());
    }

    @Test
    void whatNoResourceAnswersIsStillAJsonError() throws Exception {
        for (HttpResponse<String> r : List.of(get(REST + "/no-such-thing", "agent"),
                send(HttpRequest.newBuilder(preview.baseUri().resolve(REST + "/tickets/HELP-2/promises"))
                        .header("Cookie", "pk-preview-user=agent").header("Content-Type", "text/plain")
                        .header("X-Atlassian-Token", "no-check").POST(HttpRequest.BodyPublishers.ofString("x"))),
                send(HttpRequest.newBuilder(preview.baseUri().resolve(REST + "/tickets/HELP-2/promises"))
                        .header("Cookie", "pk-preview-user=agent").DELETE()))) {
            assertThat(r.statusCode()).isBetween(400, 499);
            assertThat(r.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).contains("json"));
            assertThat(JSON.readTree(r.body()).get("errors").get(0).get("message").asText()).isNotBlank();
        }
    }

    @Test
    void aPromiseNotYoursIsNotThereAndNamesNoTicket() throws Exception {
        JsonNode open = openPromiseOf("HELP-1");
        for (String user : List.of("stranger", "customer")) {
            HttpResponse<String> r = post(REST + "/promises/" + open.get("id").asText() + "/kept", user,
                    "{\"version\":" + open.get("version").asLong() + "}");
            assertThat(r.statusCode()).as(user).isEqualTo(404);
            assertThat(r.body()).as(user).contains("\"errors\"").doesNotContain("HELP-");
            HttpResponse<String> missing = post(REST + "/promises/987654/kept", user, "{\"version\":1}");
            assertThat(missing.statusCode()).isEqualTo(404);
        }
        assertThat(openPromiseOf("HELP-1").get("version").asLong()).isEqualTo(open.get("version").asLong());
    }

    @Test
    void anAlreadyDecidedSuggestionIsAConflict() throws Exception {
        JsonNode suggestion = JSON.readTree(promisesOf("HELP-1")).get("suggestions").get(0);
        String path = REST + "/suggestions/" + suggestion.get("id").asText();
        assertThat(post(path + "/dismiss", "agent", "{}").statusCode()).isEqualTo(200);
        String after = promisesOf("HELP-1");
        assertRefused(post(path + "/accept", "agent", "{}"), 409, "status");
        assertRefused(post(path + "/dismiss", "agent", "{}"), 409, "status");
        assertThat(promisesOf("HELP-1")).isEqualTo(after);
    }

    @Test
    void insightFiltersAtTheEndsOfTheCalendarAre400sAndTheCsvHoldsNoFormulaForAnyLocale() throws Exception {
        assertRefused(get(REST + "/insight/figures?project=HELP&from=%2B999999999-12-01", "admin"), 400, "from");
        assertRefused(get(REST + "/insight/figures.csv?from=%2B999999999-12-01", "admin"), 400, "from");
        assertRefused(get(REST + "/insight/figures.csv?project=HELP&to=%2B999999999-12-01", "lead"), 400, "to");
        HttpResponse<String> csv = get(REST + "/insight/figures.csv?component="
                + URLEncoder.encode("x;=HYPERLINK(A1)", StandardCharsets.UTF_8), "admin");
        assertThat(csv.statusCode()).isEqualTo(200);
        assertThat(csv.body()).contains("filter,,,component,\"x;'=HYPERLINK(A1)\"");
        assertThat(CsvTableTest.formulaStarts(csv.body())).isEmpty();
    }

    @Test
    void insightSettingsAreWrittenOnlyByAnAdministratorAndBadOnesChangeNothing() throws Exception {
        HttpResponse<String> read = get(REST + "/insight/settings", "admin");
        String version = JSON.readTree(read.body()).get("version").asText();
        HttpResponse<String> twice = send(HttpRequest.newBuilder(preview.baseUri().resolve(REST + "/insight/settings?version="
                        + version)).header("Cookie", "pk-preview-user=admin").header("Content-Type", "application/json")
                .header("X-Atlassian-Token", "no-check")
                .PUT(HttpRequest.BodyPublishers.ofString("{\"leadGroups\":[\"a\"],\"leadGroups\":[\"b\"]}")));
        assertThat(twice.statusCode()).isEqualTo(400);
        assertThat(get(REST + "/insight/settings", "admin").body()).isEqualTo(read.body());
    }

    private static void assertRefused(HttpResponse<String> r, int status, String field) throws Exception {
        assertThat(r.statusCode()).as("%s: %s", field, r.body()).isEqualTo(status);
        assertThat(r.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).contains("json"));
        assertThat(fields(r)).contains(field);
    }

    private static List<String> fields(HttpResponse<String> r) throws Exception {
        List<String> fields = new ArrayList<>();
        JSON.readTree(r.body()).get("errors").forEach(e -> fields.add(e.get("field").asText()));
        return fields;
    }

    private static JsonNode openPromiseOf(String ticket) throws Exception {
        for (JsonNode p : JSON.readTree(promisesOf(ticket)).get("promises")) {
            if (p.get("status").asText().equals("OPEN")) {
                return p;
            }
        }
        throw new AssertionError("no open promise on " + ticket);
    }

    // The promises as stored, without the parts that move with the clock.
    private static String promisesOf(String ticket) throws Exception {
        JsonNode node = JSON.readTree(get(REST + "/tickets/" + ticket + "/promises", "agent").body());
        ((com.fasterxml.jackson.databind.node.ObjectNode) node).remove("asOf");
        for (JsonNode p : node.get("promises")) {
            ((com.fasterxml.jackson.databind.node.ObjectNode) p).remove("timeLeft");
            ((com.fasterxml.jackson.databind.node.ObjectNode) p).remove("overdue");
        }
        return node.toString();
    }

    private static HttpResponse<String> get(String path, String user) throws Exception {
        return send(HttpRequest.newBuilder(preview.baseUri().resolve(path)).header("Cookie", "pk-preview-user=" + user));
    }

    private static HttpResponse<String> post(String path, String user, String body) throws Exception {
        return send(HttpRequest.newBuilder(preview.baseUri().resolve(path)).header("Cookie", "pk-preview-user=" + user)
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    private static HttpResponse<String> put(String path, String body) throws Exception {
        return send(HttpRequest.newBuilder(preview.baseUri().resolve(path)).header("Cookie", "pk-preview-user=agent")
                .header("Content-Type", "application/json").PUT(HttpRequest.BodyPublishers.ofString(body)));
    }

    private static HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
        return HTTP.send(request.timeout(Duration.ofSeconds(20)).build(), HttpResponse.BodyHandlers.ofString());
    }

    // Written by hand: the HTTP client will not send a Host header of our choosing.
    private static String raw(String request) throws Exception {
        try (Socket socket = new Socket("127.0.0.1", preview.baseUri().getPort())) {
            socket.setSoTimeout(20_000);
            OutputStream out = socket.getOutputStream();
            out.write(request.getBytes(StandardCharsets.UTF_8));
            out.flush();
            InputStream in = socket.getInputStream();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
