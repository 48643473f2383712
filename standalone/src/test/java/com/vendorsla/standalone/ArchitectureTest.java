package com.vendorsla.standalone;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.deadline.annotation.DeadlineHandler;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.saga.SagaEventHandler;
import org.axonframework.queryhandling.QueryHandler;
import org.axonframework.serialization.Revision;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noMethods;

/**
 * The module boundaries of the README (library's ModularArchitectureTest): the two sides meet only through the
 * event store, the shared kernel and platform-web; the shared kernel is plain Java; platform-web is the HTTP edge
 * both sides share and knows neither side nor any message handler.
 */
class ArchitectureTest {

    private static JavaClasses platform;

    @BeforeAll
    static void importMainCode() {
        platform = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("com.vendorsla");
    }

    @Test
    void theCommandSideNeverDependsOnTheQuerySide() {
        noClasses().that().resideInAPackage("com.vendorsla.command..")
                .should().dependOnClassesThat().resideInAPackage("com.vendorsla.query..")
                .check(platform);
    }

    @Test
    void theQuerySideNeverDependsOnTheCommandSide() {
        noClasses().that().resideInAPackage("com.vendorsla.query..")
                .should().dependOnClassesThat().resideInAPackage("com.vendorsla.command..")
                .check(platform);
    }

    @Test
    void platformWebDependsOnNeitherSide() {
        noClasses().that().resideInAPackage("com.vendorsla.platform..")
                .should().dependOnClassesThat().resideInAnyPackage("com.vendorsla.command..", "com.vendorsla.query..",
                        "com.vendorsla.standalone..")
                .check(platform);
    }

    @Test
    void platformWebHoldsNoAxonHandlerAggregateOrSaga() {
        noMethods().that().areDeclaredInClassesThat().resideInAPackage("com.vendorsla.platform..")
                .should().beAnnotatedWith(CommandHandler.class)
                .orShould().beAnnotatedWith(EventHandler.class)
                .orShould().beAnnotatedWith(QueryHandler.class)
                .orShould().beAnnotatedWith(EventSourcingHandler.class)
                .orShould().beAnnotatedWith(SagaEventHandler.class)
                .orShould().beAnnotatedWith(DeadlineHandler.class)
                .check(platform);
        noClasses().that().resideInAPackage("com.vendorsla.platform..")
                .should().beAnnotatedWith(org.axonframework.spring.stereotype.Aggregate.class)
                .orShould().beAnnotatedWith(org.axonframework.spring.stereotype.Saga.class)
                .orShould().beAnnotatedWith(ProcessingGroup.class)
                .check(platform);
    }

    @Test
    void theSharedKernelUsesNoSpringJpaOrHibernate_andNeitherSide() {
        noClasses().that().resideInAPackage("com.vendorsla.sharedkernel..")
                .should().dependOnClassesThat().resideInAnyPackage("org.springframework..", "jakarta.persistence..",
                        "org.hibernate..", "com.vendorsla.command..", "com.vendorsla.query..", "com.vendorsla.standalone..",
                        "com.vendorsla.platform..")
                .check(platform);
    }

    @Test
    void everyEventIsARecordAtAnExplicitRevision() {
        classes().that().resideInAPackage("com.vendorsla.sharedkernel..event..").and().areNotInterfaces()
                .should().beRecords().andShould().beAnnotatedWith(Revision.class)
                .check(platform);
    }

    @Test
    void aggregatesTakeTimeAndIdsFromTheirCommands() {
        noClasses().that().areAnnotatedWith(org.axonframework.spring.stereotype.Aggregate.class)
                .should().callMethod(Instant.class, "now")
                .orShould().callMethod(LocalDate.class, "now")
                .orShould().callMethod(UUID.class, "randomUUID")
                .check(platform);
    }
}
