package org.policyflow.architecture;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.type;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.policyflow.OwnsTables;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;

/**
 * Camunda's internals (org.camunda.bpm.engine.impl, which change between minor versions without notice) are touched
 * by org.policyflow.engine alone: it offers hooks (DeploymentCheck, UserTaskParseHook, ModelExpressionBeans) and
 * helpers (EngineAsSystem, EngineAsUser, ProcessInstanceStartHook, EngineClock, StoredPasswords,
 * CamundaFormDefinitions) that the features implement or call. Dependencies point from the features to the engine package, never back. Test code may use the internals.
 */
class EngineBoundaryTest {

    static final String ENGINE = "org.policyflow.engine..";
    static final String CAMUNDA_INTERNALS = "org.camunda.bpm.engine.impl..";

    static final ArchRule ONLY_THE_ENGINE_PACKAGE_TOUCHES_CAMUNDA_INTERNALS = noClasses()
            .that().resideOutsideOfPackage(ENGINE)
            .should().dependOnClassesThat().resideInAPackage(CAMUNDA_INTERNALS)
            .because("the engine package offers hooks and helpers for what the features need of the engine");

    static final ArchRule THE_ENGINE_PACKAGE_DEPENDS_ON_NO_FEATURE = noClasses()
            .that().resideInAPackage(ENGINE)
            .should().dependOnClassesThat(resideInAPackage("org.policyflow..").and(not(resideInAPackage(ENGINE)))
                    // the package annotation every feature carries, saying it owns no tables
                    .and(not(type(OwnsTables.class))))
            .because("features implement the engine's hooks and call its helpers, never the other way round");

    private static JavaClasses main;

    @BeforeAll
    static void importMainClasses() {
        main = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.policyflow");
    }

    @Test
    void onlyTheEnginePackageTouchesCamundaInternals() {
        ONLY_THE_ENGINE_PACKAGE_TOUCHES_CAMUNDA_INTERNALS.check(main);
    }

    @Test
    void theEnginePackageDependsOnNoFeature() {
        THE_ENGINE_PACKAGE_DEPENDS_ON_NO_FEATURE.check(main);
    }
}
