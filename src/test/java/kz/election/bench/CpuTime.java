package kz.election.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * CPU seconds spent by each side of the run (the application nodes, PostgreSQL, the benchmark's own
 * clients), read from /proc: on a machine of 2 cores they share, this says where the cores went.
 * PostgreSQL is every process named {@code postgres} (postmaster and backends) plus what its ended
 * children left in the postmaster's {@code cutime}/{@code cstime}.
 */
final class CpuTime {

    /** Linux's USER_HZ: /proc counts CPU time in ticks of 1/100 s on every mainstream kernel. */
    private static final double TICKS_PER_SECOND = 100.0;

    private CpuTime() {
    }

    /** CPU seconds so far: "node-1"..., "postgres", "benchmark" (this JVM). */
    static Map<String, Double> snapshot(List<AppNode> nodes) {
        Map<String, Double> m = new LinkedHashMap<>();
        for (AppNode node : nodes) {
            m.put(node.name(), seconds(node.pid(), false));
        }
        m.put("postgres", postgres());
        m.put("benchmark", seconds(ProcessHandle.current().pid(), false));
        return m;
    }

    /** after - before, per side, in CPU seconds. */
    static Map<String, Double> spent(Map<String, Double> before, Map<String, Double> after) {
        Map<String, Double> m = new LinkedHashMap<>();
        after.forEach((side, seconds) -> m.put(side, seconds - before.getOrDefault(side, 0.0)));
        return m;
    }

    private static double postgres() {
        double total = 0;
        try (Stream<Path> processes = Files.list(Path.of("/proc"))) {
            for (Path p : processes.filter(p -> p.getFileName().toString().matches("\\d+")).toList()) {
                String comm = read(p.resolve("comm")).strip();
                if (comm.equals("postgres")) {
                    long pid = Long.parseLong(p.getFileName().toString());
                    // the postmaster (parent not itself postgres) also holds its ended backends' time
                    total += seconds(pid, isPostmaster(pid));
                }
            }
        } catch (IOException e) {
            return Double.NaN;
        }
        return total;
    }

    private static boolean isPostmaster(long pid) {
        String[] stat = stat(pid);
        if (stat == null) {
            return false;
        }
        String parentComm = read(Path.of("/proc", stat[3], "comm")).strip();
        return !parentComm.equals("postgres");
    }

    private static double seconds(long pid, boolean withEndedChildren) {
        String[] stat = stat(pid);
        if (stat == null) {
            return 0;
        }
        long ticks = Long.parseLong(stat[13]) + Long.parseLong(stat[14]);
        if (withEndedChildren) {
            ticks += Long.parseLong(stat[15]) + Long.parseLong(stat[16]);
        }
        return ticks / TICKS_PER_SECOND;
    }

    /** /proc/pid/stat split into fields (1-based field n at index n-1); the command name may hold spaces. */
    private static String[] stat(long pid) {
        String text = read(Path.of("/proc", Long.toString(pid), "stat"));
        int close = text.lastIndexOf(')');
        if (close < 0) {
            return null;
        }
        String[] rest = text.substring(close + 2).trim().split(" ");
        String[] fields = new String[rest.length + 2];
        fields[0] = Long.toString(pid);
        fields[1] = text.substring(text.indexOf('(') + 1, close);
        System.arraycopy(rest, 0, fields, 2, rest.length);
        return fields;
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            return "";
        }
    }
}
