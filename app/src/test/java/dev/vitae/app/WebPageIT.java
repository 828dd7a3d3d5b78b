package dev.vitae.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.vitae.kafka.KafkaCluster;
import dev.vitae.kafka.KafkaClusterExtension;
import dev.vitae.schemas.DocumentIds;
import dev.vitae.schemas.ProfileJson;
import dev.vitae.sink.StoreConfig;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.logging.Level;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.condition.EnabledIf;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The web page in a real headless Chromium (Debian's chromium and chromium-driver, driven by Selenium
 * through the system chromedriver; nothing is downloaded), against the whole pipeline on the embedded
 * broker with a bearer token configured: the token typed into the page is what lets it work; a seed
 * picked in the page's file input is followed to stored and its profile shows every reading as a
 * highlight over the extracted text; a truncated PDF is shown dead-lettered with its reason, listed
 * in the dead letters and sent back; a résumé full of markup renders as text and runs nothing; the
 * page never breaks its own Content-Security-Policy. Screenshots go to {@code target/screenshots/}.
 */
@ExtendWith(KafkaClusterExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
@EnabledIf(value = "browserInstalled", disabledReason = "the browser test needs Debian's chromium and chromium-driver"
        + " (/usr/bin/chromium and /usr/bin/chromedriver): apt-get install -y chromium chromium-driver")
class WebPageIT {
    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    static final Path SCREENSHOTS = Path.of("target", "screenshots");
    static final String TOKEN = "page-token-" + Long.toHexString(System.nanoTime());
    static final Duration PIPELINE = Duration.ofSeconds(120);
    static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @TempDir
    static Path dir;
    static Pipeline pipeline;
    static HttpApi api;
    static ChromeDriverService service;
    static ChromeDriver driver;

    static boolean browserInstalled() {
        return Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
    }

    @BeforeAll
    static void start(KafkaCluster kafka) throws Exception {
        Properties client = new Properties();
        client.put("bootstrap.servers", kafka.bootstrapServers());
        pipeline = Pipeline.start(client, dir, StoreConfig.sqlite(dir.resolve("vitae.db")), 3);
        pipeline.awaitReady(Duration.ofMinutes(2));
        HttpSettings settings = HttpSettings.DEFAULTS.withPort(0).withToken(TOKEN);
        DeadLetterCounts counts = new DeadLetterCounts(new Ledger(client));
        api = HttpApi.start(settings, new HttpApi.Query(pipeline.readiness(), pipeline.notReadyReasons(), pipeline::store, counts::get, Map::of),
                new UploadRoutes(settings, client, pipeline::store), new PipelineRoutes(client, pipeline::store));
        Files.createDirectories(SCREENSHOTS);
        driver = browser(Files.createDirectory(dir.resolve("chromium-profile")));
    }

    /** The system browser and driver only: with both paths given, Selenium Manager is never asked to find or fetch one. */
    static ChromeDriver browser(Path profile) {
        System.setProperty(ChromeDriverService.CHROME_DRIVER_EXE_PROPERTY, CHROMEDRIVER.toString());
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toString());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--disable-dev-shm-usage",
                "--window-size=1440,1000", "--user-data-dir=" + profile.toAbsolutePath());
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL);
        options.setCapability("goog:loggingPrefs", logs);
        service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile()).usingAnyFreePort().build();
        ChromeDriver d = new ChromeDriver(service, options);
        d.manage().timeouts().scriptTimeout(Duration.ofSeconds(30));
        return d;
    }

    @AfterAll
    static void stop() {
        if (driver != null) {
            driver.quit();
        }
        if (api != null) {
            api.close();
        }
        if (pipeline != null) {
            pipeline.close();
        }
    }

    static String base() {
        return "http://127.0.0.1:" + api.port();
    }

    static HttpResponse<String> get(String path, String token) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base() + path)).timeout(Duration.ofSeconds(30)).GET();
        if (token != null) {
            b.header("Authorization", "Bearer " + token);
        }
        return HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    static HttpResponse<String> post(String path, String contentType, String body) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create(base() + path)).timeout(Duration.ofSeconds(60))
                .header("Authorization", "Bearer " + TOKEN).header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    static JsonNode getJson(String path) throws Exception {
        HttpResponse<String> r = get(path, TOKEN);
        assertEquals(200, r.statusCode(), path + ": " + r.body());
        return ProfileJson.mapper().readTree(r.body());
    }

    static WebDriverWait waitUpTo(Duration d) {
        return new WebDriverWait(driver, d, Duration.ofMillis(200));
    }

    /** Loads the page once per test class and gives it the token, as a person would. */
    static void openPage() {
        if (driver.getCurrentUrl() != null && driver.getCurrentUrl().startsWith(base())) {
            return;
        }
        driver.get(base() + "/#/upload");
        waitUpTo(Duration.ofSeconds(20)).until(d -> "true".equals(d.findElement(By.tagName("html")).getDomAttribute("data-ready")));
        useToken(TOKEN);
    }

    static void useToken(String token) {
        WebElement field = driver.findElement(By.id("token"));
        field.clear();
        field.sendKeys(token);
        driver.findElement(By.cssSelector("#token-form button")).click();
        waitUpTo(Duration.ofSeconds(5)).until(d -> token.equals(((JavascriptExecutor) d).executeScript("return sessionStorage.getItem('vitae.token')")));
    }

    static void go(String fragment) {
        ((JavascriptExecutor) driver).executeScript("location.hash = arguments[0]", fragment);
    }

    static void screenshot(String name) throws Exception {
        Thread.sleep(700); // let smooth scrolling finish first
        driver.executeScript("window.scrollTo(0, 0)");
        Thread.sleep(100);
        Files.write(SCREENSHOTS.resolve(name), driver.getScreenshotAs(OutputType.BYTES));
    }

    /** Picks {@code file} in the page's file input (what the drop zone hands over too) and waits for its row to reach {@code stage}. */
    static WebElement uploadThroughThePage(Path file, String stage) {
        openPage();
        go("#/upload");
        driver.findElement(By.id("file-input")).sendKeys(file.toAbsolutePath().normalize().toString());
        String id;
        try {
            id = DocumentIds.of(Files.readAllBytes(file));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        By row = By.cssSelector("li.upload[data-document-id='" + id + "']");
        waitUpTo(PIPELINE).until(d -> {
            List<WebElement> rows = d.findElements(row);
            return !rows.isEmpty() && stage.equals(rows.get(0).getDomAttribute("data-stage"));
        });
        return driver.findElement(row);
    }

    @Test
    @Order(1)
    void aSeedUploadedThroughThePageIsStoredAndEveryReadingIsHighlightedInItsText() throws Exception {
        Path seed = Path.of("..", "seeds", "001_12268666d2510657.txt");
        String id = DocumentIds.of(Files.readAllBytes(seed));
        WebElement row = uploadThroughThePage(seed, "stored");
        assertEquals(4, row.findElements(By.cssSelector(".step.done")).size(), "all four stages are shown done");

        row.findElement(By.cssSelector("a.open-profile")).click();
        WebElement text = waitUpTo(Duration.ofSeconds(30)).until(ExpectedConditions.presenceOfElementLocated(
                By.cssSelector("#profile-text[data-document-id='" + id + "']")));
        JsonNode profile = getJson("/profiles/" + id);
        String extracted = getJson("/profiles/" + id + "/text").get("text").asText();
        assertTrue(profile.get("skills").size() > 0 && profile.get("roles").size() > 0, "the seed has skills and roles: " + profile);

        // every role, skill mention and metric with a non-empty span is on the page, covering exactly its span of the text
        List<String[]> expected = new ArrayList<>();
        for (int i = 0; i < profile.get("roles").size(); i++) {
            expected.add(span("role-" + i, profile.get("roles").get(i).get("evidence"), extracted));
        }
        for (int i = 0; i < profile.get("skills").size(); i++) {
            JsonNode mentions = profile.get("skills").get(i).get("mentions");
            for (int j = 0; j < mentions.size(); j++) {
                expected.add(span("skill-" + i + "-" + j, mentions.get(j).get("evidence"), extracted));
            }
        }
        for (int i = 0; i < profile.get("metrics").size(); i++) {
            expected.add(span("metric-" + i, profile.get("metrics").get(i).get("evidence"), extracted));
        }
        @SuppressWarnings("unchecked")
        Map<String, String> onPage = (Map<String, String>) driver.executeScript(
                "const out = {}; for (const el of document.querySelectorAll('#profile-text .ev')) {"
                        + " for (const id of el.dataset.ev.split(' ')) { out[id] = (out[id] || '') + el.textContent; } } return out;");
        int checked = 0;
        for (String[] e : expected) {
            if (e[1].isEmpty()) {
                continue;
            }
            assertEquals(e[1], onPage.get(e[0]), e[0] + " is highlighted over exactly its evidence");
            checked++;
        }
        assertTrue(checked >= profile.get("skills").size(), "checked " + checked + " spans");

        assertNoPlaceholders("#profile-readings", "#profile-facts", "#legend");

        // a skill: a <mark> naming it, over the very characters of one of its mentions
        JsonNode skill = profile.get("skills").get(0);
        JsonNode mention = skill.get("mentions").get(0);
        String alias = extracted.substring(mention.at("/evidence/start").asInt(), mention.at("/evidence/end").asInt());
        List<WebElement> marks = text.findElements(By.cssSelector("mark.ev-skill"));
        assertTrue(marks.stream().anyMatch(m -> m.getText().equals(alias) && m.getDomAttribute("data-skill").contains(skill.get("name").asText())),
                "a highlighted " + skill.get("name") + " (" + alias + ") among " + marks.size() + " skill marks");
        assertEquals("#fde047", org.openqa.selenium.support.Color.fromString(marks.get(0).getCssValue("background-color")).asHex(),
                "the skill colour of the legend");

        // the reading's button shows its evidence
        driver.findElement(By.cssSelector("#profile-readings .reading[data-target='skill-0-0']")).click();
        waitUpTo(Duration.ofSeconds(5)).until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#profile-text .flash")));
        driver.manage().window().setSize(new org.openqa.selenium.Dimension(1440, 1500)); // the profile is long: a taller shot
        screenshot("profile.png");
        driver.manage().window().setSize(new org.openqa.selenium.Dimension(1440, 1000));

        // search by the skill (an alias finds it too) and language
        go("#/search");
        WebElement form = driver.findElement(By.id("search-form"));
        form.findElement(By.name("skill")).sendKeys(skill.get("name").asText());
        form.findElement(By.name("language")).sendKeys(profile.get("language").asText());
        form.findElement(By.cssSelector("button[type=submit]")).click();
        waitUpTo(Duration.ofSeconds(20)).until(ExpectedConditions.presenceOfElementLocated(
                By.cssSelector("#search-results tr[data-document-id='" + id + "']")));
        screenshot("search.png");
        form.findElement(By.name("minMonths")).sendKeys("1199");
        form.findElement(By.cssSelector("button[type=submit]")).click();
        waitUpTo(Duration.ofSeconds(20)).until(ExpectedConditions.textToBe(By.id("search-summary"), "No stored profile matches."));
    }

    /** What the page wrote itself around the data: no "null", "undefined" or "NaN" where a value was missing. */
    static void assertNoPlaceholders(String... selectors) {
        for (String sel : selectors) {
            String shown = driver.findElement(By.cssSelector(sel)).getText();
            assertFalse(java.util.regex.Pattern.compile("(?<![A-Za-z])(null|undefined|NaN)").matcher(shown).find(), sel + " shows: " + shown);
        }
    }

    @Test
    @Order(2)
    void aResumeDroppedOnTheZoneIsFollowedLikeAPickedOneAndARefusedFileSaysWhy() throws Exception {
        Path seed = Path.of("..", "seeds", "002_244250873f516315.txt");
        String id = DocumentIds.of(Files.readAllBytes(seed));
        openPage();
        go("#/upload");
        // what a drag from the desktop delivers: a drop event whose DataTransfer holds the file
        driver.executeScript("const dt = new DataTransfer();"
                + " dt.items.add(new File([arguments[0]], 'dropped-cv.txt', {type: 'text/plain'}));"
                + " document.getElementById('drop').dispatchEvent(new DragEvent('drop', {dataTransfer: dt, bubbles: true, cancelable: true}));",
                Files.readString(seed, StandardCharsets.UTF_8));
        By row = By.cssSelector("li.upload[data-document-id='" + id + "']");
        waitUpTo(PIPELINE).until(d -> !d.findElements(row).isEmpty() && "stored".equals(d.findElement(row).getDomAttribute("data-stage")));
        assertEquals("dropped-cv.txt", driver.findElement(row).findElement(By.cssSelector(".file")).getText());

        Path empty = Files.writeString(dir.resolve("empty-cv.txt"), "");
        driver.findElement(By.id("file-input")).sendKeys(empty.toAbsolutePath().normalize().toString());
        WebElement refused = waitUpTo(Duration.ofSeconds(30)).until(ExpectedConditions.presenceOfElementLocated(
                By.cssSelector("li.upload[data-stage='refused']")));
        assertEquals("empty-cv.txt", refused.findElement(By.cssSelector(".file")).getText());
        assertFalse(refused.findElement(By.cssSelector(".reason")).getText().isBlank(), "the validator's reason is shown");
        assertTrue(driver.findElement(By.id("banner")).getText().contains("refused"), driver.findElement(By.id("banner")).getText());
    }

    private static String[] span(String id, JsonNode evidence, String text) {
        int s = evidence.get("start").asInt();
        int e = evidence.get("end").asInt();
        assertTrue(0 <= s && s <= e && e <= text.length(), id + " fits the text");
        return new String[] {id, text.substring(s, e)};
    }

    @Test
    @Order(3)
    void aTruncatedPdfIsShownDeadLetteredWithItsReasonAndCanBeSentBack() throws Exception {
        Path pdf = dir.resolve("truncated-cv.pdf");
        Files.write(pdf, ("%PDF-1.7\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n2 0 obj\n<< /Type /Pages /Kids [3 0 R] /Count 1 >>\n"
                + "endobj\n3 0 obj\n<< /Type /Page /Parent 2 0 R /Contents 4 0 R >>\nstream\nBT /F1 12 Tf (Jane Doe, Engineer").getBytes(StandardCharsets.US_ASCII));
        String id = DocumentIds.of(Files.readAllBytes(pdf));
        WebElement row = uploadThroughThePage(pdf, "dead-lettered");
        JsonNode status = getJson("/uploads/" + id);
        String reason = status.get("reason").asText();
        assertFalse(reason.isBlank(), status.toString());
        assertEquals(reason, row.findElement(By.cssSelector(".reason-text")).getText().strip(), "the page shows the stage's reason");
        assertTrue(row.findElement(By.cssSelector(".reason")).getText().contains(status.get("outcome").asText()), "and the outcome");
        assertEquals(1, row.findElements(By.cssSelector(".step.failed")).size(), "the stage that failed is marked");
        screenshot("upload.png");

        go("#/dead-letters");
        By dlqRow = By.cssSelector("#dlq-results tr[data-document-id='" + id + "']");
        WebElement listed = waitUpTo(Duration.ofSeconds(30)).until(ExpectedConditions.presenceOfElementLocated(dlqRow));
        assertEquals(reason, listed.findElement(By.cssSelector(".reason-text")).getText().strip());
        assertNoPlaceholders("#uploads", "#dlq-results");
        assertEquals(status.get("outcome").asText(), listed.findElement(By.cssSelector(".outcome-name")).getText());
        assertTrue(listed.getText().contains("truncated-cv.pdf") && listed.getText().contains("open"), listed.getText());
        screenshot("dead-letters.png");

        listed.findElement(By.cssSelector("button.replay")).click();
        waitUpTo(Duration.ofSeconds(30)).until(ExpectedConditions.textMatches(By.id("banner"), java.util.regex.Pattern.compile("Replayed 1 record")));
        // sent back for real: the extractor reads it again and, the file being as broken as before, dead-letters it a second time
        long deadline = System.nanoTime() + PIPELINE.toNanos();
        int records = 0;
        while (System.nanoTime() < deadline && records < 2) {
            for (JsonNode item : getJson("/dead-letters?stage=extractor").get("items")) {
                if (item.get("documentId").asText().equals(id)) {
                    records = item.get("records").asInt();
                }
            }
            Thread.sleep(300);
        }
        assertEquals(2, records, "the replayed record went through the extractor again");
        driver.findElement(By.cssSelector("#dlq-form button[type=submit]")).click();
        waitUpTo(Duration.ofSeconds(30)).until(ExpectedConditions.textMatches(dlqRow, java.util.regex.Pattern.compile("2 records")));
    }

    @Test
    @Order(4)
    void markupInAResumeAndItsFileNameRendersAsTextAndRunsNothing() throws Exception {
        String hostile = "Jane Hacker\nSenior Software Engineer\nOsaka, Japan\n\n## Summary\nBackend engineer who builds event pipelines with"
                + " Java and Kafka and measures everything she ships, from latency to cost, for teams across three continents.\n\n"
                + "## Experience\nSenior Engineer, Acme Corp (2019-01 – 2023-06)\n- Cut p99 latency by 40% with Kafka Streams\n\n"
                + "## Skills\n- Java, Kafka, <script>window.__vitaePwned = 'script'</script>\n"
                + "- <img src=x onerror=\"window.__vitaePwned = 'img'\"> <svg onload=\"window.__vitaePwned = 'svg'\"></svg>\n"
                + "- </pre></div><a href=\"javascript:window.__vitaePwned='link'\">click</a> &lt;b&gt;not bold&lt;/b&gt;\n";
        Path file = dir.resolve("cv <img src=x onerror=window.__vitaePwned=1>.txt");
        Files.writeString(file, hostile, StandardCharsets.UTF_8);
        String id = DocumentIds.of(Files.readAllBytes(file));
        WebElement row = uploadThroughThePage(file, "stored");
        assertTrue(row.findElement(By.cssSelector(".file")).getText().contains("<img src=x onerror="), "the file name shows as text");

        row.findElement(By.cssSelector("a.open-profile")).click();
        WebElement text = waitUpTo(Duration.ofSeconds(30)).until(ExpectedConditions.presenceOfElementLocated(
                By.cssSelector("#profile-text[data-document-id='" + id + "']")));
        String shown = (String) driver.executeScript("return document.getElementById('profile-text').textContent");
        assertEquals(getJson("/profiles/" + id + "/text").get("text").asText(), shown, "the text, character for character");
        assertTrue(shown.contains("<script>window.__vitaePwned = 'script'</script>") && shown.contains("<img src=x onerror="), shown);
        for (String tag : List.of("script", "img", "svg", "a", "b", "pre", "div")) {
            assertEquals(0, text.findElements(By.tagName(tag)).size(), "no <" + tag + "> made from the résumé");
        }
        assertTrue(driver.findElements(By.cssSelector("main img, main svg, main script")).isEmpty(), "none anywhere in the views");
        assertTrue(driver.findElement(By.id("profile-facts")).getText().contains("<img src=x onerror="), "the file name as text");
        Thread.sleep(500); // an onerror would have fired by now
        assertEquals(null, driver.executeScript("return window.__vitaePwned === undefined ? null : String(window.__vitaePwned)"),
                "no script from the résumé ran");
        assertNotNull(text.findElements(By.cssSelector("mark.ev-skill")).stream().filter(m -> m.getText().equals("Kafka")).findFirst()
                .orElse(null), "the real skills are still highlighted");
        assertNoPlaceholders("#profile-readings", "#profile-facts", "#uploads");

        // and the browser enforces Trusted Types: markup assigned as a string is refused outright, and reported
        assertEquals(Set.of(), policyViolations(), "the page itself breaks none of its policy");
        assertEquals("refused", driver.executeScript("try { document.createElement('div').innerHTML = '<b>x</b>'; return 'assigned'; }"
                + " catch (e) { return e instanceof TypeError ? 'refused' : String(e); }"));
        Set<String> reported = policyViolations();
        assertEquals(1, reported.size(), reported.toString());
        assertTrue(reported.iterator().next().contains("TrustedHTML"), "the browser log shows a violation: " + reported);
        driver.manage().window().setSize(new org.openqa.selenium.Dimension(1440, 1200));
        screenshot("hostile-profile.png");
        driver.manage().window().setSize(new org.openqa.selenium.Dimension(1440, 1000));
    }

    @Test
    @Order(5)
    void theTokenGuardsTheDataButNotThePageAndEveryAnswerCarriesTheSecurityHeaders() throws Exception {
        for (String path : List.of("/", "/web/app.js", "/web/style.css")) {
            HttpResponse<String> r = get(path, null);
            assertEquals(200, r.statusCode(), path + " needs no token: the page must load to ask for it");
            assertEquals(WebPage.CONTENT_SECURITY_POLICY, r.headers().firstValue("Content-Security-Policy").orElse(null), path);
            assertEquals("nosniff", r.headers().firstValue("X-Content-Type-Options").orElse(null), path);
        }
        String csp = WebPage.CONTENT_SECURITY_POLICY;
        assertTrue(csp.contains("default-src 'self'") && csp.contains("frame-ancestors 'none'") && !csp.contains("unsafe-"), csp);
        assertTrue(get("/web/app.js", null).headers().firstValue("Content-Type").orElse("").startsWith("text/javascript"));
        for (String path : List.of("/web/%2e%2e%2fHttpApi.class", "/web/..%2Fopenapi.json", "/web/logback.xml", "/web/index.html",
                "/web/App.js", "/web/", "/web/api.js.map")) {
            HttpResponse<String> r = get(path, null);
            assertTrue(List.of(400, 404).contains(r.statusCode()), path + " answered " + r.statusCode() + ": only the page's own files are served");
        }
        HttpResponse<String> data = get("/profiles", null);
        assertEquals(401, data.statusCode(), "the data needs the token");
        assertEquals("nosniff", data.headers().firstValue("X-Content-Type-Options").orElse(null), "API answers carry the headers too");
        assertEquals(401, get("/dead-letters", null).statusCode());
        assertEquals(400, get("/dead-letters?stage=nope", TOKEN).statusCode());
        assertEquals(400, get("/dead-letters?bogus=1", TOKEN).statusCode());
        assertEquals(404, get("/profiles/" + "0".repeat(64) + "/text", TOKEN).statusCode());
        // a replay takes JSON only: a cross-site form (text/plain, urlencoded, multipart) cannot start one without a preflight
        for (String type : List.of("text/plain", "application/x-www-form-urlencoded")) {
            assertEquals(415, post("/dead-letters/replay", type, "{}").statusCode(), type);
        }
        for (String body : List.of("{\"stage\": \"nope\"}", "{\"bogus\": 1}", "[1]", "{\"documentId\": \"abc\"}", "{\"includeResolved\": \"yes\"}")) {
            HttpResponse<String> r = post("/dead-letters/replay", "application/json", body);
            assertEquals(400, r.statusCode(), body + ": " + r.body());
            HttpHardeningIT.assertProblem(400, r.headers().firstValue("Content-Type").orElse(null), r.body());
        }
        HttpResponse<String> none = post("/dead-letters/replay", "application/json", "{\"documentId\": \"" + "0".repeat(64) + "\"}");
        assertEquals(200, none.statusCode(), none.body());
        assertEquals(0, ProfileJson.mapper().readTree(none.body()).get("replayed").asInt(), "nothing of an unknown document to replay");

        openPage();
        useToken("not-the-token");
        go("#/dead-letters");
        waitUpTo(Duration.ofSeconds(20)).until(ExpectedConditions.textMatches(By.id("banner"), java.util.regex.Pattern.compile("refused the API token")));
        useToken(TOKEN);
        go("#/upload");

        // the page itself never needed an exception to its policy: the browser reports no violation
        assertEquals(Set.of(), policyViolations());
    }

    /** The Content-Security-Policy and Trusted Types violations the browser logged since the last call. */
    static Set<String> policyViolations() {
        Set<String> violations = new HashSet<>();
        for (LogEntry e : driver.manage().logs().get(LogType.BROWSER)) {
            if (e.getMessage().contains("Content Security Policy") || e.getMessage().contains("Content-Security-Policy")
                    || e.getMessage().contains("Trusted")) {
                violations.add(e.getMessage());
            }
        }
        return violations;
    }
}
