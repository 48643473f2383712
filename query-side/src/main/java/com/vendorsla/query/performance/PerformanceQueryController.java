package com.vendorsla.query.performance;

import com.vendorsla.query.agreement.AgreementViews;
import com.vendorsla.query.web.NotFound;
import com.vendorsla.query.web.QueryIds;
import com.vendorsla.query.web.ReadYourWrites;
import com.vendorsla.sharedkernel.agreement.AgreementId;
import com.vendorsla.sharedkernel.audit.query.AsOf;
import com.vendorsla.sharedkernel.common.BadRequest;
import com.vendorsla.sharedkernel.performance.PerformancePeriodId;
import com.vendorsla.sharedkernel.performance.query.CreditLedgerView;
import com.vendorsla.sharedkernel.performance.query.FindAgreementCredits;
import com.vendorsla.sharedkernel.performance.query.FindPerformancePeriod;
import com.vendorsla.sharedkernel.performance.query.FindPerformancePeriodAsOf;
import com.vendorsla.sharedkernel.performance.query.FindPerformancePeriods;
import com.vendorsla.sharedkernel.performance.query.FindVendorCredits;
import com.vendorsla.sharedkernel.performance.query.FindVendorScorecard;
import com.vendorsla.sharedkernel.performance.query.PerformancePeriodView;
import com.vendorsla.sharedkernel.performance.query.PeriodSummary;
import com.vendorsla.sharedkernel.performance.query.VendorScorecardView;
import com.vendorsla.sharedkernel.vendor.VendorId;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.time.Instant;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.regex.Pattern;

/** Reads of performance periods, credit ledgers and vendor scorecards (api.md, Performance periods; Vendors). */
@RestController
@RequestMapping("/api")
@Tag(name = "Performance periods")
public class PerformanceQueryController {

    private static final Pattern MONTH = Pattern.compile("\\d{4}-\\d{2}");
    private static final String READ_YOUR_LEDGER = "Read-your-writes: a write on a period or a credit answers the "
            + "period's id and version; with period and minVersion=N the view waits up to 10 s until that period's read "
            + "model reaches version N (else 503);";

    private final QueryGateway queries;
    private final PeriodViews periods;
    private final ReadYourWrites readYourWrites;
    private final AgreementViews agreements;

    public PerformanceQueryController(QueryGateway queries, PeriodViews periods, ReadYourWrites readYourWrites,
                                      AgreementViews agreements) {
        this.queries = queries;
        this.periods = periods;
        this.readYourWrites = readYourWrites;
        this.agreements = agreements;
    }

    @GetMapping("/agreements/{id}/periods/{period}")
    @Operation(operationId = "period",
            summary = "One month of an agreement: records, results, credits, and how each number was computed; "
            + "or as it stood at an instant",
            description = "A month of the agreement's life with nothing recorded yet answers an empty OPEN view. An "
                    + "OPEN period also shows provisional results: what the close would decide now with the records "
                    + "so far (an early warning; KPI service levels without a value are listed as awaiting). "
                    + "With minVersion=N, waits up to 10 s for the period's read model to reach version N (else 503). "
                    + "With asOf (an ISO-8601 instant): rebuilt from the period's events that had happened by then "
                    + "(records, corrections, results, credits and later ledger lines); with knownAt as well, only "
                    + "from the events recorded by knownAt. 404 when nothing had happened in the period by then.")
    public ResponseEntity<PerformancePeriodView> period(@PathVariable String id, @PathVariable String period,
                                                        @RequestParam(required = false) Long minVersion,
                                                        @Parameter(example = "2026-11-03T10:00:00Z")
                                                        @RequestParam(required = false) Instant asOf,
                                                        @Parameter(description = "only what had been recorded by this instant (default: everything recorded so far); alone, also the instant asked about", example = "2026-02-03T10:00:00Z")
                                                        @RequestParam(required = false) Instant knownAt) {
        AgreementId agreementId = QueryIds.agreement(id);
        YearMonth month = month("period", period);
        AsOf then = AsOf.of(asOf, knownAt);
        if (then != null) {
            return ResponseEntity.ok(queries.query(new FindPerformancePeriodAsOf(agreementId, month, then),
                            ResponseTypes.optionalInstanceOf(PerformancePeriodView.class)).join()
                    .orElseThrow(() -> new NotFound("performance period (as of " + then + ")", id + "/" + period)));
        }
        readYourWrites.awaitVersion(minVersion, () -> periods.version(agreementId.value(), month));
        PerformancePeriodView view = queries.query(new FindPerformancePeriod(agreementId, month),
                        ResponseTypes.optionalInstanceOf(PerformancePeriodView.class)).join()
                .orElseThrow(() -> new NotFound("performance period", id + "/" + period));
        ResponseEntity.BodyBuilder ok = ResponseEntity.ok();
        if (view.version() != null) {
            ok.eTag("\"" + view.version() + "\"");
        }
        return ok.body(view);
    }

    @GetMapping("/agreements/{id}/periods")
    @Operation(summary = "The agreement's opened periods, oldest first, optionally of one year",
            description = "A period is opened by the first record of its month; each entry says whether it is OPEN "
                    + "or CLOSED, its terms version and version, and once closed when, its credit totals and the service "
                    + "levels breached, failed critically or at risk. year (1900-9999, else 400) "
                    + "keeps only that calendar year's months. An agreement with no period answers an empty list.")
    public List<PeriodSummary> periods(@PathVariable String id, @RequestParam(required = false) Integer year) {
        AgreementId agreementId = QueryIds.agreement(id);
        return queries.query(new FindPerformancePeriods(agreementId, year(year)),
                ResponseTypes.multipleInstancesOf(PeriodSummary.class)).join();
    }

    @GetMapping("/agreements/{id}/credits")
    @Operation(summary = "The agreement's credit ledger: every line, and totals assessed, adjusted, reduced, clawed back, net",
            description = "Amounts are signed; net is the sum of all lines. year=Y keeps the lines of Y's periods. "
                    + READ_YOUR_LEDGER + " period is the month (2026-03) or the period id.")
    public CreditLedgerView agreementCredits(@PathVariable String id, @RequestParam(required = false) Integer year,
                                             @Parameter(description = "the period whose version minVersion names: 2026-03 or its id", example = "2026-03")
                                             @RequestParam(required = false) String period,
                                             @RequestParam(required = false) Long minVersion) {
        AgreementId agreementId = QueryIds.agreement(id);
        awaitPeriod(agreementId, period, minVersion);
        return queries.query(new FindAgreementCredits(agreementId, year(year)),
                        ResponseTypes.optionalInstanceOf(CreditLedgerView.class)).join()
                .orElseThrow(() -> new NotFound("agreement", id));
    }

    @GetMapping("/vendors/{id}/credits")
    @Operation(summary = "The credit ledger across every agreement of a vendor",
            description = "Lines of the periods measured for this vendor; totals per currency in byCurrency. "
                    + READ_YOUR_LEDGER + " period is the period id.")
    public CreditLedgerView vendorCredits(@PathVariable String id, @RequestParam(required = false) Integer year,
                                          @Parameter(description = "the period whose version minVersion names: its id", example = "prd-9b80ae94-1f0c-4c55-9d1e-3f1b2c7a8e01-2026-03")
                                          @RequestParam(required = false) String period,
                                          @RequestParam(required = false) Long minVersion) {
        VendorId vendorId = QueryIds.vendor(id);
        awaitPeriodOf(vendorId, period, minVersion);
        return queries.query(new FindVendorCredits(vendorId, year(year)),
                        ResponseTypes.optionalInstanceOf(CreditLedgerView.class)).join()
                .orElseThrow(() -> new NotFound("vendor", id));
    }

    @GetMapping("/vendors/{id}/scorecard")
    @Operation(summary = "A vendor's year per agreement and service level: attainment, breaches, credits, at-risk used",
            description = READ_YOUR_LEDGER + " period is the period id.")
    public VendorScorecardView scorecard(@PathVariable String id, @RequestParam(required = false) Integer year,
                                         @Parameter(description = "the period whose version minVersion names: its id", example = "prd-9b80ae94-1f0c-4c55-9d1e-3f1b2c7a8e01-2026-03")
                                         @RequestParam(required = false) String period,
                                         @RequestParam(required = false) Long minVersion) {
        VendorId vendorId = QueryIds.vendor(id);
        if (year == null) {
            throw new BadRequest("year", "year is required, e.g. ?year=2026");
        }
        awaitPeriodOf(vendorId, period, minVersion);
        return queries.query(new FindVendorScorecard(vendorId, year(year)),
                        ResponseTypes.optionalInstanceOf(VendorScorecardView.class)).join()
                .orElseThrow(() -> new NotFound("vendor", id));
    }

    /**
     * Read-your-writes for views built from many periods: a write on a period or a credit answers the period's id and
     * version, and the view waits for that period of the agreement (a month stands for it here).
     */
    private void awaitPeriod(AgreementId agreement, String period, Long minVersion) {
        if (minVersion != null) {
            awaitVersion(periodId(agreement, required(period)), minVersion);
        }
    }

    /**
     * {@link #awaitPeriod} for a vendor's views, by the period's id: it must be of one of the vendor's agreements, else
     * 400 alike for a period unknown and one of another vendor (which a vendor's own user may not learn exists).
     */
    private void awaitPeriodOf(VendorId vendor, String period, Long minVersion) {
        if (minVersion == null) {
            return;
        }
        PerformancePeriodId periodId = periodId(null, required(period));
        if (!agreements.isWith(periodId.agreementId().value(), vendor.value())) {
            throw new BadRequest("period", "period " + periodId + " is not one of vendor " + vendor + "'s agreements");
        }
        awaitVersion(periodId, minVersion);
    }

    private void awaitVersion(PerformancePeriodId periodId, long minVersion) {
        readYourWrites.awaitVersion(minVersion, () -> periods.version(periodId.agreementId().value(), periodId.month()));
    }

    private static String required(String period) {
        if (period == null || period.isBlank()) {
            throw new BadRequest("period", "minVersion here names a period's version: give period too, the id the write answered");
        }
        return period.strip();
    }

    private static PerformancePeriodId periodId(AgreementId agreement, String period) {
        if (agreement != null && MONTH.matcher(period).matches()) {
            return PerformancePeriodId.of(agreement, month("period", period));
        }
        PerformancePeriodId periodId;
        try {
            periodId = new PerformancePeriodId(period);
        } catch (IllegalArgumentException | DateTimeParseException e) {
            throw new BadRequest("period", "'" + period + "' is not a period id such as prd-<agreement uuid>-2026-03"
                    + (agreement == null ? "" : " nor a month such as 2026-03"));
        }
        if (agreement != null && !periodId.agreementId().equals(agreement)) {
            throw new BadRequest("period", "period " + period + " is not one of agreement " + agreement);
        }
        return periodId;
    }

    private static YearMonth month(String field, String value) {
        try {
            if (MONTH.matcher(value).matches()) {
                return YearMonth.parse(value);
            }
        } catch (DateTimeParseException e) {
            // answered below
        }
        throw new BadRequest(field, "'" + value + "' is not a month such as 2026-02");
    }

    private static Integer year(Integer year) {
        if (year != null && (year < 1900 || year > 9999)) {
            throw new BadRequest("year", "'" + year + "' is not a year such as 2026");
        }
        return year;
    }
}
