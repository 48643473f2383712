import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The measurements of bench/run.sh that wrk cannot take (Java 17 single-file program, no dependencies):
 * <ul>
 * <li>{@code lag COMMAND_URL QUERY_URL N SECONDS}: N times, one after the other, register a vendor on the command side
 * and poll the query side for it every millisecond; the lag is from the POST's answer (the event is committed) to the
 * first 200 of the GET. Stops early after SECONDS. Prints "p50 p99 n" in ms.</li>
 * <li>{@code lagAt COMMAND_URL QUERY_URL RATE SECONDS}: the same probe while vendor registrations go to the command
 * side at RATE per second besides it (each request sent on its schedule whether or not the ones before have been
 * answered, so slow answers do not lower the rate). Prints "p50 p99 n" and the rate the load reached.</li>
 * <li>{@code replay QUERY_URL GROUP}: rebuild one read model (POST /api/admin/replays/GROUP as admin) and wait for it;
 * prints its duration in ms as /api/admin/replays reports it.</li>
 * <li>{@code groups QUERY_URL}: the read models that can be rebuilt, one a line.</li>
 * <li>{@code latency URL BODY N [FROM]}: N POSTs of BODY to URL as the manager, one after the other, with {@code {i}}
 * in BODY replaced by the request's number i (0 to N - 1), {@code {start}} by the instant FROM + 4i minutes and
 * {@code {end}} by one minute after it; prints "p50 p99 n" in ms, from sending to the answer. Fails on any answer
 * other than 2xx.</li>
 * </ul>
 */
public class Probe {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    public static void main(String[] args) throws Exception {
        switch (args[0]) {
            case "lag" -> lag(args[1], args[2], Integer.parseInt(args[3]), Integer.parseInt(args[4]));
            case "lagAt" -> lagAt(args[1], args[2], Double.parseDouble(args[3]), Integer.parseInt(args[4]));
            case "replay" -> replay(args[1], args[2]);
            case "groups" -> groups(args[1]);
            case "latency" -> latency(args[1], args[2], Integer.parseInt(args[3]),
                    args.length > 4 ? java.time.Instant.parse(args[4]) : java.time.Instant.EPOCH);
            default -> throw new IllegalArgumentException(args[0]);
        }
    }

    private static void lag(String command, String query, int n, int seconds) throws Exception {
        List<Double> lags = lags(command, query, n, seconds);
        System.out.printf(Locale.ROOT, "%.1f %.1f %d%n", percentile(lags, 50), percentile(lags, 99), lags.size());
    }

    private static void lagAt(String command, String query, double rate, int seconds) throws Exception {
        ScheduledExecutorService senders = Executors.newSingleThreadScheduledExecutor();
        AtomicLong sent = new AtomicLong();
        AtomicLong failed = new AtomicLong();
        long started = System.nanoTime();
        senders.scheduleAtFixedRate(() -> HTTP.sendAsync(post(command + "/api/vendors", "manager",
                        "{\"name\":\"Load " + sent.get() + "\",\"country\":\"DE\"}"), HttpResponse.BodyHandlers.ofString())
                .whenComplete((created, e) -> (e == null && created.statusCode() == 201 ? sent : failed).incrementAndGet()),
                0, Math.round(1e9 / rate), TimeUnit.NANOSECONDS);
        List<Double> lags;
        try {
            lags = lags(command, query, Integer.MAX_VALUE, seconds);
        } finally {
            senders.shutdownNow();
        }
        double reached = sent.get() / ((System.nanoTime() - started) / 1e9);
        if (failed.get() > 0) {
            throw new IllegalStateException(failed.get() + " registrations of the load failed");
        }
        System.out.printf(Locale.ROOT, "%.1f %.1f %d %.0f%n", percentile(lags, 50), percentile(lags, 99), lags.size(),
                reached);
    }

    private static List<Double> lags(String command, String query, int n, int seconds) throws Exception {
        List<Double> lags = new ArrayList<>();
        long deadline = System.nanoTime() + seconds * 1_000_000_000L;
        for (int i = 0; i < n && System.nanoTime() < deadline; i++) {
            HttpResponse<String> created = send("POST", command + "/api/vendors", "manager",
                    "{\"name\":\"Lag Probe " + i + "\",\"country\":\"DE\"}");
            long committed = System.nanoTime();
            if (created.statusCode() != 201) {
                throw new IllegalStateException("POST /api/vendors: " + created.statusCode() + " " + created.body());
            }
            String id = field(created.body(), "id");
            while (true) {
                HttpResponse<String> read = send("GET", query + "/api/vendors/" + id, "auditor", null);
                if (read.statusCode() == 200) {
                    lags.add((System.nanoTime() - committed) / 1e6);
                    break;
                }
                if (read.statusCode() != 404) {
                    throw new IllegalStateException("GET: " + read.statusCode() + " " + read.body());
                }
                if (System.nanoTime() - committed > 30_000_000_000L) {
                    throw new IllegalStateException("vendor " + id + " not visible after 30 s");
                }
                Thread.sleep(1);
            }
        }
        Collections.sort(lags);
        return lags;
    }

    private static void latency(String url, String body, int n, java.time.Instant from) throws Exception {
        List<Double> latencies = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            java.time.Instant start = from.plus(Duration.ofMinutes(4L * i));
            String request = body.replace("{i}", Integer.toString(i)).replace("{start}", start.toString())
                    .replace("{end}", start.plus(Duration.ofMinutes(1)).toString());
            long sent = System.nanoTime();
            HttpResponse<String> answer = send("POST", url, "manager", request);
            latencies.add((System.nanoTime() - sent) / 1e6);
            if (answer.statusCode() / 100 != 2) {
                throw new IllegalStateException("POST " + url + ": " + answer.statusCode() + " " + answer.body());
            }
        }
        Collections.sort(latencies);
        System.out.printf(Locale.ROOT, "%.1f %.1f %d%n", percentile(latencies, 50), percentile(latencies, 99),
                latencies.size());
    }

    private static void replay(String query, String group) throws Exception {
        HttpResponse<String> started = send("POST", query + "/api/admin/replays/" + group, "admin", "");
        if (started.statusCode() != 202) {
            throw new IllegalStateException("replay of " + group + ": " + started.statusCode() + " " + started.body());
        }
        long deadline = System.nanoTime() + 3_600_000_000_000L;
        while (System.nanoTime() < deadline) {
            Thread.sleep(200);
            String progress = send("GET", query + "/api/admin/replays/" + group, "admin", null).body();
            String failure = field(progress, "failure");
            if (failure != null) {
                throw new IllegalStateException("replay of " + group + " failed: " + failure);
            }
            String duration = number(progress, "durationMs");
            if (duration != null) {
                System.out.println(duration);
                return;
            }
        }
        throw new IllegalStateException("replay of " + group + " did not finish within an hour");
    }

    private static void groups(String query) throws Exception {
        HttpResponse<String> list = send("GET", query + "/api/admin/replays", "admin", null);
        Matcher m = Pattern.compile("\"processingGroup\"\\s*:\\s*\"([^\"]+)\"").matcher(list.body());
        while (m.find()) {
            System.out.println(m.group(1));
        }
    }

    /** A request as the demo user (password = name). */
    private static HttpRequest.Builder as(String user, String url) {
        return HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30))
                .header("Authorization", "Basic " + Base64.getEncoder()
                        .encodeToString((user + ":" + user).getBytes(StandardCharsets.UTF_8)));
    }

    private static HttpRequest post(String url, String user, String body) {
        return as(user, url).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build();
    }

    private static HttpResponse<String> send(String method, String url, String user, String body) throws Exception {
        HttpRequest.Builder request = as(user, url);
        if (body == null) {
            request.GET();
        } else {
            request.header("Content-Type", "application/json").method(method, HttpRequest.BodyPublishers.ofString(body));
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String field(String json, String name) {
        Matcher m = Pattern.compile("\"" + name + "\"\\s*:\\s*\"([^\"]*)\"").matcher(json);
        return m.find() ? m.group(1) : null;
    }

    private static String number(String json, String name) {
        Matcher m = Pattern.compile("\"" + name + "\"\\s*:\\s*(\\d+)").matcher(json);
        return m.find() ? m.group(1) : null;
    }

    private static double percentile(List<Double> sorted, int p) {
        if (sorted.isEmpty()) {
            return Double.NaN;
        }
        int index = (int) Math.ceil(p / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, Math.min(index, sorted.size() - 1)));
    }
}
