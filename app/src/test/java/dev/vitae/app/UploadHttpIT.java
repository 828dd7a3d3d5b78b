package dev.vitae.app;

import static dev.vitae.app.HttpHardeningIT.assertProblem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.vitae.ingest.http.UploadIntake;
import dev.vitae.ingest.http.UploadStages;
import dev.vitae.kafka.KafkaCluster;
import dev.vitae.kafka.KafkaClusterExtension;
import dev.vitae.schemas.DocumentIds;
import dev.vitae.schemas.ProfileJson;
import dev.vitae.schemas.Topics;
import dev.vitae.schemas.VitaeHeaders;
import dev.vitae.sink.StoreConfig;
import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * The HTTP upload on a real broker with the whole pipeline: a seed uploaded over HTTP is followed to
 * stored, a file the validator refuses comes back as problem JSON and is not sent, a file the extractor
 * cannot read is reported dead-lettered with its reason, limits and the token hold, and the OpenAPI
 * description lists exactly the routes served.
 */
@ExtendWith(KafkaClusterExtension.class)
class UploadHttpIT {
    private static final String TOKEN = "t0ken-for-this-test";
    private static final int MAX_FILES = 3;
    private static final long MAX_BYTES = 2L * 1024 * 1024;

    @TempDir
    static Path dir;
    static Properties client;
    static Pipeline pipeline;
    static HttpApi api;
    static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @BeforeAll
    static void start(KafkaCluster kafka) throws Exception {
        client = new Properties();
        client.put("bootstrap.servers", kafka.bootstrapServers());
        pipeline = Pipeline.start(client, dir, StoreConfig.sqlite(dir.resolve("vitae.db")), 3);
        pipeline.awaitReady(Duration.ofMinutes(2));
        HttpSettings settings = HttpSettings.DEFAULTS.withPort(0).withToken(TOKEN).withUploadLimits(MAX_BYTES, MAX_FILES);
        api = HttpApi.start(settings, new HttpApi.Query(pipeline.readiness(), pipeline.notReadyReasons(), pipeline::store, Map::of, Map::of),
                new UploadRoutes(settings, client, pipeline::store), new PipelineRoutes(client, pipeline::store));
    }

    @AfterAll
    static void stop() {
        if (api != null) {
            api.close();
        }
        if (pipeline != null) {
            pipeline.close();
        }
    }

    record FilePart(String name, byte[] content) {}

    static HttpResponse<String> upload(String token, FilePart... files) throws Exception {
        String boundary = "vitae-" + System.nanoTime();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        for (FilePart f : files) {
            body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + f.name()
                    + "\"\r\nContent-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.UTF_8));
            body.write(f.content());
            body.write("\r\n".getBytes(StandardCharsets.UTF_8));
        }
        body.write(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        HttpRequest.Builder b = HttpRequest.newBuilder(uri("/uploads")).timeout(Duration.ofSeconds(120))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()));
        if (token != null) {
            b.header("Authorization", "Bearer " + token);
        }
        return HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    static HttpResponse<String> get(String path, String token) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(uri(path)).timeout(Duration.ofSeconds(30)).GET();
        if (token != null) {
            b.header("Authorization", "Bearer " + token);
        }
        return HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    static URI uri(String path) {
        return URI.create("http://127.0.0.1:" + api.port() + path);
    }

    static JsonNode json(HttpResponse<String> r) throws Exception {
        return ProfileJson.mapper().readTree(r.body());
    }

    static String contentType(HttpResponse<String> r) {
        return r.headers().firstValue("Content-Type").orElse(null);
    }

    /** Polls the status URL until {@code until}, returning every stage seen in order. */
    static List<String> pollStages(String statusUrl, String until) throws Exception {
        Set<String> seen = new LinkedHashSet<>();
        long deadline = System.nanoTime() + Duration.ofSeconds(90).toNanos();
        while (System.nanoTime() < deadline) {
            HttpResponse<String> r = get(statusUrl, TOKEN);
            assertEquals(200, r.statusCode(), r.body());
            String stage = json(r).get("stage").asText();
            seen.add(stage);
            if (stage.equals(until)) {
                return new ArrayList<>(seen);
            }
            Thread.sleep(100);
        }
        throw new AssertionError(statusUrl + " never reached " + until + "; saw " + seen);
    }

    @Test
    void aSeedUploadedOverHttpIsFollowedToStored() throws Exception {
        Path seed = Path.of("..", "seeds", "001_12268666d2510657.txt");
        byte[] bytes = Files.readAllBytes(seed);
        HttpResponse<String> r = upload(TOKEN, new FilePart("../../home/jane/cv\u202Etxt.exe.txt", bytes));
        assertEquals(202, r.statusCode(), r.body());
        JsonNode u = json(r).at("/uploads/0");
        String id = DocumentIds.of(bytes);
        assertEquals(id, u.get("documentId").asText());
        assertEquals("/uploads/" + id, u.get("status").asText());
        assertEquals("/uploads/" + id, r.headers().firstValue("Location").orElseThrow());
        assertEquals("cvtxt.exe.txt", u.get("fileName").asText(), "path and bidi override removed");

        // acknowledged means durable: the record is in resumes.uploaded as soon as the answer came
        ConsumerRecord<byte[], byte[]> sent = firstRecord(Topics.UPLOADED.name(), id);
        assertEquals("cvtxt.exe.txt", VitaeHeaders.get(sent.headers(), VitaeHeaders.FILE_NAME));
        assertEquals(UploadIntake.SOURCE, VitaeHeaders.get(sent.headers(), VitaeHeaders.SOURCE));

        List<String> stages = pollStages(u.get("status").asText(), "stored");
        List<String> order = List.of("uploaded", "extracted", "parsed", "stored");
        assertTrue(order.containsAll(stages), "only forward stages: " + stages);
        assertEquals(new TreeSet<>(stages).size(), stages.size());
        Iterator<String> it = order.iterator();
        for (String s : stages) { // seen in pipeline order
            while (!it.next().equals(s)) {
                assertTrue(it.hasNext(), "out of order: " + stages);
            }
        }
        try (UploadStages topicsOnly = new UploadStages(client, any -> false)) {
            // the lookup finds the document in the partition its id hashes to in every topic, not only where the uploader put it
            UploadStages.Trail t = topicsOnly.trail(id);
            assertEquals(List.of(1, 1, 1, 0, 0, 0), List.of(t.uploaded(), t.extracted(), t.parsed(), t.uploadedDlq(), t.extractedDlq(), t.parsedDlq()));
            assertEquals(UploadStages.Stage.PARSED, topicsOnly.status(id).orElseThrow().stage());
        }
        JsonNode status = json(get("/uploads/" + id, TOKEN));
        assertEquals("/profiles/" + id, status.get("profile").asText());
        assertEquals(200, get("/profiles/" + id, TOKEN).statusCode());
    }

    @Test
    void aFileTheValidatorRefusesIsAProblemAndNothingOfTheBatchIsSent() throws Exception {
        byte[] good = "Jane Roe\n\nExperience\nData Engineer, Initech GmbH, 2020 - 2023\n- Built Kafka pipelines\n".getBytes(StandardCharsets.UTF_8);
        byte[] png = new byte[]{(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R', 0, 0, 0, 1, 0, 0, 0, 1, 8, 2, 0, 0, 0};
        HttpResponse<String> r = upload(TOKEN, new FilePart("jane.txt", good), new FilePart("photo.pdf", png), new FilePart("empty.pdf", new byte[0]));
        assertEquals(422, r.statusCode(), r.body());
        JsonNode p = assertProblem(422, contentType(r), r.body());
        assertEquals("urn:vitae:problem:file-rejected", p.get("type").asText());
        assertTrue(p.at("/files/1/reason").asText().contains("image/png"), r.body());
        assertEquals("the file is empty", p.at("/files/2/reason").asText());
        assertEquals(DocumentIds.of(good), p.at("/files/0/documentId").asText(), "the good file's verdict is listed too");
        HttpResponse<String> status = get("/uploads/" + DocumentIds.of(good), TOKEN);
        assertEquals(404, status.statusCode(), "all or nothing: the good file was not sent either");
        assertProblem(404, contentType(status), status.body());
    }

    @Test
    void aFileTheExtractorCannotReadIsReportedDeadLetteredWithItsReason() throws Exception {
        byte[] brokenPdf = ("%PDF-1.7\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n" + "garbage ".repeat(50) + "\n%%EOF\n")
                .getBytes(StandardCharsets.US_ASCII);
        HttpResponse<String> r = upload(TOKEN, new FilePart("broken.pdf", brokenPdf));
        assertEquals(202, r.statusCode(), r.body());
        String url = json(r).at("/uploads/0/status").asText();
        pollStages(url, "dead-lettered");
        JsonNode s = json(get(url, TOKEN));
        assertEquals("extractor", s.get("failedStage").asText(), s.toString());
        assertEquals(Topics.dlqOf(Topics.UPLOADED.name()), s.get("deadLetterTopic").asText());
        assertFalse(s.get("outcome").asText().isBlank(), s.toString());
        assertFalse(s.get("reason").asText().isBlank(), s.toString());
        assertEquals("broken.pdf", s.get("fileName").asText());
    }

    @Test
    void manyFilesInOneRequestEachGetAnIdAndTheLimitsHold() throws Exception {
        List<FilePart> three = new ArrayList<>();
        for (int i = 0; i < MAX_FILES; i++) {
            three.add(new FilePart("cv-" + i + ".txt", ("Person " + i + "\nSoftware Engineer at Acme 2019 - 2024\nJava, Kafka\n").getBytes(StandardCharsets.UTF_8)));
        }
        HttpResponse<String> ok = upload(TOKEN, three.toArray(FilePart[]::new));
        assertEquals(202, ok.statusCode(), ok.body());
        assertEquals(MAX_FILES, json(ok).get("uploads").size());
        for (int i = 0; i < MAX_FILES; i++) {
            assertEquals(DocumentIds.of(three.get(i).content()), json(ok).at("/uploads/" + i + "/documentId").asText());
        }

        three.add(new FilePart("one-too-many.txt", "x y z".getBytes(StandardCharsets.UTF_8)));
        HttpResponse<String> tooMany = upload(TOKEN, three.toArray(FilePart[]::new));
        assertEquals(413, tooMany.statusCode(), tooMany.body());
        assertEquals("urn:vitae:problem:too-many-files", assertProblem(413, contentType(tooMany), tooMany.body()).get("type").asText());

        HttpResponse<String> tooBig = upload(TOKEN, new FilePart("big.txt", "a".repeat((int) MAX_BYTES + 1).getBytes(StandardCharsets.US_ASCII)));
        assertEquals(413, tooBig.statusCode(), tooBig.body());
        assertProblem(413, contentType(tooBig), tooBig.body());

        HttpResponse<String> notMultipart = HTTP.send(HttpRequest.newBuilder(uri("/uploads")).header("Authorization", "Bearer " + TOKEN)
                .header("Content-Type", "application/pdf").POST(HttpRequest.BodyPublishers.ofString("%PDF-1.4")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(415, notMultipart.statusCode(), notMultipart.body());
        assertProblem(415, contentType(notMultipart), notMultipart.body());

        HttpResponse<String> noFile = upload(TOKEN);
        assertEquals(400, noFile.statusCode(), noFile.body());
        assertProblem(400, contentType(noFile), noFile.body());
    }

    @Test
    void aLongFileNameIsCappedAndAChunkedBodyPastTheLimitIsRefused() throws Exception {
        byte[] cv = "Long Name\nEngineer at Globex 2015 - 2020\nPython\n".getBytes(StandardCharsets.UTF_8);
        HttpResponse<String> r = upload(TOKEN, new FilePart("履".repeat(2000) + ".txt", cv));
        assertEquals(202, r.statusCode(), r.body());
        String name = json(r).at("/uploads/0/fileName").asText();
        assertTrue(name.getBytes(StandardCharsets.UTF_8).length <= 255 && name.endsWith(".txt"), name);
        assertEquals(name, VitaeHeaders.get(firstRecord(Topics.UPLOADED.name(), DocumentIds.of(cv)).headers(), VitaeHeaders.FILE_NAME));

        // no Content-Length: Jetty's multipart limit must stop it while reading
        String boundary = "chunked";
        byte[] head = ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"big.txt\"\r\n\r\n")
                .getBytes(StandardCharsets.US_ASCII);
        byte[] big = new byte[(int) MAX_BYTES + 4096];
        java.util.Arrays.fill(big, (byte) 'a');
        byte[] tail = ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.US_ASCII);
        java.io.InputStream body = new java.io.SequenceInputStream(java.util.Collections.enumeration(List.of(
                new java.io.ByteArrayInputStream(head), new java.io.ByteArrayInputStream(big), new java.io.ByteArrayInputStream(tail))));
        HttpResponse<String> chunked = HTTP.send(HttpRequest.newBuilder(uri("/uploads")).header("Authorization", "Bearer " + TOKEN)
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> body)).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(413, chunked.statusCode(), chunked.body());
        assertProblem(413, contentType(chunked), chunked.body());
    }

    @Test
    void theTokenIsRequiredWhenConfiguredExceptForHealthAndTheDescription() throws Exception {
        for (String path : List.of("/stats", "/profiles", "/profiles/" + "0".repeat(64), "/uploads/" + "0".repeat(64))) {
            for (String token : new String[]{null, "wrong", TOKEN + "x", TOKEN.substring(1)}) {
                HttpResponse<String> r = get(path, token);
                assertEquals(401, r.statusCode(), path + " with " + token);
                assertProblem(401, contentType(r), r.body());
                assertTrue(r.headers().firstValue("WWW-Authenticate").orElse("").startsWith("Bearer"), path);
            }
        }
        HttpResponse<String> upload = upload(null, new FilePart("cv.txt", "Someone\nEngineer\n".getBytes(StandardCharsets.UTF_8)));
        assertEquals(401, upload.statusCode(), "an upload without the token is refused before anything is read or sent");
        assertEquals(200, get("/stats", TOKEN).statusCode());
        assertTrue(List.of(200, 503).contains(get("/health", null).statusCode()), "probes need no token");
        assertEquals(200, get("/openapi.json", null).statusCode());
    }

    @Test
    void aNonLoopbackAddressIsRefusedWithoutAToken() {
        for (String host : List.of("0.0.0.0", "::")) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> HttpApi.start(
                    HttpSettings.DEFAULTS.withHost(host).withPort(0), new HttpApi.Query(Map.of(), Map.of(), pipeline::store, Map::of, Map::of), null));
            assertTrue(e.getMessage().contains("without a token"), e.getMessage());
        }
        HttpSettings.DEFAULTS.withHost("127.0.0.1").requireSafeBinding();
        HttpSettings.DEFAULTS.withHost("::1").requireSafeBinding();
        HttpSettings.DEFAULTS.withHost("0.0.0.0").withToken("set").requireSafeBinding();
    }

    @Test
    void theOpenApiDescriptionListsExactlyTheRoutesServed() throws Exception {
        JsonNode doc = json(get("/openapi.json", null));
        Set<String> documented = new TreeSet<>();
        doc.get("paths").properties().forEach(path -> path.getValue().fieldNames()
                .forEachRemaining(method -> documented.add(method.toUpperCase(java.util.Locale.ROOT) + " " + path.getKey())));
        assertEquals(documented, new TreeSet<>(api.routes()));
        assertTrue(documented.contains("POST /uploads") && documented.contains("GET /uploads/{id}"), documented.toString());
    }

    @Test
    void slowUploadBodiesAreCutAndTheApiKeepsAnswering() throws Exception {
        // Each client declares a large multipart body and trickles it at a few bytes a second: each holds a worker
        // while the body is parsed, so the minimum data rate must end them, and /health must answer meanwhile.
        List<java.net.Socket> slow = new ArrayList<>();
        try {
            for (int i = 0; i < 16; i++) {
                java.net.Socket s = new java.net.Socket("127.0.0.1", api.port());
                s.getOutputStream().write(("POST /uploads HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer " + TOKEN
                        + "\r\nContent-Type: multipart/form-data; boundary=b\r\nContent-Length: 200000\r\n\r\n--b\r\n"
                        + "Content-Disposition: form-data; name=\"file\"; filename=\"slow.txt\"\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
                s.getOutputStream().flush();
                slow.add(s);
            }
            long t0 = System.nanoTime();
            Map<Integer, String> answers = new java.util.TreeMap<>();
            long firstCut = -1;
            while (answers.size() < slow.size() && System.nanoTime() - t0 < Duration.ofSeconds(25).toNanos()) {
                assertTrue(List.of(200, 503).contains(get("/health", null).statusCode()), "health answers meanwhile");
                for (int i = 0; i < slow.size(); i++) {
                    if (answers.containsKey(i)) {
                        continue;
                    }
                    java.net.Socket s = slow.get(i);
                    try {
                        s.getOutputStream().write('a');
                        s.getOutputStream().flush();
                        s.setSoTimeout(1);
                        byte[] head = new byte[12];
                        int n = s.getInputStream().read(head); // the server's answer, or -1: closed
                        answers.put(i, n < 0 ? "closed" : new String(head, 0, n, StandardCharsets.US_ASCII));
                    } catch (java.net.SocketTimeoutException stillOpen) {
                        continue;
                    } catch (java.io.IOException closed) {
                        answers.put(i, "closed");
                    }
                    firstCut = firstCut < 0 ? System.nanoTime() - t0 : firstCut;
                }
                Thread.sleep(250);
            }
            assertEquals(slow.size(), answers.size(), "uploads at ~4 bytes/s still open after 25 s: " + answers);
            assertTrue(firstCut > Duration.ofMillis(500).toNanos(), "cut at once, so not for being slow: " + answers);
            for (String a : answers.values()) {
                assertTrue(a.equals("closed") || a.startsWith("HTTP/1.1 408"), "a slow body is a timeout: " + answers);
            }
        } finally {
            for (java.net.Socket s : slow) {
                s.close();
            }
        }
    }

    /** The first record of {@code topic} keyed by {@code id}, read right away: it must already be there. */
    static ConsumerRecord<byte[], byte[]> firstRecord(String topic, String id) {
        Properties p = new Properties();
        p.putAll(client);
        try (var c = new KafkaConsumer<>(p, new ByteArrayDeserializer(), new ByteArrayDeserializer())) {
            List<TopicPartition> parts = c.partitionsFor(topic).stream().map(i -> new TopicPartition(topic, i.partition())).toList();
            c.assign(parts);
            c.seekToBeginning(parts);
            Map<TopicPartition, Long> end = c.endOffsets(parts);
            while (parts.stream().anyMatch(tp -> c.position(tp) < end.get(tp))) {
                for (ConsumerRecord<byte[], byte[]> r : c.poll(Duration.ofMillis(200))) {
                    if (r.key() != null && new String(r.key(), StandardCharsets.UTF_8).equals(id)) {
                        return r;
                    }
                }
            }
        }
        throw new AssertionError("no record keyed " + id + " in " + topic + " when the upload was acknowledged");
    }
}
