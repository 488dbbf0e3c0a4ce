package dev.cairn.core.arch;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/**
 * The engine's packages form layers a newcomer can walk: foundations (json, crypto, srp,
 * validation, storage, engine, token, delivery), the runtime (axon, personal), the domain
 * (userpool, user), then the journeys that translate requests into commands (auth, signup,
 * password, selfservice, admin, client, group, verification, audit). No package reaches back up.
 */
class PackagesAreFreeOfCyclesTest {

    private final JavaClasses core = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("dev.cairn.core");

    @Test
    void engineCoreHasNoPackageCycles() {
        slices().matching("dev.cairn.core.(*)..").should().beFreeOfCycles().check(core);
    }

    @Test
    void theDomainKnowsNoJourney() {
        noClasses().that().resideInAnyPackage("dev.cairn.core.user..", "dev.cairn.core.userpool..")
                .should().dependOnClassesThat().resideInAnyPackage("dev.cairn.core.auth..", "dev.cairn.core.signup..",
                        "dev.cairn.core.password..", "dev.cairn.core.selfservice..", "dev.cairn.core.admin..",
                        "dev.cairn.core.client..", "dev.cairn.core.group..", "dev.cairn.core.verification..")
                .check(core);
    }

    @Test
    void theRuntimeKnowsNoDomain() {
        noClasses().that().resideInAnyPackage("dev.cairn.core.axon..", "dev.cairn.core.storage..", "dev.cairn.core.crypto..",
                        "dev.cairn.core.engine..")
                .should().dependOnClassesThat().resideInAnyPackage("dev.cairn.core.user..", "dev.cairn.core.userpool..",
                        "dev.cairn.core.auth..", "dev.cairn.core.personal..")
                .check(core);
    }
}
