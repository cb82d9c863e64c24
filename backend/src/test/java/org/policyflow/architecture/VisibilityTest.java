package org.policyflow.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;

/**
 * Package-private where possible: a top-level class of a feature package (org.policyflow.x) is public only if a class
 * of another package uses it, in the main code or in a test of another package (which needs it public to compile),
 * if a model names it by {@code camunda:class} (the engine instantiates it by reflection), or if it is named in the
 * list below with the reason why something the compiler does not see needs it public.
 * What nothing outside uses is the package's own business, and a reader sees that from its declaration.
 */
class VisibilityTest {

    /**
     * Public for a reason no class shows; keep it short and say why. (Spring beans, controllers, listeners named by
     * {@code delegateExpression}, records Jackson writes and properties Spring binds need not be public.)
     */
    static final Map<String, String> PUBLIC_FOR_ANOTHER_REASON = Map.of(
            "org.policyflow.identity.IdentityGroups",
            "published by identity (package-info): the one place for the role groups' names",
            "org.policyflow.identity.Administrators",
            "published by identity (package-info) beside @CoordinatingOffice and @Modellers, for any controller",
            "org.policyflow.identity.Permissions",
            "its constants are read in @PreAuthorize of other packages: the compiler inlines them, so no class shows");

    private static final Path MODELS = Path.of("../bpmn");
    private static final Pattern CAMUNDA_CLASS = Pattern.compile("<camunda:\\w+ [^>]*class=\"([\\w.]+)\"");

    @Test
    void aPublicClassIsOneAnotherPackageUses() throws IOException {
        ArchRule rule = classes()
                .that(topLevelMainClassesOfAFeaturePackage())
                .and().arePublic()
                .should(beUsedOutsideTheirPackage(namedByModels()))
                .because("what nothing outside a package uses is package-private (the project's guide)");
        // main and test classes: a test in another package counts as a user
        JavaClasses all = new ClassFileImporter().importPackages("org.policyflow");
        rule.check(all);
    }

    /** The other way round: the engine cannot instantiate a class a model names unless it is public. */
    @Test
    void everyClassAModelNamesIsPublic() throws Exception {
        Set<String> named = namedByModels();
        assertThat(named).as("camunda:class in bpmn/").isNotEmpty();
        for (String name : named) {
            assertThat(Modifier.isPublic(Class.forName(name).getModifiers())).as(name + " (camunda:class)").isTrue();
        }
    }

    /** The classes the models name by camunda:class (listeners the engine instantiates itself). */
    static Set<String> namedByModels() throws IOException {
        Set<String> named = new HashSet<>();
        try (Stream<Path> files = Files.list(MODELS)) {
            for (Path model : files.filter(file -> file.toString().endsWith(".bpmn")).toList()) {
                Matcher name = CAMUNDA_CLASS.matcher(Files.readString(model));
                while (name.find()) {
                    named.add(name.group(1));
                }
            }
        }
        return named;
    }

    private static DescribedPredicate<JavaClass> topLevelMainClassesOfAFeaturePackage() {
        return DescribedPredicate.describe("are top-level main classes of a feature package", javaClass ->
                javaClass.isTopLevelClass()
                        && javaClass.getPackageName().startsWith("org.policyflow.")
                        && !javaClass.getPackageName().startsWith("org.policyflow.simulation")
                        && javaClass.getSource().map(source -> !source.getUri().toString().contains("test-classes"))
                        .orElse(false));
    }

    private static ArchCondition<JavaClass> beUsedOutsideTheirPackage(Set<String> namedByModels) {
        return new ArchCondition<>("be used by a class of another package, be named by a model or be listed") {
            @Override
            public void check(JavaClass javaClass, ConditionEvents events) {
                boolean used = javaClass.getDirectDependenciesToSelf().stream().map(Dependency::getOriginClass)
                        .anyMatch(origin -> !origin.getPackageName().equals(javaClass.getPackageName()));
                boolean listed = PUBLIC_FOR_ANOTHER_REASON.containsKey(javaClass.getName())
                        || namedByModels.contains(javaClass.getName());
                if (!used && !listed) {
                    events.add(SimpleConditionEvent.violated(javaClass, javaClass.getName()
                            + " is public but no class of another package uses it: make it package-private"));
                }
            }
        };
    }
}
