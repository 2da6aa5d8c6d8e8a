package cn.gov.dongguan.voucher.bench;

import java.io.File;
import java.io.IOException;
import java.net.HttpURLConnection;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** A Payara Micro uber-jar started as a child process, timed from spawn to its first ready answer. */
final class Server implements AutoCloseable {

    final String name;
    final String baseUrl;
    final double secondsToReady;
    private final Process process;

    private Server(String name, String baseUrl, Process process, double secondsToReady) {
        this.name = name;
        this.baseUrl = baseUrl;
        this.process = process;
        this.secondsToReady = secondsToReady;
    }

    /**
     * Starts {@code jar} on {@code port} with {@code env}, in {@code work}, and waits for a 200 on
     * {@code readyPath}; the same JVM options for every runtime measured.
     */
    static Server start(String name, Path jar, int port, Path work, Map<String, String> env, String readyPath)
            throws IOException, InterruptedException {
        Files.createDirectories(work.resolve("tmp"));
        List<String> command = new ArrayList<>(List.of(
                javaBinary(),
                "-Djava.io.tmpdir=" + work.resolve("tmp"),
                "-jar",
                jar.toAbsolutePath().toString(),
                "--nocluster",
                "--port",
                Integer.toString(port)));
        // BENCH_JVM_OPTIONS_<NAME> (e.g. a flight recording of the product while one step runs): before -jar
        String extra = System.getenv("BENCH_JVM_OPTIONS_" + name.toUpperCase(java.util.Locale.ROOT));
        if (extra != null && !extra.isBlank()) {
            command.addAll(2, List.of(extra.trim().split("\\s+")));
        }
        ProcessBuilder pb = new ProcessBuilder(command)
                .directory(work.toFile())
                .redirectErrorStream(true)
                .redirectOutput(work.resolve(name + ".log").toFile());
        pb.environment().putAll(env);
        long t0 = System.nanoTime();
        Process p = pb.start();
        String base = "http://127.0.0.1:" + port;
        long deadline = t0 + TimeUnit.SECONDS.toNanos(180);
        while (System.nanoTime() < deadline) {
            if (!p.isAlive()) {
                throw new IllegalStateException(
                        name + " exited with " + p.exitValue() + "; see " + work.resolve(name + ".log"));
            }
            if (status(base + readyPath) == 200) {
                return new Server(name, base, p, (System.nanoTime() - t0) / 1e9);
            }
            Thread.sleep(100);
        }
        p.destroyForcibly();
        throw new IllegalStateException(name + " was not ready within 180 s; see " + work.resolve(name + ".log"));
    }

    private static int status(String url) {
        try {
            HttpURLConnection c = (HttpURLConnection) URI.create(url).toURL().openConnection();
            c.setConnectTimeout(500);
            c.setReadTimeout(2_000);
            int code = c.getResponseCode();
            c.disconnect();
            return code;
        } catch (IOException e) {
            return -1;
        }
    }

    private static String javaBinary() {
        return System.getProperty("java.home") + File.separator + "bin" + File.separator + "java";
    }

    /** The process id, for reading its memory. */
    long pid() {
        return process.pid();
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor();
        }
    }
}
