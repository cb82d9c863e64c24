package org.policyflow.benchmark;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** What the figures were measured on: cores, memory and the load average at the moment of a figure. */
final class Machine {

    private Machine() {
    }

    /** The 1, 5 and 15 minute load averages, as /proc/loadavg gives them ("2.93 1.18 0.45"). */
    static String load() {
        try {
            String[] fields = Files.readString(Path.of("/proc/loadavg")).trim().split("\\s+");
            return fields[0] + " " + fields[1] + " " + fields[2];
        } catch (IOException e) {
            return "unknown";
        }
    }

    static String describe() {
        long memKb = 0;
        try {
            for (String line : Files.readAllLines(Path.of("/proc/meminfo"))) {
                if (line.startsWith("MemTotal:")) {
                    memKb = Long.parseLong(line.replaceAll("\\D", ""));
                }
            }
        } catch (IOException e) {
            // reported as 0
        }
        return Runtime.getRuntime().availableProcessors() + " cores, " + memKb / 1024 / 1024 + " GB memory, "
                + System.getProperty("java.vm.name") + " " + System.getProperty("java.version") + ", load " + load();
    }

    /** Resident set size of a process in MB, from /proc/{pid}/status (VmRSS). */
    static long rssMb(long pid) {
        try {
            List<String> status = Files.readAllLines(Path.of("/proc/" + pid + "/status"));
            for (String line : status) {
                if (line.startsWith("VmRSS:")) {
                    return Long.parseLong(line.replaceAll("\\D", "")) / 1024;
                }
            }
        } catch (IOException e) {
            throw new IllegalStateException("no /proc entry for process " + pid, e);
        }
        throw new IllegalStateException("no VmRSS for process " + pid);
    }
}
