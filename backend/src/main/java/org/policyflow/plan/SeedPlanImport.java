package org.policyflow.plan;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

/**
 * Imports every document of the top-level seeds/ folder (packaged under {@code seeds/}) at start-up, after the
 * models (0), the registry (10) and identities (20). A document whose number is already imported is skipped, so
 * restarts change nothing. Off with {@code policyflow.seed.import=false}.
 */
@Component
@Order(SeedPlanImport.ORDER)
class SeedPlanImport implements ApplicationRunner {

    static final int ORDER = 30;
    static final String IMPORTED_BY = "system";
    private static final String FOLDER = "seeds/";
    private static final Logger log = LoggerFactory.getLogger(SeedPlanImport.class);

    private final ImportService imports;
    private final boolean enabled;

    SeedPlanImport(ImportService imports, @Value("${policyflow.seed.import:true}") boolean enabled) {
        this.imports = imports;
        this.enabled = enabled;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!enabled) {
            log.info("Seed plan import is off (policyflow.seed.import=false)");
            return;
        }
        for (Resource seed : seeds()) {
            String text = read(seed);
            Plan plan = imports.read(text);
            String docNumber = ImportService.docNumberOf(plan, text);
            Optional<Long> existing = imports.existingPlan(docNumber);
            if (existing.isPresent()) {
                log.info("Seed plan {} ({}) is already imported as plan {}: skipped", seed.getFilename(), docNumber,
                        existing.get());
                continue;
            }
            ImportService.ImportResult result = imports.confirm(
                    new ImportService.ImportRequest(text, ImportService.REBASED, null), IMPORTED_BY);
            log.info("Imported seed plan {} ({}) as plan {} with {} items", seed.getFilename(), docNumber, result.id(),
                    result.items().size());
        }
    }

    private static Resource[] seeds() {
        PathMatchingResourcePatternResolver resolver = new PathMatchingResourcePatternResolver();
        try {
            Resource[] seeds = resolver.getResources("classpath*:" + FOLDER + "*.txt");
            Arrays.sort(seeds, Comparator.comparing(Resource::getFilename));
            return seeds;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot list the seed plans in seeds/", e);
        }
    }

    private static String read(Resource seed) {
        try (InputStream in = seed.getInputStream()) {
            return PlanText.decode(in.readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read seed plan " + seed.getFilename(), e);
        }
    }
}
