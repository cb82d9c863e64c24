package org.policyflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.lang.management.ManagementFactory;
import java.util.Map;

import com.sun.management.HotSpotDiagnosticMXBean;

import org.junit.jupiter.api.Test;

/** The running JVM takes the idle-release settings; the test JVM, like the jar, starts without them. */
class IdleHeapReleaseTest {

    @Test
    void g1GetsPeriodicCollectionsAndGivesFreeHeapBack() {
        HotSpotDiagnosticMXBean vm = ManagementFactory.getPlatformMXBean(HotSpotDiagnosticMXBean.class);
        assumeThat(vm.getVMOption("UseG1GC").getValue()).as("the JVM's collector").isEqualTo("true");

        new IdleHeapRelease().apply();

        for (Map.Entry<String, String> flag : IdleHeapRelease.FLAGS) {
            assertThat(vm.getVMOption(flag.getKey()).getValue()).as(flag.getKey()).isEqualTo(flag.getValue());
        }
    }
}
