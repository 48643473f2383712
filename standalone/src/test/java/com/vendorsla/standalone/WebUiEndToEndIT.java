package com.vendorsla.standalone;

import com.vendorsla.standalone.support.JarProcess;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The web interface in a real browser: the built standalone jar with the demo portfolio, and web-ui's Playwright
 * stories ({@code npm run e2e}: each person's story, axe-core on every page, screenshots under web-ui/target/) driving
 * Debian's headless Chromium against it. Chromium missing is a failure that says how to install it, never a skip.
 */
class WebUiEndToEndIT {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Path CHROMIUM = Path.of(System.getProperty("chromium.path", "/usr/bin/chromium"));

    @TempDir
    Path dataDir;

    @Test
    void eachPersonsStoryPassesInHeadlessChromiumWithoutAccessibilityViolations() throws IOException, InterruptedException {
        assertThat(Files.isExecutable(CHROMIUM))
                .as("Chromium is missing at %s; the browser tests cannot run. Install it: "
                        + "apt-get update && apt-get install -y chromium", CHROMIUM)
                .isTrue();
        Path webUi = Path.of(System.getProperty("web-ui.dir", "../web-ui")).toAbsolutePath().normalize();
        assertThat(webUi.resolve("node_modules/.bin/playwright")).as("web-ui is built (npm ci) before standalone").exists();

        int port = JarProcess.freePort();
        try (JarProcess platform = JarProcess.start("standalone-e2e", JarProcess.jar("standalone.jar"), port, Map.of(),
                "--sla.data-dir=" + dataDir, "--sla.demo-data=true").awaitUp(Duration.ofSeconds(300))) {
            awaitDemoWorklist(platform, Duration.ofSeconds(120));

            Path log = Files.createDirectories(Path.of("target", "process-logs")).resolve("web-ui-e2e.log");
            ProcessBuilder npm = new ProcessBuilder(List.of("npm", "run", "e2e"))
                    .directory(webUi.toFile()).redirectErrorStream(true).redirectOutput(log.toFile());
            npm.environment().putAll(Map.of("E2E_BASE_URL", "http://localhost:" + port,
                    "CHROMIUM_PATH", CHROMIUM.toString(), "PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1", "CI", "true"));
            Process run = npm.start();
            boolean finished = run.waitFor(20, TimeUnit.MINUTES);
            if (!finished) {
                run.descendants().forEach(ProcessHandle::destroyForcibly);
                run.destroyForcibly();
            }
            String output = Files.readString(log);
            System.out.println(output);
            assertThat(finished).as("npm run e2e did not finish within 20 minutes:\n%s", output).isTrue();
            assertThat(run.exitValue()).as("npm run e2e failed (screenshots and traces under web-ui/target/):\n%s", output)
                    .isZero();
            assertThat(output).containsPattern("\\d+ passed").doesNotContainPattern("\\d+ skipped");
        }
    }

    /** The demo portfolio is seeded before the platform reports UP; its read models follow a moment later. */
    private static void awaitDemoWorklist(JarProcess platform, Duration limit) throws InterruptedException {
        long deadline = System.nanoTime() + limit.toNanos();
        String last = "";
        while (System.nanoTime() < deadline) {
            HttpResponse<String> worklist = platform.get("manager", "/api/worklist");
            last = worklist.statusCode() + " " + worklist.body();
            if (worklist.statusCode() == 200) {
                JsonNode lists = JSON.readTree(worklist.body());
                if (lists.path("monthsNotRecorded").size() > 0) {
                    return;
                }
            }
            Thread.sleep(500);
        }
        throw new AssertionError("the demo worklist was not there after " + limit + ": " + last);
    }
}
