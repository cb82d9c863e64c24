package org.policyflow.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RestController;

/** How the feature packages (org.policyflow.x) may depend on each other, checked on the main classes. */
@AnalyzeClasses(packages = "org.policyflow", importOptions = ImportOption.DoNotIncludeTests.class)
class PackageRulesTest {

    /** A cycle makes two features one in all but name: neither can change or be read without the other. */
    @ArchTest
    static final ArchRule featurePackagesHaveNoCycles = slices().matching("org.policyflow.(*)..")
            .should().beFreeOfCycles();

    /** Controllers speak HTTP and call their feature's services; the SQL lives in the tables' owner's classes. */
    @ArchTest
    static final ArchRule controllersDoNotTouchJdbc = noClasses()
            .that().areAnnotatedWith(RestController.class).or().areAnnotatedWith(Controller.class)
            .should().dependOnClassesThat().resideInAnyPackage("org.springframework.jdbc..", "java.sql..",
                    "javax.sql..");
}
