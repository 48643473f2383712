package com.vendorsla.command.performance;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonIgnore;
import com.vendorsla.command.config.ExpectedVersion;
import com.vendorsla.sharedkernel.agreement.AgreementId;
import com.vendorsla.sharedkernel.agreement.AgreementStatus;
import com.vendorsla.sharedkernel.agreement.terms.AgreementTerms;
import com.vendorsla.sharedkernel.agreement.terms.ServiceLevel;
import com.vendorsla.sharedkernel.agreement.terms.ServiceLevelKind;
import com.vendorsla.sharedkernel.common.AuditMetadata;
import com.vendorsla.sharedkernel.common.BusinessRuleViolation;
import com.vendorsla.sharedkernel.intake.Provenance;
import com.vendorsla.sharedkernel.performance.CreditId;
import com.vendorsla.sharedkernel.performance.CreditLine;
import com.vendorsla.sharedkernel.performance.CreditLineType;
import com.vendorsla.sharedkernel.performance.CreditStatus;
import com.vendorsla.sharedkernel.performance.DisputeOutcome;
import com.vendorsla.sharedkernel.performance.DowntimeCause;
import com.vendorsla.sharedkernel.performance.DowntimeFacts;
import com.vendorsla.sharedkernel.performance.IncidentRecord;
import com.vendorsla.sharedkernel.performance.PerformancePeriodId;
import com.vendorsla.sharedkernel.performance.ServiceLevelOutcome;
import com.vendorsla.sharedkernel.performance.TimeSpan;
import com.vendorsla.sharedkernel.performance.calc.CoverageCalendar;
import com.vendorsla.sharedkernel.performance.calc.CreditAssessment;
import com.vendorsla.sharedkernel.performance.calc.CreditLineCalc;
import com.vendorsla.sharedkernel.performance.calc.CreditReevaluation;
import com.vendorsla.sharedkernel.performance.calc.IncidentFacts;
import com.vendorsla.sharedkernel.performance.calc.Interval;
import com.vendorsla.sharedkernel.performance.calc.PeriodEvaluation;
import com.vendorsla.sharedkernel.performance.calc.PeriodEvaluator;
import com.vendorsla.sharedkernel.performance.calc.PeriodFacts;
import com.vendorsla.sharedkernel.performance.calc.ServiceLevelResult;
import com.vendorsla.sharedkernel.performance.command.ClaimExclusion;
import com.vendorsla.sharedkernel.performance.command.ClawBackCredit;
import com.vendorsla.sharedkernel.performance.command.ClosePeriod;
import com.vendorsla.sharedkernel.performance.command.CorrectDowntime;
import com.vendorsla.sharedkernel.performance.command.CorrectIncident;
import com.vendorsla.sharedkernel.performance.command.CorrectKpiValue;
import com.vendorsla.sharedkernel.performance.command.DecideExclusionClaim;
import com.vendorsla.sharedkernel.performance.command.DisputeCredit;
import com.vendorsla.sharedkernel.performance.command.LapseEarnBack;
import com.vendorsla.sharedkernel.performance.command.RecordDowntime;
import com.vendorsla.sharedkernel.performance.command.RecordIncident;
import com.vendorsla.sharedkernel.performance.command.RecordKpiValue;
import com.vendorsla.sharedkernel.performance.command.RecordMeasurements;
import com.vendorsla.sharedkernel.performance.command.ResolveCreditDispute;
import com.vendorsla.sharedkernel.performance.event.CreditClawedBack;
import com.vendorsla.sharedkernel.performance.event.CreditDisputeResolved;
import com.vendorsla.sharedkernel.performance.event.CreditDisputed;
import com.vendorsla.sharedkernel.performance.event.DowntimeCorrected;
import com.vendorsla.sharedkernel.performance.event.DowntimeRecorded;
import com.vendorsla.sharedkernel.performance.event.EarnBackLapsed;
import com.vendorsla.sharedkernel.performance.event.ExclusionClaimDecided;
import com.vendorsla.sharedkernel.performance.event.ExclusionClaimed;
import com.vendorsla.sharedkernel.performance.event.IncidentCorrected;
import com.vendorsla.sharedkernel.performance.event.IncidentRecorded;
import com.vendorsla.sharedkernel.performance.event.KpiValueCorrected;
import com.vendorsla.sharedkernel.performance.event.KpiValueRecorded;
import com.vendorsla.sharedkernel.performance.event.PeriodClosed;
import com.vendorsla.sharedkernel.performance.event.PeriodOpened;
import com.vendorsla.sharedkernel.performance.event.PeriodReevaluated;
import com.vendorsla.sharedkernel.vendor.VendorId;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.messaging.MetaData;
import org.axonframework.messaging.annotation.MetaDataValue;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CommandHandlerInterceptor;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.serialization.Revision;
import org.axonframework.spring.stereotype.Aggregate;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Currency;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static com.vendorsla.sharedkernel.common.RuleCode.require;
import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * One calendar month of one agreement (domain.md, Measuring a period): what was recorded, the close that turns
 * it into results and credits, and everything that happens to those credits afterwards. The period opens with
 * its first record or its close, bound to the terms version in force at its start.
 */
/*
 * Snapshots are written by Jackson 3 from the fields. Revision 1: the incidents are stored as columns since then
 * (IncidentColumns), so snapshots of revision 0 (null) are not read back (Axon's RevisionSnapshotFilter) and the
 * period is sourced from its events instead.
 */
@JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY)
@Revision("1")
@Aggregate(snapshotTriggerDefinition = "snapshotEvery100Events", commandTargetResolver = "ownershipFirstTargetResolver",
        cache = "aggregateCache")
public class PerformancePeriod {

    @AggregateIdentifier
    private PerformancePeriodId periodId;
    private AgreementId agreementId;
    private VendorId vendorId;
    private YearMonth month;
    private int termsVersion;
    private AgreementTerms terms;
    private Instant periodStart;
    private Instant periodEnd;
    // Collections are not final: snapshots are JSON, rebuilt field by field (see StateSerializationTest).
    private Map<String, DowntimeFacts> downtimes = new LinkedHashMap<>();
    @JsonSerialize(converter = IncidentColumns.Writing.class)
    @JsonDeserialize(converter = IncidentColumns.Reading.class)
    private Map<String, IncidentRecord> incidents = new LinkedHashMap<>();
    private Map<String, KpiRecord> kpiValues = new LinkedHashMap<>();
    private Map<String, Claim> claims = new LinkedHashMap<>();
    private boolean closed;
    private Instant closedAt;
    private String waiverReason;
    private Map<String, Credit> credits = new LinkedHashMap<>();
    private int creditCount;
    /**
     * The tickets of {@link #incidents}, so that a ticket recorded before is found by a lookup: an import of 10,000
     * rows went through every incident for every row. Derived, never stored (a snapshot holds the incidents): built
     * on first use, then kept in step by the event handlers.
     */
    @JsonIgnore
    private transient Set<String> tickets;

    record KpiRecord(String serviceLevelId, BigDecimal value) {
    }

    /** An exclusion claim on a downtime; {@code approved} is null until the customer decides. */
    record Claim(String downtimeId, Boolean approved) {
    }

    /**
     * One credit: its service level, where it stands, what it is worth now, and the net of its assessed and
     * adjustment lines (what a re-evaluation compares against).
     */
    record Credit(String serviceLevelId, CreditStatus status, BigDecimal amount, BigDecimal assessedNet,
                  boolean earnBackLapsed) {
        Credit with(CreditStatus newStatus, BigDecimal newAmount) {
            return new Credit(serviceLevelId, newStatus, newAmount, assessedNet, earnBackLapsed);
        }
    }

    protected PerformancePeriod() {
        // for Axon
    }

    /**
     * Before any handler. A command on behalf of a vendor's user (its vendor id in the command's metadata): the period
     * must be of its vendor's agreement, so that another vendor's period answers NOT_FOUND whatever If-Match says
     * (customer users carry no vendor id). Then, for every command, If-Match: Axon's repository compares it neither for
     * the commands that open the period if it is missing nor for a vendor's user's ({@link ExpectedVersion}).
     */
    @CommandHandlerInterceptor
    void beforeEachCommand(CommandMessage<?> command, AgreementFacts agreements,
                           @MetaDataValue(AuditMetadata.ACTING_VENDOR) String actingVendor) {
        if (actingVendor != null) {
            requireOwnPeriod(actingVendor, agreements);
        }
        ExpectedVersion.require(command);
    }

    // ---- records ----------------------------------------------------------------------------------------------

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    void handle(RecordDowntime command, AgreementFacts agreements) {
        openIfNew(command.periodId(), command.occurredAt(), agreements);
        requireOpen("record a downtime");
        require(!downtimes.containsKey(command.downtimeId()), PeriodRules.DUPLICATE_RECORD,
                "downtime " + command.downtimeId() + " is already recorded");
        validDowntime(command.downtime(), command.occurredAt());
        apply(new DowntimeRecorded(periodId, agreementId, command.downtimeId(), command.downtime(), command.occurredAt()));
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    void handle(RecordIncident command, AgreementFacts agreements) {
        openIfNew(command.periodId(), command.occurredAt(), agreements);
        requireOpen("record an incident");
        require(!incidents.containsKey(command.incidentId()), PeriodRules.DUPLICATE_RECORD,
                "incident " + command.incidentId() + " is already recorded");
        requireNewTicket(command.incident().ticket(), Set.of());
        validIncident(command.incident(), command.occurredAt());
        apply(new IncidentRecorded(periodId, agreementId, command.incidentId(), command.incident(), command.occurredAt()));
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    void handle(RecordKpiValue command, AgreementFacts agreements) {
        openIfNew(command.periodId(), command.occurredAt(), agreements);
        requireOpen("record a KPI value");
        require(!kpiValues.containsKey(command.kpiRecordId()), PeriodRules.DUPLICATE_RECORD,
                "KPI value " + command.kpiRecordId() + " is already recorded");
        serviceLevel(command.serviceLevelId(), ServiceLevelKind.KPI);
        require(command.value() != null, PeriodRules.INVALID_AMOUNT, "a KPI value is required");
        apply(new KpiValueRecorded(periodId, agreementId, command.kpiRecordId(), command.serviceLevelId(),
                command.value(), command.occurredAt()));
    }

    /**
     * An import's rows of this period (intake), all or none. Every row is checked as its own command would be, against
     * what is recorded and the rows before it; if any is refused, nothing is recorded and the refusals are the answer
     * (the importer reports them, one per bad row, and rolls back). Otherwise each row is recorded by its own event,
     * carrying that row's provenance. A rule that holds for the whole period (it exists, is open) is thrown as for one
     * record.
     */
    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    List<RecordMeasurements.Refusal> handle(RecordMeasurements command, AgreementFacts agreements) {
        openIfNew(command.periodId(), command.occurredAt(), agreements);
        requireOpen("record a measurement");
        List<RecordMeasurements.Refusal> refused = new ArrayList<>();
        Set<String> recordIds = new HashSet<>();
        Set<String> newTickets = new HashSet<>();
        for (RecordMeasurements.Measurement row : command.measurements()) {
            try {
                check(row, recordIds, newTickets, command.occurredAt());
            } catch (BusinessRuleViolation broken) {
                refused.add(new RecordMeasurements.Refusal(row.row(), broken.code(), broken.getMessage()));
            }
        }
        if (!refused.isEmpty()) {
            return refused;
        }
        for (RecordMeasurements.Measurement row : command.measurements()) {
            MetaData provenance = row.provenance() == null ? MetaData.emptyInstance()
                    : MetaData.with(Provenance.KEY, row.provenance());
            if (row.downtime() != null) {
                apply(new DowntimeRecorded(periodId, agreementId, row.recordId(), row.downtime(), command.occurredAt()),
                        provenance);
            } else if (row.incident() != null) {
                apply(new IncidentRecorded(periodId, agreementId, row.recordId(), row.incident(), command.occurredAt()),
                        provenance);
            } else {
                apply(new KpiValueRecorded(periodId, agreementId, row.recordId(), row.kpiServiceLevelId(),
                        row.kpiValue(), command.occurredAt()), provenance);
            }
        }
        return List.of();
    }

    /** One row of {@link RecordMeasurements}, checked as RecordDowntime, RecordIncident or RecordKpiValue checks it. */
    private void check(RecordMeasurements.Measurement row, Set<String> recordIds, Set<String> newTickets, Instant now) {
        String id = row.recordId();
        if (row.downtime() != null) {
            require(!downtimes.containsKey(id) && !recordIds.contains(id), PeriodRules.DUPLICATE_RECORD,
                    "downtime " + id + " is already recorded");
            validDowntime(row.downtime(), now);
        } else if (row.incident() != null) {
            require(!incidents.containsKey(id) && !recordIds.contains(id), PeriodRules.DUPLICATE_RECORD,
                    "incident " + id + " is already recorded");
            requireNewTicket(row.incident().ticket(), newTickets);
            validIncident(row.incident(), now);
            newTickets.add(row.incident().ticket());
        } else {
            require(!kpiValues.containsKey(id) && !recordIds.contains(id), PeriodRules.DUPLICATE_RECORD,
                    "KPI value " + id + " is already recorded");
            serviceLevel(row.kpiServiceLevelId(), ServiceLevelKind.KPI);
            require(row.kpiValue() != null, PeriodRules.INVALID_AMOUNT, "a KPI value is required");
        }
        recordIds.add(id);
    }

    // ---- exclusion claims -------------------------------------------------------------------------------------

    @CommandHandler
    void handle(ClaimExclusion command) {
        DowntimeFacts downtime = downtimes.get(command.downtimeId());
        require(downtime != null, PeriodRules.RECORD_NOT_FOUND, "no downtime " + command.downtimeId() + " in " + month);
        require(downtime.cause() == DowntimeCause.VENDOR, PeriodRules.DOWNTIME_NOT_VENDOR_CAUSED,
                "only VENDOR downtime counts, so only it can be claimed as customer-caused");
        require(claims.values().stream().noneMatch(c -> c.downtimeId().equals(command.downtimeId())
                        && !Boolean.FALSE.equals(c.approved())),
                PeriodRules.EXCLUSION_ALREADY_CLAIMED, "downtime " + command.downtimeId() + " is already claimed");
        require(!claims.containsKey(command.claimId()), PeriodRules.DUPLICATE_RECORD, "claim " + command.claimId() + " exists");
        requireReason(command.reason());
        apply(new ExclusionClaimed(periodId, agreementId, command.claimId(), command.downtimeId(), command.reason(),
                command.occurredAt()));
    }

    @CommandHandler
    void handle(DecideExclusionClaim command) {
        Claim claim = claims.get(command.claimId());
        require(claim != null, PeriodRules.CLAIM_NOT_FOUND, "no exclusion claim " + command.claimId() + " in " + month);
        require(claim.approved() == null, PeriodRules.CLAIM_ALREADY_DECIDED, "the claim was decided already");
        apply(new ExclusionClaimDecided(periodId, agreementId, command.claimId(), claim.downtimeId(),
                command.approved(), command.note(), command.occurredAt()));
        if (closed && command.approved()) {
            reevaluate(command.claimId(), command.occurredAt());
        }
    }

    // ---- corrections ------------------------------------------------------------------------------------------

    @CommandHandler
    void handle(CorrectDowntime command) {
        DowntimeFacts before = downtimes.get(command.downtimeId());
        require(before != null, PeriodRules.RECORD_NOT_FOUND, "no downtime " + command.downtimeId() + " in " + month);
        requireReason(command.reason());
        validDowntime(command.replacement(), command.occurredAt());
        apply(new DowntimeCorrected(periodId, agreementId, command.correctionId(), command.downtimeId(), before,
                command.replacement(), command.reason(), command.occurredAt()));
        reevaluateIfClosed(command.correctionId(), command.occurredAt());
    }

    @CommandHandler
    void handle(CorrectIncident command) {
        IncidentRecord before = incidents.get(command.incidentId());
        require(before != null, PeriodRules.RECORD_NOT_FOUND, "no incident " + command.incidentId() + " in " + month);
        requireReason(command.reason());
        validIncident(command.replacement(), command.occurredAt());
        apply(new IncidentCorrected(periodId, agreementId, command.correctionId(), command.incidentId(), before,
                command.replacement(), command.reason(), command.occurredAt()));
        reevaluateIfClosed(command.correctionId(), command.occurredAt());
    }

    @CommandHandler
    void handle(CorrectKpiValue command) {
        KpiRecord before = kpiValues.get(command.kpiRecordId());
        require(before != null, PeriodRules.RECORD_NOT_FOUND, "no KPI value " + command.kpiRecordId() + " in " + month);
        requireReason(command.reason());
        require(command.replacement() != null, PeriodRules.INVALID_AMOUNT, "a KPI value is required");
        apply(new KpiValueCorrected(periodId, agreementId, command.correctionId(), command.kpiRecordId(),
                before.serviceLevelId(), before.value(), command.replacement(), command.reason(), command.occurredAt()));
        reevaluateIfClosed(command.correctionId(), command.occurredAt());
    }

    // ---- close ------------------------------------------------------------------------------------------------

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    void handle(ClosePeriod command, AgreementFacts agreements) {
        openIfNew(command.periodId(), command.occurredAt(), agreements);
        require(!closed, PeriodRules.PERIOD_ALREADY_CLOSED, month + " was closed on " + closedAt);
        require(!command.occurredAt().isBefore(periodEnd), PeriodRules.PERIOD_NOT_ENDED,
                month + " ends at " + periodEnd + ": it can be closed only after that");
        PeriodEvaluation evaluation = evaluate(command.occurredAt(), command.waiverReason());
        CreditAssessment assessment = evaluation.credits();
        List<CreditLine> lines = new ArrayList<>();
        int number = creditCount;
        for (CreditLineCalc calc : assessment.lines()) {
            lines.add(line(CreditId.of(periodId, ++number), calc, CreditLineType.ASSESSED, calc.amount()));
        }
        apply(new PeriodClosed(periodId, agreementId, vendorId, month, termsVersion, command.occurredAt(),
                blankToNull(command.waiverReason()), outcomes(evaluation.results()), assessment.currency(),
                assessment.monthlyCharge(), assessment.atRisk(), assessment.cap(), lines, assessment.total(),
                assessment.capReduction(), command.occurredAt()));
    }

    // ---- credits ----------------------------------------------------------------------------------------------

    @CommandHandler
    void handle(DisputeCredit command) {
        Credit credit = credit(command.creditId());
        require(credit.status() == CreditStatus.ASSESSED, PeriodRules.CREDIT_NOT_DISPUTABLE,
                "credit " + command.creditId() + " is " + credit.status() + "; only an assessed credit can be disputed");
        requireReason(command.reason());
        apply(new CreditDisputed(periodId, agreementId, command.creditId(), credit.serviceLevelId(), command.reason(),
                command.occurredAt()));
    }

    @CommandHandler
    void handle(ResolveCreditDispute command) {
        Credit credit = credit(command.creditId());
        require(credit.status() == CreditStatus.DISPUTED, PeriodRules.CREDIT_NOT_DISPUTED,
                "credit " + command.creditId() + " is " + credit.status() + ", not disputed");
        require(command.outcome() != null, PeriodRules.INVALID_AMOUNT, "an outcome is required");
        BigDecimal after = switch (command.outcome()) {
            case UPHELD -> credit.amount();
            case WITHDRAWN -> BigDecimal.ZERO.setScale(credit.amount().scale(), RoundingMode.UNNECESSARY);
            case REDUCED -> reducedAmount(command.amount(), credit.amount());
        };
        CreditLine line = command.outcome() == DisputeOutcome.UPHELD ? null
                : adjustmentLine(command.creditId(), credit.serviceLevelId(), CreditLineType.DISPUTE_RESOLUTION,
                after.subtract(credit.amount()), "dispute " + command.outcome() + ": "
                        + credit.amount().toPlainString() + " → " + after.toPlainString());
        apply(new CreditDisputeResolved(periodId, agreementId, command.creditId(), credit.serviceLevelId(),
                command.outcome(), credit.amount(), after, line, command.occurredAt()));
    }

    @CommandHandler
    void handle(ClawBackCredit command) {
        Credit credit = credit(command.creditId());
        if (!earnBackOpen(credit)) {
            return; // decided already (clawed back, lapsed or withdrawn): the process may repeat itself after a replay
        }
        CreditLine line = adjustmentLine(command.creditId(), credit.serviceLevelId(), CreditLineType.CLAWED_BACK,
                credit.amount().negate(), "earned back: " + credit.serviceLevelId() + " met in " + command.metIn());
        apply(new CreditClawedBack(periodId, agreementId, command.creditId(), credit.serviceLevelId(),
                List.copyOf(command.metIn()), line, command.occurredAt()));
    }

    @CommandHandler
    void handle(LapseEarnBack command) {
        Credit credit = credit(command.creditId());
        if (!earnBackOpen(credit)) {
            return; // see ClawBackCredit
        }
        apply(new EarnBackLapsed(periodId, agreementId, command.creditId(), credit.serviceLevelId(),
                command.missedIn(), command.occurredAt()));
    }

    // ---- decisions' helpers -----------------------------------------------------------------------------------

    private void openIfNew(PerformancePeriodId id, Instant now, AgreementFacts agreements) {
        if (periodId != null) {
            return;
        }
        AgreementFacts.PeriodTerms agreement = agreements.forPeriod(id.agreementId(), id.month())
                .orElseThrow(() -> new com.vendorsla.sharedkernel.common.BusinessRuleViolation(
                        PeriodRules.AGREEMENT_NOT_FOUND, "no agreement " + id.agreementId()));
        require(agreement.status() != AgreementStatus.DRAFT && agreement.status() != AgreementStatus.NEGOTIATION,
                PeriodRules.AGREEMENT_NOT_ACTIVE, "the agreement is " + agreement.status() + ": it is measured once signed");
        require(!id.month().isBefore(YearMonth.from(agreement.firstDay())), PeriodRules.PERIOD_BEFORE_AGREEMENT,
                id.month() + " is before the agreement took effect on " + agreement.firstDay());
        require(agreement.lastDay() == null || !id.month().isAfter(YearMonth.from(agreement.lastDay())),
                PeriodRules.PERIOD_AFTER_AGREEMENT, id.month() + " is after the agreement ended on " + agreement.lastDay());
        Interval bounds = CoverageCalendar.of(agreement.terms().coverage()).period(id.month());
        require(!bounds.start().isAfter(now), PeriodRules.PERIOD_IN_FUTURE, id.month() + " has not begun");
        apply(new PeriodOpened(id, id.agreementId(), agreement.vendorId(), id.month(), agreement.termsVersion(),
                agreement.terms(), bounds.start(), bounds.end(), now));
    }

    /**
     * A vendor's user acts only on periods of its own vendor's agreements. The vendor that counts is the one the
     * agreement is with now, read from the Agreement itself: the period keeps the vendor of its opening, which an
     * acquisition may since have replaced (the agreement assigned to the acquirer). Any other period is answered as an
     * unknown id, before any other rule (and If-Match). A vendor's user opens no period: one not yet opened is unknown.
     */
    private void requireOwnPeriod(String actingVendor, AgreementFacts agreements) {
        require(periodId != null, PeriodRules.NOT_FOUND, "nothing is recorded under this id");
        VendorId current = agreements.currentVendor(agreementId, month).orElse(vendorId);
        require(actingVendor.equals(current.value()), PeriodRules.NOT_FOUND, "nothing is recorded under id " + periodId);
    }

    /** A ticket is recorded once per month (a changed one is corrected), nor twice among {@code alsoTaken}. */
    private void requireNewTicket(String ticket, Set<String> alsoTaken) {
        require(!tickets().contains(ticket) && !alsoTaken.contains(ticket), PeriodRules.DUPLICATE_RECORD,
                "ticket " + ticket + " is already recorded in " + month + ": correct it instead");
    }

    private Set<String> tickets() {
        if (tickets == null) {
            tickets = new HashSet<>();
            incidents.values().forEach(i -> tickets.add(i.ticket()));
        }
        return tickets;
    }

    private void requireOpen(String what) {
        require(!closed, PeriodRules.PERIOD_CLOSED, month + " is closed: to " + what + " now, correct a record with a reason");
    }

    private static void requireReason(String reason) {
        require(reason != null && !reason.isBlank(), PeriodRules.REASON_REQUIRED, "a reason is required");
    }

    private ServiceLevel serviceLevel(String id, ServiceLevelKind kind) {
        ServiceLevel level = terms.serviceLevel(id).orElseThrow(() -> new com.vendorsla.sharedkernel.common.BusinessRuleViolation(
                PeriodRules.SERVICE_LEVEL_NOT_FOUND, "terms version " + termsVersion + " has no service level '" + id + "'"));
        require(level.kind() == kind, PeriodRules.SERVICE_LEVEL_KIND_MISMATCH,
                "service level '" + id + "' is " + level.kind() + ", not " + kind);
        return level;
    }

    private void validDowntime(DowntimeFacts downtime, Instant now) {
        serviceLevel(downtime.serviceLevelId(), ServiceLevelKind.AVAILABILITY);
        require(downtime.start().isBefore(downtime.end()), PeriodRules.INVALID_INTERVAL, "a downtime ends after it starts");
        require(downtime.start().isBefore(periodEnd) && downtime.end().isAfter(periodStart), PeriodRules.OUTSIDE_PERIOD,
                "the downtime does not overlap " + month + " [" + periodStart + ", " + periodEnd + ")");
        require(!downtime.end().isAfter(now), PeriodRules.IN_FUTURE, "a downtime is recorded once it has ended");
    }

    private void validIncident(IncidentRecord incident, Instant now) {
        require(!incident.openedAt().isBefore(periodStart) && incident.openedAt().isBefore(periodEnd),
                PeriodRules.OUTSIDE_PERIOD, "incident " + incident.ticket() + " was not opened in " + month);
        require(incident.respondedAt() == null || !incident.respondedAt().isBefore(incident.openedAt()),
                PeriodRules.INVALID_INCIDENT_TIMES, "respondedAt is before openedAt");
        require(incident.resolvedAt() == null || !incident.resolvedAt().isBefore(incident.openedAt()),
                PeriodRules.INVALID_INCIDENT_TIMES, "resolvedAt is before openedAt");
        for (TimeSpan wait : incident.customerWaits()) {
            require(wait.from() != null && wait.to() != null && wait.from().isBefore(wait.to()),
                    PeriodRules.INVALID_INCIDENT_TIMES, "a customer wait ends after it starts");
            require(!wait.from().isBefore(incident.openedAt()), PeriodRules.INVALID_INCIDENT_TIMES,
                    "a customer wait starts before the incident was opened");
            require(!wait.to().isAfter(now), PeriodRules.IN_FUTURE, "a customer wait lies in the future");
        }
        for (Instant time : new Instant[]{incident.openedAt(), incident.respondedAt(), incident.resolvedAt()}) {
            require(time == null || !time.isAfter(now), PeriodRules.IN_FUTURE, "incident times lie in the future");
        }
    }

    private Credit credit(CreditId id) {
        Credit credit = credits.get(id.value());
        require(credit != null, PeriodRules.CREDIT_NOT_FOUND, "no credit " + id);
        return credit;
    }

    private static boolean earnBackOpen(Credit credit) {
        return !credit.earnBackLapsed() && credit.amount().signum() > 0
                && (credit.status() == CreditStatus.ASSESSED || credit.status() == CreditStatus.UPHELD
                || credit.status() == CreditStatus.REDUCED);
    }

    private BigDecimal reducedAmount(BigDecimal amount, BigDecimal current) {
        require(amount != null, PeriodRules.INVALID_AMOUNT, "REDUCED needs the amount the credit is reduced to");
        int minorUnits = Math.max(0, Currency.getInstance(terms.currency()).getDefaultFractionDigits());
        require(amount.signum() >= 0 && amount.compareTo(current) < 0, PeriodRules.INVALID_AMOUNT,
                "a reduced credit lies between 0 and " + current.toPlainString());
        require(amount.stripTrailingZeros().scale() <= minorUnits, PeriodRules.INVALID_AMOUNT,
                terms.currency() + " has " + minorUnits + " minor units");
        return amount.setScale(Math.max(minorUnits, current.scale()), RoundingMode.UNNECESSARY);
    }

    private void reevaluateIfClosed(String correctionId, Instant now) {
        if (closed) {
            reevaluate(correctionId, now);
        }
    }

    /**
     * A correction after close: evaluate again with the original close time (incidents open at close stay so),
     * and record per service level the difference between the new credit and what its assessed and adjustment
     * lines add up to. Earlier lines are never touched.
     */
    private void reevaluate(String correctionId, Instant now) {
        PeriodEvaluation evaluation = evaluate(closedAt, waiverReason);
        Map<String, String> creditBySl = new LinkedHashMap<>();
        Map<String, BigDecimal> netBefore = new LinkedHashMap<>();
        credits.forEach((id, credit) -> {
            creditBySl.put(credit.serviceLevelId(), id);
            netBefore.merge(credit.serviceLevelId(), credit.assessedNet(), BigDecimal::add);
        });
        List<CreditLine> adjustments = new ArrayList<>();
        int number = creditCount;
        for (CreditReevaluation.Adjustment adjustment
                : CreditReevaluation.adjustments(netBefore, evaluation.credits(), correctionId)) {
            String existing = creditBySl.get(adjustment.serviceLevelId());
            CreditId creditId = existing != null ? new CreditId(existing) : CreditId.of(periodId, ++number);
            CreditLineCalc calc = adjustment.calc();
            adjustments.add(calc != null
                    ? new CreditLine(creditId.value(), calc.serviceLevelId(), CreditLineType.ADJUSTMENT, calc.method(),
                    calc.measured(), calc.target(), calc.ratePercent(), calc.amountBeforeCap(), adjustment.difference(),
                    termsVersion, adjustment.formula())
                    : adjustmentLine(creditId, adjustment.serviceLevelId(), CreditLineType.ADJUSTMENT,
                    adjustment.difference(), adjustment.formula()));
        }
        apply(new PeriodReevaluated(periodId, agreementId, vendorId, month, termsVersion, correctionId,
                outcomes(evaluation.results()), adjustments, evaluation.credits().total(),
                evaluation.credits().capReduction(), now));
    }

    private PeriodEvaluation evaluate(Instant at, String waiver) {
        Set<String> excluded = new HashSet<>();
        claims.values().stream().filter(c -> Boolean.TRUE.equals(c.approved())).forEach(c -> excluded.add(c.downtimeId()));
        PeriodFacts facts = PeriodFacts.of(downtimes, excluded, incidents.values(), kpiValues.values().stream()
                .map(k -> new PeriodFacts.KpiValue(k.serviceLevelId(), k.value())).toList());
        return PeriodEvaluator.evaluate(terms, month, facts, at, waiver, termsVersion);
    }

    private static List<ServiceLevelOutcome> outcomes(List<ServiceLevelResult> results) {
        return results.stream().map(ServiceLevelOutcome::of).toList();
    }

    private CreditLine line(CreditId id, CreditLineCalc calc, CreditLineType type, BigDecimal amount) {
        return new CreditLine(id.value(), calc.serviceLevelId(), type, calc.method(), calc.measured(), calc.target(),
                calc.ratePercent(), calc.amountBeforeCap(), amount, calc.termsVersion(), calc.formula());
    }

    private CreditLine adjustmentLine(CreditId id, String serviceLevelId, CreditLineType type, BigDecimal amount,
                                      String formula) {
        return new CreditLine(id.value(), serviceLevelId, type, terms.creditPolicy().method(), null, null, null,
                null, amount, termsVersion, formula);
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    // ---- state ------------------------------------------------------------------------------------------------

    @EventSourcingHandler
    void on(PeriodOpened event) {
        periodId = event.periodId();
        agreementId = event.agreementId();
        vendorId = event.vendorId();
        month = event.month();
        termsVersion = event.termsVersion();
        terms = event.terms();
        periodStart = event.periodStart();
        periodEnd = event.periodEnd();
    }

    @EventSourcingHandler
    void on(DowntimeRecorded event) {
        downtimes.put(event.downtimeId(), event.downtime());
    }

    @EventSourcingHandler
    void on(IncidentRecorded event) {
        incidents.put(event.incidentId(), event.incident());
        if (tickets != null) {
            tickets.add(event.incident().ticket());
        }
    }

    @EventSourcingHandler
    void on(KpiValueRecorded event) {
        kpiValues.put(event.kpiRecordId(), new KpiRecord(event.serviceLevelId(), event.value()));
    }

    @EventSourcingHandler
    void on(ExclusionClaimed event) {
        claims.put(event.claimId(), new Claim(event.downtimeId(), null));
    }

    @EventSourcingHandler
    void on(ExclusionClaimDecided event) {
        claims.put(event.claimId(), new Claim(event.downtimeId(), event.approved()));
    }

    @EventSourcingHandler
    void on(DowntimeCorrected event) {
        downtimes.put(event.downtimeId(), event.after());
    }

    @EventSourcingHandler
    void on(IncidentCorrected event) {
        incidents.put(event.incidentId(), event.after());
        tickets = null; // the ticket may have changed: built again when next asked
    }

    @EventSourcingHandler
    void on(KpiValueCorrected event) {
        kpiValues.put(event.kpiRecordId(), new KpiRecord(event.serviceLevelId(), event.after()));
    }

    @EventSourcingHandler
    void on(PeriodClosed event) {
        closed = true;
        closedAt = event.closedAt();
        waiverReason = event.waiverReason();
        event.credits().forEach(this::addAssessed);
    }

    @EventSourcingHandler
    void on(PeriodReevaluated event) {
        event.adjustments().forEach(this::addAssessed);
    }

    private void addAssessed(CreditLine line) {
        Credit existing = credits.get(line.creditId());
        if (existing == null) {
            creditCount++;
            credits.put(line.creditId(), new Credit(line.serviceLevelId(), CreditStatus.ASSESSED, line.amount(),
                    line.amount(), false));
        } else {
            credits.put(line.creditId(), new Credit(existing.serviceLevelId(), existing.status(),
                    existing.amount().add(line.amount()), existing.assessedNet().add(line.amount()),
                    existing.earnBackLapsed()));
        }
    }

    @EventSourcingHandler
    void on(CreditDisputed event) {
        credits.computeIfPresent(event.creditId().value(), (id, c) -> c.with(CreditStatus.DISPUTED, c.amount()));
    }

    @EventSourcingHandler
    void on(CreditDisputeResolved event) {
        CreditStatus status = switch (event.outcome()) {
            case UPHELD -> CreditStatus.UPHELD;
            case REDUCED -> CreditStatus.REDUCED;
            case WITHDRAWN -> CreditStatus.WITHDRAWN;
        };
        credits.computeIfPresent(event.creditId().value(), (id, c) -> c.with(status, event.amountAfter()));
    }

    @EventSourcingHandler
    void on(CreditClawedBack event) {
        credits.computeIfPresent(event.creditId().value(), (id, c) -> c.with(CreditStatus.CLAWED_BACK,
                c.amount().add(event.line().amount())));
    }

    @EventSourcingHandler
    void on(EarnBackLapsed event) {
        credits.computeIfPresent(event.creditId().value(), (id, c) ->
                new Credit(c.serviceLevelId(), c.status(), c.amount(), c.assessedNet(), true));
    }

    // ---- reads for the process --------------------------------------------------------------------------------

    boolean isClosed() {
        return closed;
    }

}
