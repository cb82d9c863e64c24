package org.policyflow;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryUsage;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;

import javax.management.JMException;
import javax.management.ObjectName;

import com.sun.management.HotSpotDiagnosticMXBean;
import com.sun.management.VMOption;

import jakarta.annotation.PreDestroy;
import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Gives memory back once a burst of work is over. Started as the README starts it (no JVM flags), the heap may grow to
 * a quarter of the machine's memory, and G1 keeps what it grew to: 1.3-2.5 GB of RSS after a load whose live data is
 * about 120 MB (docs/BENCHMARKS.md, §5). After {@link #IDLE} without an HTTP request the server collects once, which
 * shrinks the heap to the live data plus {@code MaxHeapFreeRatio} (a manageable flag, set here unless the operator set
 * it), and returns the C heap's free pages to the system (glibc keeps them otherwise). The next burst grows the heap
 * again; the collection costs about a second of one core, only when nobody is waiting.
 */
@Component
class IdleHeapRelease implements Filter {

    /** Applied in this order: MinHeapFreeRatio may never exceed MaxHeapFreeRatio. */
    static final List<Map.Entry<String, String>> FLAGS = List.of(Map.entry("MinHeapFreeRatio", "10"),
            Map.entry("MaxHeapFreeRatio", "30"));
    static final Duration IDLE = Duration.ofSeconds(30);

    private static final Logger log = LoggerFactory.getLogger(IdleHeapRelease.class);

    private final LongSupplier nanoClock;
    private volatile long lastRequestAt;
    private volatile boolean released;
    private ScheduledExecutorService watcher;

    @Autowired
    IdleHeapRelease() {
        this(System::nanoTime);
    }

    IdleHeapRelease(LongSupplier nanoClock) {
        this.nanoClock = nanoClock;
        this.lastRequestAt = nanoClock.getAsLong();
    }

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        lastRequestAt = nanoClock.getAsLong();
        released = false;
        chain.doFilter(request, response);
    }

    @EventListener(ApplicationReadyEvent.class)
    void start() {
        applyFlags();
        watcher = Executors.newSingleThreadScheduledExecutor(task -> {
            Thread thread = new Thread(task, "idle-heap-release");
            thread.setDaemon(true);
            return thread;
        });
        watcher.scheduleWithFixedDelay(this::releaseIfIdle, 10, 10, TimeUnit.SECONDS);
    }

    @PreDestroy
    void stop() {
        if (watcher != null) {
            watcher.shutdownNow();
        }
    }

    static void applyFlags() {
        HotSpotDiagnosticMXBean vm = ManagementFactory.getPlatformMXBean(HotSpotDiagnosticMXBean.class);
        if (vm == null || !"true".equals(vm.getVMOption("UseG1GC").getValue())) {
            return;
        }
        for (Map.Entry<String, String> flag : FLAGS) {
            if (vm.getVMOption(flag.getKey()).getOrigin() == VMOption.Origin.DEFAULT) {
                try {
                    vm.setVMOption(flag.getKey(), flag.getValue());
                } catch (IllegalArgumentException refused) {
                    log.info("JVM option {}={} not applied: {}", flag.getKey(), flag.getValue(), refused.getMessage());
                }
            }
        }
    }

    /** True once per quiet spell: {@link #IDLE} after the last request, and not again until the next one. */
    boolean releaseDue() {
        return !released && nanoClock.getAsLong() - lastRequestAt >= IDLE.toNanos();
    }

    private void releaseIfIdle() {
        if (!releaseDue()) {
            return;
        }
        released = true;
        MemoryUsage before = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage();
        System.gc();
        MemoryUsage after = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage();
        log.info("Idle for {} s: heap collected, committed {} MB -> {} MB (in use {} MB); {}", IDLE.toSeconds(),
                before.getCommitted() >> 20, after.getCommitted() >> 20, after.getUsed() >> 20, trimNativeHeap());
    }

    /** Asks the JVM to hand the C heap's free memory back (jcmd System.trim_native_heap); its answer, for the log. */
    static String trimNativeHeap() {
        try {
            Object answer = ManagementFactory.getPlatformMBeanServer().invoke(
                    new ObjectName("com.sun.management:type=DiagnosticCommand"), "systemTrimNativeHeap",
                    new Object[] {new String[0]}, new String[] {String[].class.getName()});
            return String.valueOf(answer).strip();
        } catch (JMException | RuntimeException unsupported) {
            return "native heap not trimmed (" + unsupported.getMessage() + ")";
        }
    }
}
