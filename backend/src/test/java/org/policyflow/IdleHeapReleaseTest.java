package org.policyflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.lang.management.ManagementFactory;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

import com.sun.management.HotSpotDiagnosticMXBean;

import jakarta.servlet.FilterChain;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

class IdleHeapReleaseTest {

    private final AtomicLong now = new AtomicLong(1_000);
    private final IdleHeapRelease release = new IdleHeapRelease(now::get);

    @Test
    void dueOnceAfterAQuietSpellAndAgainOnlyAfterTheNextRequest() throws Exception {
        assertThat(release.releaseDue()).as("just started").isFalse();
        now.addAndGet(IdleHeapRelease.IDLE.toNanos() - 1);
        assertThat(release.releaseDue()).as("one nanosecond short of the quiet spell").isFalse();
        now.addAndGet(1);
        assertThat(release.releaseDue()).as("quiet long enough").isTrue();

        request();
        assertThat(release.releaseDue()).as("a request has just come in").isFalse();
        now.addAndGet(IdleHeapRelease.IDLE.toNanos());
        assertThat(release.releaseDue()).as("quiet again").isTrue();
    }

    @Test
    void theFilterPassesTheRequestOn() throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest();
        FilterChain chain = (req, res) -> req.setAttribute("passed", true);
        release.doFilter(request, new MockHttpServletResponse(), chain);
        assertThat(request.getAttribute("passed")).isEqualTo(true);
    }

    @Test
    void g1GivesFreeHeapBack() {
        HotSpotDiagnosticMXBean vm = ManagementFactory.getPlatformMXBean(HotSpotDiagnosticMXBean.class);
        assumeThat(vm.getVMOption("UseG1GC").getValue()).as("the JVM's collector").isEqualTo("true");

        IdleHeapRelease.applyFlags();

        for (Map.Entry<String, String> flag : IdleHeapRelease.FLAGS) {
            assertThat(vm.getVMOption(flag.getKey()).getValue()).as(flag.getKey()).isEqualTo(flag.getValue());
        }
    }

    @Test
    void theJvmTrimsItsNativeHeapOnLinux() {
        assumeThat(System.getProperty("os.name")).isEqualTo("Linux");
        assertThat(IdleHeapRelease.trimNativeHeap()).startsWith("Trim native heap: RSS+Swap:");
    }

    private void request() throws Exception {
        release.doFilter(new MockHttpServletRequest(), new MockHttpServletResponse(), (req, res) -> { });
    }
}
