package org.policyflow;

import java.lang.management.ManagementFactory;
import java.util.List;
import java.util.Map;

import com.sun.management.HotSpotDiagnosticMXBean;
import com.sun.management.VMOption;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Lets the JVM give memory back once a burst of work is over. Started as the README starts it (no JVM flags), the
 * heap may grow to a quarter of the machine's memory, and G1 keeps what it grew to: 2–2.5 GB of RSS after a load that
 * needs a few hundred MB (docs/BENCHMARKS.md, §5). These G1 flags are "manageable", so they can be set at run time: a
 * periodic collection when the server is idle, and a heap shrunk to little more than the live data. A value the
 * operator set on the command line is left alone.
 */
@Component
class IdleHeapRelease {

    /** Applied in this order: MinHeapFreeRatio may never exceed MaxHeapFreeRatio. */
    static final List<Map.Entry<String, String>> FLAGS = List.of(Map.entry("MinHeapFreeRatio", "10"),
            Map.entry("MaxHeapFreeRatio", "30"), Map.entry("G1PeriodicGCInterval", "60000"));

    private static final Logger log = LoggerFactory.getLogger(IdleHeapRelease.class);

    @EventListener(ApplicationReadyEvent.class)
    void apply() {
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
}
