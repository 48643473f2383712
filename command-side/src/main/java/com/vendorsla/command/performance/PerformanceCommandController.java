package com.vendorsla.command.performance;

import com.vendorsla.command.web.AnswersCreated;
import com.vendorsla.command.web.CommandSender;
import com.vendorsla.command.web.IfMatchVersion;
import com.vendorsla.command.web.ProblemDetailsAdvice;
import com.vendorsla.command.web.WriteResponses;
import com.vendorsla.sharedkernel.agreement.AgreementId;
import com.vendorsla.sharedkernel.agreement.terms.Severity;
import com.vendorsla.sharedkernel.common.BadRequest;
import com.vendorsla.sharedkernel.common.WriteResult;
import com.vendorsla.sharedkernel.performance.CreditId;
import com.vendorsla.sharedkernel.performance.DisputeOutcome;
import com.vendorsla.sharedkernel.performance.DowntimeCause;
import com.vendorsla.sharedkernel.performance.DowntimeFacts;
import com.vendorsla.sharedkernel.performance.IncidentRecord;
import com.vendorsla.sharedkernel.performance.PerformancePeriodId;
import com.vendorsla.sharedkernel.performance.TimeSpan;
import com.vendorsla.sharedkernel.performance.command.ClaimExclusion;
import com.vendorsla.sharedkernel.performance.command.ClosePeriod;
import com.vendorsla.sharedkernel.performance.command.CorrectDowntime;
import com.vendorsla.sharedkernel.performance.command.CorrectIncident;
import com.vendorsla.sharedkernel.performance.command.CorrectKpiValue;
import com.vendorsla.sharedkernel.performance.command.DecideExclusionClaim;
import com.vendorsla.sharedkernel.performance.command.DisputeCredit;
import com.vendorsla.sharedkernel.performance.command.RecordDowntime;
import com.vendorsla.sharedkernel.performance.command.RecordIncident;
import com.vendorsla.sharedkernel.performance.command.RecordKpiValue;
import com.vendorsla.sharedkernel.performance.command.ResolveCreditDispute;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.Validator;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DatabindException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.UUID;

/** Writes of performance periods ({@code {p}} = {@code 2026-02}) and credits, as api.md lists them. */
@RestController
@Tag(name = "Performance periods")
public class PerformanceCommandController {

    private static final String PERIOD = "/api/agreements/{id}/periods/{period}";
    /** The OpenAPI note on what a month's first record checks. */
    static final String OPEN_RULES = "The first record of a month opens its period, once the agreement is signed "
            + "(else 409 AGREEMENT_NOT_ACTIVE) and the month has begun in its coverage time zone and lies within the "
            + "agreement (409 PERIOD_IN_FUTURE, PERIOD_BEFORE_AGREEMENT, PERIOD_AFTER_AGREEMENT; unknown agreement 404 "
            + "AGREEMENT_NOT_FOUND). A closed month answers 409 PERIOD_CLOSED: correct a record instead.";

    private final CommandSender commands;
    private final JsonMapper json;
    private final Validator validator;

    public PerformanceCommandController(CommandSender commands, JsonMapper json, Validator validator) {
        this.commands = commands;
        this.json = json;
        this.validator = validator;
    }

    public record DowntimeRequest(@NotBlank String serviceLevelId, @NotNull Instant start, @NotNull Instant end,
                                  @NotNull DowntimeCause cause, @Size(max = 200) String reference) {
        DowntimeFacts facts() {
            return new DowntimeFacts(serviceLevelId, start, end, cause, reference);
        }
    }

    public record IncidentRequest(@NotBlank @Size(max = 100) String ticket, @NotNull Severity severity,
                                  @NotNull Instant openedAt, Instant respondedAt, Instant resolvedAt,
                                  List<@Valid WaitRequest> customerWaits) {
        IncidentRecord record() {
            return new IncidentRecord(ticket, severity, openedAt, respondedAt, resolvedAt,
                    customerWaits == null ? List.of() : customerWaits.stream().map(w -> new TimeSpan(w.from(), w.to())).toList());
        }
    }

    public record WaitRequest(@NotNull Instant from, @NotNull Instant to) {
    }

    public record KpiRequest(@NotBlank String serviceLevelId, @NotNull BigDecimal value) {
    }

    public record ExclusionClaimRequest(@NotBlank String downtimeId, @NotBlank @Size(max = 2000) String reason) {
    }

    public record ClaimDecisionRequest(@NotNull Boolean approved, @Size(max = 2000) String note) {
    }

    public record CorrectionRequest(@NotBlank String target, @NotNull JsonNode replacement,
                                    @NotBlank @Size(max = 2000) String reason) {
    }

    public record CloseRequest(@Size(max = 2000) String waiverReason) {
    }

    public record DisputeRequest(@NotBlank @Size(max = 2000) String reason) {
    }

    public record ResolutionRequest(@NotNull DisputeOutcome outcome, BigDecimal amount) {
    }

    /** What recording a downtime answers: the period's {@code {id, version}} and the downtime's id. */
    public record DowntimeWritten(String id, long version, String downtimeId) {
    }

    public record IncidentWritten(String id, long version, String incidentId) {
    }

    public record KpiValueWritten(String id, long version, String kpiRecordId) {
    }

    public record ExclusionClaimWritten(String id, long version, String claimId) {
    }

    public record CorrectionWritten(String id, long version, String correctionId) {
    }

    @PostMapping(PERIOD + "/downtime")
    @Operation(summary = "Record a downtime [start, end) of an availability service level",
            description = "serviceLevelId names an AVAILABILITY service level of the month's terms (404 "
                    + "SERVICE_LEVEL_NOT_FOUND, 409 SERVICE_LEVEL_KIND_MISMATCH); the downtime ends after it starts "
                    + "(409 INVALID_INTERVAL), overlaps the month (409 OUTSIDE_PERIOD) and has ended (409 IN_FUTURE). "
                    + "Only VENDOR downtime counts against availability; the other causes are kept for the record. "
                    + OPEN_RULES + " Answers 201 {id, version, downtimeId} with the period's id and version.")
    @AnswersCreated
    public ResponseEntity<DowntimeWritten> downtime(@PathVariable AgreementId id, @PathVariable String period,
                                                    @Valid @RequestBody DowntimeRequest request,
                                                        @IfMatchVersion Long expectedVersion) {
        PerformancePeriodId periodId = periodId(id, period);
        String downtimeId = "dt-" + UUID.randomUUID();
        WriteResult result = commands.send(new RecordDowntime(periodId, downtimeId, request.facts(), commands.now(),
                expectedVersion), request.reference());
        return created(id, period, result, new DowntimeWritten(result.id(), result.version(), downtimeId));
    }

    @PostMapping(PERIOD + "/incidents")
    @Operation(summary = "Record an incident (ticket) with its times and customer-waiting intervals",
            description = "The incident was opened in the month; respondedAt and resolvedAt, when given, are not "
                    + "before openedAt; each customer wait ends after it starts and does not start before the "
                    + "incident was opened (409 OUTSIDE_PERIOD, INVALID_INCIDENT_TIMES); no time lies in the future "
                    + "(409 IN_FUTURE). A ticket is recorded once per month (409 DUPLICATE_RECORD: correct it instead). "
                    + "Response and resolution times are measured without the customer waits. " + OPEN_RULES
                    + " Answers 201 {id, version, incidentId} with the period's id and version.")
    @AnswersCreated
    public ResponseEntity<IncidentWritten> incident(@PathVariable AgreementId id, @PathVariable String period,
                                                    @Valid @RequestBody IncidentRequest request,
                                                        @IfMatchVersion Long expectedVersion) {
        PerformancePeriodId periodId = periodId(id, period);
        String incidentId = "inc-" + UUID.randomUUID();
        WriteResult result = commands.send(new RecordIncident(periodId, incidentId, request.record(), commands.now(),
                expectedVersion));
        return created(id, period, result, new IncidentWritten(result.id(), result.version(), incidentId));
    }

    @PostMapping(PERIOD + "/kpis")
    @Operation(summary = "Record the value of a KPI service level",
            description = "serviceLevelId names a KPI service level of the month's terms (404 "
                    + "SERVICE_LEVEL_NOT_FOUND, 409 SERVICE_LEVEL_KIND_MISMATCH); value is a decimal. " + OPEN_RULES
                    + " Answers 201 {id, version, kpiRecordId} with the period's id and version.")
    @AnswersCreated
    public ResponseEntity<KpiValueWritten> kpi(@PathVariable AgreementId id, @PathVariable String period,
                                               @Valid @RequestBody KpiRequest request,
                                                   @IfMatchVersion Long expectedVersion) {
        PerformancePeriodId periodId = periodId(id, period);
        String kpiRecordId = "kpi-" + UUID.randomUUID();
        WriteResult result = commands.send(new RecordKpiValue(periodId, kpiRecordId, request.serviceLevelId(),
                request.value(), commands.now(), expectedVersion));
        return created(id, period, result, new KpiValueWritten(result.id(), result.version(), kpiRecordId));
    }

    @PostMapping(PERIOD + "/exclusion-claims")
    @Operation(summary = "The vendor claims a VENDOR downtime was customer-caused",
            description = "Also a VENDOR user's act, on its own vendor's agreements only (the vendor the agreement is with "
                    + "now): another vendor's period answers 404 NOT_FOUND, as an unknown id would, whatever If-Match says, and records nothing.")
    @AnswersCreated
    public ResponseEntity<ExclusionClaimWritten> claim(@PathVariable AgreementId id, @PathVariable String period,
                                                       @Valid @RequestBody ExclusionClaimRequest request,
                                                     @IfMatchVersion Long expectedVersion) {
        PerformancePeriodId periodId = periodId(id, period);
        String claimId = "clm-" + UUID.randomUUID();
        WriteResult result = commands.send(new ClaimExclusion(periodId, claimId, request.downtimeId(), request.reason(),
                commands.now(), expectedVersion), request.reason());
        return created(id, period, result, new ExclusionClaimWritten(result.id(), result.version(), claimId));
    }

    @PostMapping(PERIOD + "/exclusion-claims/{claimId}/decision")
    @Operation(summary = "The customer approves or rejects an exclusion claim",
            description = "approved is true or false, with an optional note. An unknown claim answers 404 "
                    + "CLAIM_NOT_FOUND; a claim decided already 409 CLAIM_ALREADY_DECIDED. An approved claim takes the "
                    + "downtime out of the availability measured; when the month is closed already, the month is "
                    + "re-evaluated and the differences recorded as adjusting credit lines.")
    public ResponseEntity<WriteResult> decide(@PathVariable AgreementId id, @PathVariable String period,
                                              @PathVariable String claimId, @Valid @RequestBody ClaimDecisionRequest request,
                                              @IfMatchVersion Long expectedVersion) {
        return WriteResponses.ok(commands.send(new DecideExclusionClaim(periodId(id, period), claimId,
                request.approved(), request.note(), commands.now(), expectedVersion), request.note()));
    }

    @PostMapping(PERIOD + "/corrections")
    @Operation(summary = "Correct a recorded downtime, incident or KPI value, with a reason",
            description = "target is the id the record was given (dt-…, inc-…, kpi-…); replacement has the shape of "
                    + "the original request (for a KPI value: {\"value\": \"71.0\"}). After close the period is "
                    + "re-evaluated and the differences recorded as adjusting credit lines.")
    @AnswersCreated
    public ResponseEntity<CorrectionWritten> correct(@PathVariable AgreementId id, @PathVariable String period,
                                                     @Valid @RequestBody CorrectionRequest request,
                                                       @IfMatchVersion Long expectedVersion) {
        PerformancePeriodId periodId = periodId(id, period);
        String correctionId = "cor-" + UUID.randomUUID();
        Object command;
        String target = request.target();
        if (target.startsWith("dt-")) {
            DowntimeRequest replacement = read(request.replacement(), DowntimeRequest.class);
            command = new CorrectDowntime(periodId, correctionId, target, replacement.facts(), request.reason(), commands.now(), expectedVersion);
        } else if (target.startsWith("inc-")) {
            IncidentRequest replacement = read(request.replacement(), IncidentRequest.class);
            command = new CorrectIncident(periodId, correctionId, target, replacement.record(), request.reason(), commands.now(), expectedVersion);
        } else if (target.startsWith("kpi-")) {
            BigDecimal value = request.replacement().isObject() ? read(request.replacement().get("value"), BigDecimal.class)
                    : read(request.replacement(), BigDecimal.class);
            command = new CorrectKpiValue(periodId, correctionId, target, value, request.reason(), commands.now(), expectedVersion);
        } else {
            throw new BadRequest("target", "a correction targets a downtime (dt-…), incident (inc-…) or KPI value (kpi-…) id");
        }
        WriteResult result = commands.send(command, request.reason());
        return created(id, period, result, new CorrectionWritten(result.id(), result.version(), correctionId));
    }

    @PostMapping(PERIOD + "/close")
    @Operation(summary = "Close the period: evaluate every service level and assess credits",
            description = "Only once the month has ended in the agreement's coverage time zone; only once.")
    public ResponseEntity<WriteResult> close(@PathVariable AgreementId id, @PathVariable String period,
                                             @Valid @RequestBody(required = false) CloseRequest request,
                                             @IfMatchVersion Long expectedVersion) {
        String waiver = request == null ? null : request.waiverReason();
        return WriteResponses.ok(commands.send(new ClosePeriod(periodId(id, period), waiver, commands.now(),
                expectedVersion), waiver));
    }

    @PostMapping("/api/credits/{creditId}/dispute")
    @Operation(summary = "The vendor disputes an assessed credit",
            description = "Also a VENDOR user's act, on its own vendor's credits only (the vendor the agreement is with "
                    + "now): another vendor's credit answers 404 NOT_FOUND, as an unknown id would, whatever If-Match says, and records nothing.")
    public ResponseEntity<WriteResult> dispute(@PathVariable String creditId, @Valid @RequestBody DisputeRequest request,
                                               @IfMatchVersion Long expectedVersion) {
        CreditId credit = creditId(creditId);
        return WriteResponses.ok(commands.send(new DisputeCredit(credit.periodId(), credit, request.reason(),
                commands.now(), expectedVersion), request.reason()));
    }

    @PostMapping("/api/credits/{creditId}/resolution")
    @Operation(summary = "The customer resolves a dispute: UPHELD, REDUCED (to amount) or WITHDRAWN",
            description = "Only a DISPUTED credit (else 409 CREDIT_NOT_DISPUTED; unknown 404 CREDIT_NOT_FOUND). "
                    + "UPHELD keeps the amount, WITHDRAWN sets it to zero, REDUCED sets it to amount, which lies from "
                    + "zero up to below the current amount and has no more decimals than the currency's minor units "
                    + "(else 409 INVALID_AMOUNT).")
    public ResponseEntity<WriteResult> resolve(@PathVariable String creditId, @Valid @RequestBody ResolutionRequest request,
                                               @IfMatchVersion Long expectedVersion) {
        CreditId credit = creditId(creditId);
        return WriteResponses.ok(commands.send(new ResolveCreditDispute(credit.periodId(), credit, request.outcome(),
                request.amount(), commands.now(), expectedVersion)));
    }

    static PerformancePeriodId periodId(AgreementId agreement, String period) {
        try {
            return PerformancePeriodId.of(agreement, YearMonth.parse(period));
        } catch (DateTimeParseException e) {
            throw new BadRequest("period", "'" + period + "' is not a month such as 2026-02");
        }
    }

    private static CreditId creditId(String value) {
        if (!CreditId.isValid(value)) {
            throw new BadRequest("creditId", "'" + value + "' is not a credit id");
        }
        return new CreditId(value);
    }

    /** The replacement of a correction, read and validated like the request that recorded the original. */
    private <T> T read(JsonNode node, Class<T> type) {
        T value;
        try {
            value = node == null || node.isNull() ? null : json.treeToValue(node, type);
        } catch (DatabindException e) {
            throw new BadRequest("replacement", "does not have the shape of the corrected record: "
                    + ProblemDetailsAdvice.describe(e));
        } catch (JacksonException e) {
            throw new BadRequest("replacement", "does not have the shape of the corrected record");
        } catch (IllegalArgumentException e) {
            throw new BadRequest("replacement", "does not have the shape of the corrected record: " + e.getMessage());
        }
        if (value == null) {
            throw new BadRequest("replacement", "a replacement is required");
        }
        validator.validate(value).stream().findFirst().ifPresent(violation -> {
            throw new BadRequest("replacement." + violation.getPropertyPath(), violation.getMessage());
        });
        return value;
    }

    private static <T> ResponseEntity<T> created(AgreementId id, String period, WriteResult result, T answer) {
        return WriteResponses.created("/api/agreements/" + id + "/periods/" + period, result, answer);
    }
}
