package dev.cairn.api.arch;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/** Host applications compile against engine-api alone: no Axon, no storage, no engine internals in it. */
class ApiStaysFrameworkFreeTest {

    private final JavaClasses api = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("dev.cairn.api");

    @Test
    void theApiDependsOnNoFrameworkButJacksonAnnotations() {
        noClasses().should().dependOnClassesThat().resideInAnyPackage("org.axonframework..", "com.github.benmanes..",
                "org.bouncycastle..", "java.sql..", "com.fasterxml.jackson.databind..", "dev.cairn.core..", "dev.cairn.storage..")
                .check(api);
    }
}
