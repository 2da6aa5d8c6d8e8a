package cn.gov.dongguan.voucher.app.it;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonStructure;
import jakarta.json.JsonValue;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.UUID;

/** A partner system talking to the running system over HTTP, with one token. */
final class Api {

    static final HttpClient CLIENT = HttpClient.newBuilder()
            // HTTP/1.1: an h2c upgrade once deadlocked two Grizzly listener threads (README, known issues)
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5))
            .build();

    final String base;
    final String token;

    Api(String token) {
        this(RunningSystem.get().baseUrl, token);
    }

    /** Against a server of a test's own ({@link RunningSystem#own()}). */
    Api(String base, String token) {
        this.base = base;
        this.token = token;
    }

    static Api as(String token) {
        return new Api(token);
    }

    /** An answer: status, headers and body, with the body as JSON where it is JSON. */
    record Answer(int status, HttpResponse<byte[]> raw) {

        String text() {
            return new String(raw.body(), StandardCharsets.UTF_8);
        }

        JsonObject json() {
            return (JsonObject) parse();
        }

        JsonArray array() {
            return (JsonArray) parse();
        }

        private JsonStructure parse() {
            return Json.createReader(new StringReader(text())).read();
        }

        String header(String name) {
            return raw.headers().firstValue(name).orElse(null);
        }

        String contentType() {
            return header("Content-Type");
        }

        /** The codes of the problem's errors. */
        java.util.List<String> codes() {
            return json().getJsonArray("errors").stream()
                    .map(v -> v.asJsonObject().getString("code"))
                    .toList();
        }

        java.util.List<String> rules() {
            return json().getJsonArray("errors").stream()
                    .map(v -> v.asJsonObject().get("rule"))
                    .filter(v -> v.getValueType() == JsonValue.ValueType.STRING)
                    .map(v -> ((jakarta.json.JsonString) v).getString())
                    .toList();
        }
    }

    HttpRequest.Builder request(String path) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(60));
        if (token != null) {
            b.header("Authorization", "Bearer " + token);
        }
        return b;
    }

    Answer send(HttpRequest request) {
        try {
            HttpResponse<byte[]> r = CLIENT.send(request, HttpResponse.BodyHandlers.ofByteArray());
            return new Answer(r.statusCode(), r);
        } catch (IOException | InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }

    Answer get(String path) {
        return send(request(path).GET().build());
    }

    Answer put(String path, String json) {
        return send(request(path)
                .header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8))
                .build());
    }

    Answer post(String path, String json) {
        return send(request(path)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8))
                .build());
    }

    Answer postEmpty(String path) {
        return send(request(path).POST(HttpRequest.BodyPublishers.noBody()).build());
    }

    Answer action(String id, String ifMatch, String json) {
        HttpRequest.Builder b =
                request("/api/v1/applications/" + id + "/actions").header("Content-Type", "application/json");
        if (ifMatch != null) {
            b.header("If-Match", ifMatch);
        }
        return send(b.POST(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8))
                .build());
    }

    Answer upload(String path, String fileName, byte[] content) {
        String boundary = "----voucher" + UUID.randomUUID();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        try {
            body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
                            + "\"\r\nContent-Type: application/pdf\r\n\r\n")
                    .getBytes(StandardCharsets.UTF_8));
            body.write(content);
            body.write(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return send(request(path)
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .PUT(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()))
                .build());
    }
}
