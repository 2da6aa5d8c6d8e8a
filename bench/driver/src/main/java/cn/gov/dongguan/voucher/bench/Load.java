package cn.gov.dongguan.voucher.bench;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.IntFunction;

/** Closed and open load loops over {@link Http} clients, and what they measured. */
final class Load {

    private Load() {}

    /** One kind of request a client sends; {@code true} if the answer is the expected one. */
    @FunctionalInterface
    interface Call {
        boolean send(Http http, int client, long n) throws Exception;
    }

    /** A request of a mix, with the name of its kind (for the figures per kind). */
    record Kind(String name, Call call) {}

    /** Latencies (microseconds) and errors of one measured run. */
    static final class Result {
        final String label;
        final double seconds;
        final long[] micros;
        final long errors;
        final ConcurrentHashMap<String, AtomicLong> errorKinds;
        /** Of an open loop's mix: each kind's own latencies. */
        final java.util.Map<String, Result> byKind = new java.util.TreeMap<>();

        Result(String label, double seconds, long[] micros, long errors, ConcurrentHashMap<String, AtomicLong> kinds) {
            this.label = label;
            this.seconds = seconds;
            this.micros = micros;
            this.errors = errors;
            this.errorKinds = kinds;
            Arrays.sort(this.micros);
        }

        double rate() {
            return micros.length / seconds;
        }

        double percentileMillis(double p) {
            if (micros.length == 0) {
                return Double.NaN;
            }
            int i = (int) Math.min(micros.length - 1, Math.ceil(p / 100.0 * micros.length) - 1);
            return micros[Math.max(0, i)] / 1000.0;
        }

        String line() {
            return String.format(
                    "%,9.0f req/s  p50 %7.1f ms  p95 %7.1f ms  p99 %7.1f ms  errors %d%s",
                    rate(),
                    percentileMillis(50),
                    percentileMillis(95),
                    percentileMillis(99),
                    errors,
                    errorKinds.isEmpty() ? "" : " " + errorKinds);
        }
    }

    /**
     * {@code clients} threads, each on its own connection, send back to back (a closed loop, like
     * {@code wrk -c clients}): first for {@code warmupSeconds} unmeasured, then for {@code seconds}.
     */
    static Result closed(String label, String baseUrl, int clients, int warmupSeconds, int seconds, Call call)
            throws InterruptedException {
        run(baseUrl, clients, warmupSeconds, call, null, null);
        List<long[]> perClient = new ArrayList<>();
        AtomicLong errors = new AtomicLong();
        ConcurrentHashMap<String, AtomicLong> kinds = new ConcurrentHashMap<>();
        long t0 = System.nanoTime();
        List<LongList> lists = run(baseUrl, clients, seconds, call, errors, kinds);
        double elapsed = (System.nanoTime() - t0) / 1e9;
        for (LongList l : lists) {
            perClient.add(l.toArray());
        }
        return new Result(label, elapsed, merge(perClient), errors.get(), kinds);
    }

    private static List<LongList> run(
            String baseUrl,
            int clients,
            int seconds,
            Call call,
            AtomicLong errors,
            ConcurrentHashMap<String, AtomicLong> kinds)
            throws InterruptedException {
        long end = System.nanoTime() + seconds * 1_000_000_000L;
        List<LongList> lists = new ArrayList<>();
        List<Thread> threads = new ArrayList<>();
        AtomicLong sequence = new AtomicLong();
        for (int c = 0; c < clients; c++) {
            LongList list = new LongList();
            lists.add(list);
            int client = c;
            Thread t = new Thread(() -> {
                try (Http http = new Http(baseUrl)) {
                    while (System.nanoTime() < end) {
                        long n = sequence.getAndIncrement();
                        long s = System.nanoTime();
                        boolean ok;
                        String kind = null;
                        try {
                            ok = call.send(http, client, n);
                        } catch (Exception e) {
                            ok = false;
                            kind = e.getClass().getSimpleName();
                            http.close();
                        }
                        long micros = (System.nanoTime() - s) / 1000;
                        if (ok) {
                            list.add(micros);
                        } else if (errors != null) {
                            errors.incrementAndGet();
                            kinds.computeIfAbsent(kind == null ? "unexpected answer" : kind, k -> new AtomicLong())
                                    .incrementAndGet();
                        }
                    }
                }
            });
            t.start();
            threads.add(t);
        }
        for (Thread t : threads) {
            t.join();
        }
        return lists;
    }

    /**
     * An open loop: requests start at {@code rate} per second whatever the answers' speed, each
     * measured from when it was due (so a stall counts against every request it delays); the kind of
     * each request is chosen by {@code mix} from its number.
     */
    static Result open(String label, String baseUrl, int rate, int seconds, IntFunction<Kind> mix)
            throws InterruptedException {
        int workers = 64;
        ExecutorService pool = Executors.newFixedThreadPool(workers);
        ThreadLocal<Http> connections = ThreadLocal.withInitial(() -> new Http(baseUrl));
        ScheduledExecutorService ticker = Executors.newSingleThreadScheduledExecutor();
        LongList all = new LongList();
        ConcurrentHashMap<String, LongList> perKind = new ConcurrentHashMap<>();
        ConcurrentHashMap<String, AtomicLong> errorsPerKind = new ConcurrentHashMap<>();
        AtomicLong errors = new AtomicLong();
        ConcurrentHashMap<String, AtomicLong> kinds = new ConcurrentHashMap<>();
        long total = (long) rate * seconds;
        AtomicLong issued = new AtomicLong();
        long periodNanos = 1_000_000_000L / rate;
        long t0 = System.nanoTime();
        ticker.scheduleAtFixedRate(
                () -> {
                    long n = issued.getAndIncrement();
                    if (n >= total) {
                        return;
                    }
                    long due = t0 + n * periodNanos;
                    pool.execute(() -> {
                        Http http = connections.get();
                        boolean ok;
                        String kind = null;
                        Kind request = mix.apply((int) (n % 1000));
                        try {
                            ok = request.call().send(http, (int) (n % workers), n);
                        } catch (Exception e) {
                            ok = false;
                            kind = e.getClass().getSimpleName() + ": " + e.getMessage();
                            http.close();
                        }
                        long micros = (System.nanoTime() - due) / 1000;
                        if (ok) {
                            synchronized (all) {
                                all.add(micros);
                                perKind.computeIfAbsent(request.name(), k -> new LongList())
                                        .add(micros);
                            }
                        } else {
                            errors.incrementAndGet();
                            errorsPerKind
                                    .computeIfAbsent(request.name(), k -> new AtomicLong())
                                    .incrementAndGet();
                            kinds.computeIfAbsent(kind == null ? "unexpected answer" : kind, k -> new AtomicLong())
                                    .incrementAndGet();
                        }
                    });
                },
                0,
                periodNanos,
                TimeUnit.NANOSECONDS);
        while (issued.get() < total) {
            Thread.sleep(200);
        }
        ticker.shutdown();
        pool.shutdown();
        pool.awaitTermination(5, TimeUnit.MINUTES);
        double elapsed = (System.nanoTime() - t0) / 1e9;
        Result result = new Result(label, elapsed, all.toArray(), errors.get(), kinds);
        perKind.forEach((name, list) -> result.byKind.put(
                name,
                new Result(
                        name,
                        elapsed,
                        list.toArray(),
                        errorsPerKind.getOrDefault(name, new AtomicLong()).get(),
                        new ConcurrentHashMap<>())));
        return result;
    }

    private static long[] merge(List<long[]> parts) {
        int n = 0;
        for (long[] p : parts) {
            n += p.length;
        }
        long[] all = new long[n];
        int i = 0;
        for (long[] p : parts) {
            System.arraycopy(p, 0, all, i, p.length);
            i += p.length;
        }
        return all;
    }

    /** A growable array of longs, no boxing. */
    static final class LongList {
        private long[] values = new long[4096];
        private int size;

        void add(long v) {
            if (size == values.length) {
                values = Arrays.copyOf(values, size * 2);
            }
            values[size++] = v;
        }

        long[] toArray() {
            return Arrays.copyOf(values, size);
        }
    }
}
