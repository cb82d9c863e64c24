package org.policyflow;

import java.lang.management.ManagementFactory;
import java.util.ArrayList;
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
 * Lets G1 give memory back once a burst of work is over. Started as the README starts it (no JVM flags), the heap may
 * grow to a quarter of the machine's memory, and G1 keeps what it grew to: 1.3-2.5 GB of RSS after a load whose live
 * data is about 120 MB (docs/BENCHMARKS.md, §5). G1's periodic collection does the releasing: after
 * {@code G1PeriodicGCInterval} without a collection (an idle server allocates next to nothing, so: that long after
 * the last burst), it collects and shrinks the heap to the live data plus {@code MaxHeapFreeRatio}. These flags are
 * "manageable", so the application sets them at start; a value the operator set on the command line is kept.
 */
@Component
class HeapReleaseFlags {

    /** Applied in this order: MinHeapFreeRatio may never exceed MaxHeapFreeRatio. 30 s of quiet, in milliseconds. */
    static final List<Map.Entry<String, String>> FLAGS = List.of(Map.entry("MinHeapFreeRatio", "10"),
            Map.entry("MaxHeapFreeRatio", "30"), Map.entry("G1PeriodicGCInterval", "30000"));

    private static final Logger log = LoggerFactory.getLogger(HeapReleaseFlags.class);

    @EventListener(ApplicationReadyEvent.class)
    void apply() {
        HotSpotDiagnosticMXBean vm = ManagementFactory.getPlatformMXBean(HotSpotDiagnosticMXBean.class);
        if (vm == null || !"true".equals(vm.getVMOption("UseG1GC").getValue())) {
            log.info("The JVM does not use G1: no periodic collection set, the heap is given back as its collector does");
            return;
        }
        List<String> set = new ArrayList<>();
        List<String> kept = new ArrayList<>();
        for (Map.Entry<String, String> flag : FLAGS) {
            VMOption option = vm.getVMOption(flag.getKey());
            if (option.getOrigin() != VMOption.Origin.DEFAULT) {
                kept.add(flag.getKey() + "=" + option.getValue());
                continue;
            }
            try {
                vm.setVMOption(flag.getKey(), flag.getValue());
                set.add(flag.getKey() + "=" + flag.getValue());
            } catch (IllegalArgumentException refused) {
                kept.add(flag.getKey() + "=" + option.getValue() + " (" + refused.getMessage() + ")");
            }
        }
        log.info("G1 gives the heap back when idle: set {}; kept {}", set, kept);
    }
}
