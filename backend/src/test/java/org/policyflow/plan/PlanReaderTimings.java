package org.policyflow.plan;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.IntFunction;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.policyflow.department.DepartmentRegistry;

/**
 * Prints how long the reader takes on the hostile texts (docs/BENCHMARKS.md); run by hand only:
 * {@code mvn -B -o -pl backend test -Dtest=PlanReaderTimings -Dplan.timings=true} (-Dplan.timings.sizes=deep:4000,…
 * chooses the texts, -Dplan.timings.dump=DIR writes each plan read as JSON, to compare two versions of the reader).
 */
@EnabledIfSystemProperty(named = "plan.timings", matches = "true")
class PlanReaderTimings {

    @Test
    void printTimings() throws IOException {
        PlanReader reader = new PlanReader(DepartmentRegistry.load());
        ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
        reader.read(HostilePlans.manyItems(2000));   // warm-up
        for (String size : System.getProperty("plan.timings.sizes", "deep:4000,items:8000").split(",")) {
            String[] kindAndSize = size.split(":");
            IntFunction<String> build = switch (kindAndSize[0]) {
                case "deep" -> HostilePlans::deepNote;
                case "items" -> HostilePlans::manyItems;
                case "lines" -> HostilePlans::manyLines;
                default -> HostilePlans::unbalanced;
            };
            String text = build.apply(Integer.parseInt(kindAndSize[1]));
            // CPU time of this thread: the build machine is shared, so wall-clock time says more about the others
            long start = cpu.getCurrentThreadCpuTime();
            long wallStart = System.nanoTime();
            Plan plan = reader.read(text);
            System.out.printf("TIMING %s chars=%d items=%d cpu %.3f s wall %.3f s%n", size, text.length(),
                    plan.items().size(), (cpu.getCurrentThreadCpuTime() - start) / 1e9,
                    (System.nanoTime() - wallStart) / 1e9);
            String dump = System.getProperty("plan.timings.dump");
            if (dump != null) {
                Files.writeString(Path.of(dump, size.replace(':', '-') + ".json"),
                        ParseCommand.json().writeValueAsString(plan));
            }
        }
    }
}
