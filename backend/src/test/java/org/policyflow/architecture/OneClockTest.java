package org.policyflow.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.Year;
import java.time.YearMonth;
import java.time.ZonedDateTime;
import java.util.Date;
import java.util.Set;

import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.Test;
import org.policyflow.engine.EngineClock;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaConstructorCall;
import com.tngtech.archunit.core.domain.JavaMethodCall;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;

/**
 * One clock: every date and time of record in src/main comes from {@link EngineClock}, the engine's time, which tests
 * and the compressed calendar move; a second clock would disagree with due dates and timers as soon as they do.
 * Measuring a duration with System.nanoTime() is not telling the time and stays allowed.
 */
class OneClockTest {

    /** The wall clock's ways in: java.time's now(), System.currentTimeMillis(), new Date(), Clock.system…(). */
    private static final Set<Class<?>> TIME_TYPES = Set.of(Instant.class, LocalDate.class, LocalDateTime.class,
            LocalTime.class, OffsetDateTime.class, ZonedDateTime.class, Year.class, YearMonth.class);

    static final DescribedPredicate<JavaMethodCall> READS_THE_WALL_CLOCK = DescribedPredicate.describe(
            "now() of java.time, System.currentTimeMillis() or Clock.system…()", call -> {
                String owner = call.getTargetOwner().getName();
                String name = call.getName();
                return "now".equals(name) && TIME_TYPES.stream().anyMatch(type -> type.getName().equals(owner))
                        || "currentTimeMillis".equals(name) && System.class.getName().equals(owner)
                        || name.startsWith("system") && Clock.class.getName().equals(owner);
            });

    static final DescribedPredicate<JavaConstructorCall> NEW_DATE_OF_NOW = DescribedPredicate.describe(
            "new Date()", call -> Date.class.getName().equals(call.getTargetOwner().getName())
                    && call.getTarget().getRawParameterTypes().isEmpty());

    static final ArchRule NOTHING_BUT_THE_ENGINE_CLOCK_TELLS_THE_TIME = noClasses()
            .that().doNotBelongToAnyOf(EngineClock.class)
            // the simulation module, on the test class path, is a client of a running server that times its own run
            // by the wall clock (its stall limit, the elapsed time it reports); the server's time is not its business
            .and(DescribedPredicate.describe("are outside the simulation client",
                    type -> !type.getPackageName().startsWith("org.policyflow.simulation")))
            .should().callMethodWhere(READS_THE_WALL_CLOCK)
            .orShould().callConstructorWhere(NEW_DATE_OF_NOW)
            .orShould().dependOnClassesThat().belongToAnyOf(ClockUtil.class)
            .because("dates and times of record come from EngineClock, which moves with the engine's clock");

    @Test
    void nothingButTheEngineClockTellsTheTime() {
        NOTHING_BUT_THE_ENGINE_CLOCK_TELLS_THE_TIME.check(new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("org.policyflow"));
    }
}
