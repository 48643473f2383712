package com.vendorsla.command.performance;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.vendorsla.sharedkernel.agreement.TerminationRightCause;
import com.vendorsla.sharedkernel.agreement.command.GrantTerminationRight;
import com.vendorsla.sharedkernel.agreement.terms.EarnBack;
import com.vendorsla.sharedkernel.agreement.terms.ServiceLevel;
import com.vendorsla.sharedkernel.agreement.terms.TerminationPolicy;
import com.vendorsla.sharedkernel.performance.CreditId;
import com.vendorsla.sharedkernel.performance.CreditLineType;
import com.vendorsla.sharedkernel.performance.DisputeOutcome;
import com.vendorsla.sharedkernel.performance.ServiceLevelOutcome;
import com.vendorsla.sharedkernel.performance.calc.EarnBackCalculator;
import com.vendorsla.sharedkernel.performance.calc.EarnBackDecision;
import com.vendorsla.sharedkernel.performance.calc.EarnBackHistory;
import com.vendorsla.sharedkernel.performance.calc.EarnBackStatus;
import com.vendorsla.sharedkernel.performance.calc.TerminationRightCalculator;
import com.vendorsla.sharedkernel.performance.calc.TerminationRightGrant;
import com.vendorsla.sharedkernel.performance.command.ClawBackCredit;
import com.vendorsla.sharedkernel.performance.command.LapseEarnBack;
import com.vendorsla.sharedkernel.performance.event.CreditDisputeResolved;
import com.vendorsla.sharedkernel.performance.event.PeriodClosed;
import com.vendorsla.sharedkernel.performance.event.PeriodOpened;
import com.vendorsla.sharedkernel.performance.event.PeriodReevaluated;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.modelling.saga.SagaEventHandler;
import org.axonframework.modelling.saga.StartSaga;
import org.axonframework.spring.stereotype.Saga;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Counts across the periods of one agreement (domain.md, Earn-back and Termination rights): which critical
 * service levels were met or breached in which closed month, which credits may still be earned back. When a
 * period closes it decides, with the pure calculators, whether credits are clawed back or lapse and whether a
 * termination right is granted, and sends those decisions as commands. Keyed on the agreement id.
 */
@Saga
@ProcessingGroup(AgreementPerformanceProcess.NAME)
@JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY)
public class AgreementPerformanceProcess {

    public static final String NAME = "agreement-performance-process";
    private static final String KEY = "agreementId";

    // Not final: Axon stores a saga as JSON and Jackson 3 rebuilds it field by field; a final field would come
    // back empty after every event (StateSerializationTest).

    /** Per month: the policies of the terms version the month was measured against, and its coverage zone. */
    private Map<String, MonthTerms> termsByMonth = new TreeMap<>();
    /** Per service level id: month → met, for closed months (re-evaluations overwrite). */
    private Map<String, TreeMap<String, Boolean>> metByServiceLevel = new TreeMap<>();
    /** Credits that may still be earned back. */
    private List<PendingEarnBack> pending = new ArrayList<>();
    /** Rights already asked for, so a replayed close does not grant twice. */
    private List<String> rightsRequested = new ArrayList<>();

    @Autowired
    private transient CommandGateway commands;

    record MonthTerms(EarnBack earnBack, TerminationPolicy termination, String timeZone, List<String> critical) {
    }

    record PendingEarnBack(String creditId, String serviceLevelId, String creditMonth) {
    }

    @StartSaga
    @SagaEventHandler(associationProperty = KEY)
    void on(PeriodOpened event) {
        termsByMonth.put(event.month().toString(), new MonthTerms(event.terms().earnBack(), event.terms().termination(),
                event.terms().coverage().timeZone(),
                event.terms().serviceLevels().stream().filter(ServiceLevel::isCritical).map(ServiceLevel::id).toList()));
    }

    @SagaEventHandler(associationProperty = KEY)
    void on(PeriodClosed event) {
        record(event.month(), event.results());
        MonthTerms terms = termsByMonth.get(event.month().toString());
        decideEarnBacks(event.occurredAt());
        if (terms != null && terms.earnBack() != null && terms.earnBack().enabled()) {
            event.credits().stream().filter(line -> line.type() == CreditLineType.ASSESSED && line.amount().signum() > 0)
                    .forEach(line -> pending.add(new PendingEarnBack(line.creditId(), line.serviceLevelId(),
                            event.month().toString())));
        }
        if (terms != null && terms.termination() != null) {
            LocalDate grantedOn = event.closedAt().atZone(ZoneId.of(terms.timeZone())).toLocalDate();
            for (ServiceLevelOutcome outcome : event.results()) {
                if (terms.critical().contains(outcome.serviceLevelId())) {
                    grantIfDue(event, terms.termination(), outcome, grantedOn);
                }
            }
        }
    }

    @SagaEventHandler(associationProperty = KEY)
    void on(PeriodReevaluated event) {
        record(event.month(), event.results());
        event.adjustments().stream()
                .filter(line -> line.amount().signum() > 0 && pending.stream().noneMatch(p -> p.creditId().equals(line.creditId())))
                .filter(line -> Optional.ofNullable(termsByMonth.get(event.month().toString()))
                        .map(t -> t.earnBack() != null && t.earnBack().enabled()).orElse(false))
                .forEach(line -> pending.add(new PendingEarnBack(line.creditId(), line.serviceLevelId(), event.month().toString())));
        decideEarnBacks(event.occurredAt());
    }

    /** Credits disputed and withdrawn are not eligible for earn-back (domain.md). */
    @SagaEventHandler(associationProperty = KEY)
    void on(CreditDisputeResolved event) {
        if (event.outcome() == DisputeOutcome.WITHDRAWN) {
            pending.removeIf(p -> p.creditId().equals(event.creditId().value()));
        }
    }

    private void record(YearMonth month, List<ServiceLevelOutcome> results) {
        results.forEach(r -> metByServiceLevel.computeIfAbsent(r.serviceLevelId(), k -> new TreeMap<>())
                .put(month.toString(), r.met()));
    }

    private void decideEarnBacks(java.time.Instant now) {
        for (PendingEarnBack credit : List.copyOf(pending)) {
            MonthTerms terms = termsByMonth.get(credit.creditMonth());
            TreeMap<YearMonth, Boolean> met = new TreeMap<>();
            metByServiceLevel.getOrDefault(credit.serviceLevelId(), new TreeMap<>())
                    .forEach((month, value) -> met.put(YearMonth.parse(month), value));
            EarnBackDecision decision = EarnBackCalculator.decide(new EarnBackHistory(credit.serviceLevelId(),
                    YearMonth.parse(credit.creditMonth()), true, met), terms.earnBack());
            CreditId creditId = new CreditId(credit.creditId());
            if (decision.status() == EarnBackStatus.CLAWED_BACK) {
                pending.remove(credit);
                commands.send(new ClawBackCredit(creditId.periodId(), creditId, decision.window(), now, null));
            } else if (decision.status() == EarnBackStatus.LAPSED) {
                pending.remove(credit);
                commands.send(new LapseEarnBack(creditId.periodId(), creditId, decision.decidedIn(), now, null));
            } else if (decision.status() == EarnBackStatus.NOT_ELIGIBLE) {
                pending.remove(credit);
            }
        }
    }

    private void grantIfDue(PeriodClosed event, TerminationPolicy policy, ServiceLevelOutcome outcome, LocalDate grantedOn) {
        TreeMap<YearMonth, Boolean> breached = new TreeMap<>();
        metByServiceLevel.getOrDefault(outcome.serviceLevelId(), new TreeMap<>())
                .forEach((month, met) -> breached.put(YearMonth.parse(month), !met));
        Optional<TerminationRightGrant> grant = TerminationRightCalculator.evaluate(policy, outcome.serviceLevelId(),
                breached, event.month(), outcome.criticalFailure());
        grant.ifPresent(right -> {
            String rightId = "tr-" + event.agreementId().value().substring(4) + "-" + outcome.serviceLevelId() + "-" + event.month();
            if (!rightsRequested.contains(rightId)) {
                rightsRequested.add(rightId);
                commands.send(new GrantTerminationRight(event.agreementId(), rightId, right.serviceLevelId(),
                        TerminationRightCause.valueOf(right.cause().name()), right.periods(), grantedOn,
                        TerminationRightCalculator.exerciseBy(grantedOn, policy), event.occurredAt()));
            }
        });
    }

}
