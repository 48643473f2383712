package com.vendorsla.command.intake;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.vendorsla.command.performance.AgreementFacts;
import com.vendorsla.sharedkernel.agreement.terms.ServiceLevel;
import com.vendorsla.sharedkernel.agreement.terms.ServiceLevelKind;
import com.vendorsla.sharedkernel.intake.command.CreateMonitorBinding;
import com.vendorsla.sharedkernel.intake.command.RemoveMonitorBinding;
import com.vendorsla.sharedkernel.intake.event.MonitorBindingCreated;
import com.vendorsla.sharedkernel.intake.event.MonitorBindingRemoved;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

import java.time.YearMonth;
import java.time.ZoneOffset;

import static com.vendorsla.command.intake.IntakeRules.require;
import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/** Label matchers → an availability service level of an agreement, with the cause its downtime is recorded with. */
@JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY)
@Aggregate
public class MonitorBinding {

    @AggregateIdentifier
    private String bindingId;
    private boolean removed;

    protected MonitorBinding() {
        // for Axon
    }

    @CommandHandler
    MonitorBinding(CreateMonitorBinding command, AgreementFacts agreements) {
        YearMonth month = YearMonth.from(command.occurredAt().atZone(ZoneOffset.UTC));
        AgreementFacts.PeriodTerms terms = agreements.forPeriod(command.agreementId(), month)
                .or(() -> agreements.forPeriod(command.agreementId(), month.minusMonths(1)))
                .orElseThrow(() -> new com.vendorsla.sharedkernel.common.BusinessRuleViolation(IntakeRules.UNKNOWN_AGREEMENT,
                        "no agreement " + command.agreementId() + " in force now"));
        ServiceLevel level = terms.terms().serviceLevel(command.serviceLevelId()).orElse(null);
        require(level != null, IntakeRules.UNKNOWN_SERVICE_LEVEL,
                "the terms in force have no service level '" + command.serviceLevelId() + "'");
        require(level.kind() == ServiceLevelKind.AVAILABILITY, IntakeRules.UNKNOWN_SERVICE_LEVEL,
                "service level '" + command.serviceLevelId() + "' is " + level.kind() + ": alerts record downtime of AVAILABILITY levels");
        apply(new MonitorBindingCreated(command.bindingId(), command.name(), command.matchers(), command.agreementId(),
                command.serviceLevelId(), command.cause(), command.occurredAt()));
    }

    @CommandHandler
    void handle(RemoveMonitorBinding command) {
        require(!removed, IntakeRules.BINDING_REMOVED, "monitor binding " + bindingId + " is removed already");
        apply(new MonitorBindingRemoved(bindingId, command.occurredAt()));
    }

    @EventSourcingHandler
    void on(MonitorBindingCreated event) {
        bindingId = event.bindingId();
    }

    @EventSourcingHandler
    void on(MonitorBindingRemoved event) {
        removed = true;
    }
}
