package com.vendorsla.command.performance;

import com.vendorsla.command.support.Refusals;
import com.vendorsla.sharedkernel.common.AuditMetadata;
import com.vendorsla.sharedkernel.performance.event.CreditDisputed;
import com.vendorsla.sharedkernel.performance.event.DowntimeRecorded;
import com.vendorsla.sharedkernel.performance.event.ExclusionClaimed;
import com.vendorsla.sharedkernel.performance.command.ClaimExclusion;
import com.vendorsla.sharedkernel.performance.command.DisputeCredit;
import com.vendorsla.sharedkernel.vendor.VendorId;
import org.axonframework.modelling.command.ConflictingAggregateVersionException;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static com.vendorsla.command.performance.CreditLifecycleTest.AVAILABILITY_CREDIT;
import static com.vendorsla.command.performance.CreditLifecycleTest.LATER;
import static com.vendorsla.command.performance.CreditLifecycleTest.closedWithAvailabilityCredit;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * api.md, Auth: a vendor's user claims exclusions and disputes credits on its own vendor's periods only, the vendor
 * its agreement is with now (after an acquisition, the acquirer, whatever vendor the period opened with). Another
 * vendor's period answers NOT_FOUND, as an unknown id would, before any other rule, and nothing is recorded.
 */
class VendorUserOnPeriodTest extends PeriodFixtures {

    static final VendorId ACQUIRER = new VendorId("vnd-66666666-6666-4666-8666-666666666666");
    static final DowntimeRecorded RECORDED = new DowntimeRecorded(PERIOD, AGREEMENT, "dt-1",
            vendorDowntime("2026-04-10T10:00:00Z", 50), DURING_APRIL);

    static Map<String, Object> actingFor(VendorId vendor) {
        return Map.of(AuditMetadata.ACTOR, "vendor-user", AuditMetadata.ROLE, "VENDOR",
                AuditMetadata.ACTING_VENDOR, vendor.value());
    }

    @Test
    void givenAVendorDowntime_whenTheAgreementsVendorClaimsExclusion_thenClaimed() {
        fixture.given(opened(), RECORDED)
                .when(new ClaimExclusion(PERIOD, "clm-1", "dt-1", "customer firewall change", DURING_APRIL, null),
                        actingFor(VENDOR))
                .expectEvents(new ExclusionClaimed(PERIOD, AGREEMENT, "clm-1", "dt-1", "customer firewall change",
                        DURING_APRIL));
    }

    @Test
    void givenAVendorDowntime_whenAnotherVendorsUserClaimsExclusion_thenNOT_FOUND_beforeAnyOtherRule() {
        assertThat(Refusals.codeOf(fixture.given(opened(), RECORDED),
                new ClaimExclusion(PERIOD, "clm-1", "dt-1", "customer firewall change", DURING_APRIL, null),
                actingFor(ACQUIRER))).isEqualTo("NOT_FOUND");
        // an unknown downtime would be RECORD_NOT_FOUND for the period's own vendor: not for another vendor
        assertThat(Refusals.codeOf(newFixture().given(opened(), RECORDED),
                new ClaimExclusion(PERIOD, "clm-1", "dt-9", "x", DURING_APRIL, null), actingFor(VENDOR)))
                .isEqualTo("RECORD_NOT_FOUND");
        assertThat(Refusals.codeOf(newFixture().given(opened(), RECORDED),
                new ClaimExclusion(PERIOD, "clm-1", "dt-9", "x", DURING_APRIL, null), actingFor(ACQUIRER)))
                .isEqualTo("NOT_FOUND");
    }

    @Test
    void givenAnAssessedCredit_whenTheAgreementsVendorDisputes_thenDisputed_andAnotherVendorsUserIsNOT_FOUND() {
        fixture.given(opened(), closedWithAvailabilityCredit())
                .when(new DisputeCredit(PERIOD, AVAILABILITY_CREDIT, "maintenance was announced", LATER, null),
                        actingFor(VENDOR))
                .expectEvents(new CreditDisputed(PERIOD, AGREEMENT, AVAILABILITY_CREDIT, "availability",
                        "maintenance was announced", LATER));
        assertThat(Refusals.codeOf(newFixture().given(opened(), closedWithAvailabilityCredit()),
                new DisputeCredit(PERIOD, AVAILABILITY_CREDIT, "maintenance was announced", LATER, null),
                actingFor(ACQUIRER))).isEqualTo("NOT_FOUND");
    }

    @Test
    void givenTheAgreementAssignedToTheAcquirer_whenThePeriodsFormerVendorDisputes_thenNOT_FOUND_andTheAcquirerMay() {
        agreements.vendor = ACQUIRER; // the period opened with VENDOR; the agreement is with the acquirer now
        assertThat(Refusals.codeOf(fixture.given(opened(), closedWithAvailabilityCredit()),
                new DisputeCredit(PERIOD, AVAILABILITY_CREDIT, "maintenance was announced", LATER, null),
                actingFor(VENDOR))).isEqualTo("NOT_FOUND");
        newFixture().given(opened(), closedWithAvailabilityCredit())
                .when(new DisputeCredit(PERIOD, AVAILABILITY_CREDIT, "maintenance was announced", LATER, null),
                        actingFor(ACQUIRER))
                .expectEvents(new CreditDisputed(PERIOD, AGREEMENT, AVAILABILITY_CREDIT, "availability",
                        "maintenance was announced", LATER));
    }

    /**
     * If-Match of any value on another vendor's period answers NOT_FOUND, never a version conflict naming the version
     * the period is at (which would tell the vendor it exists): ahead of it (999, 2), at it and behind it alike.
     */
    @Test
    void givenAnotherVendorsPeriod_whenItsUserClaimsOrDisputesWithAnyIfMatch_thenNOT_FOUND_neverItsVersion() {
        for (Long ifMatch : new Long[]{999L, 2L, 1L, 0L}) {
            assertThat(Refusals.codeOf(newFixture().given(opened(), RECORDED),
                    new ClaimExclusion(PERIOD, "clm-1", "dt-1", "customer firewall change", DURING_APRIL, ifMatch),
                    actingFor(ACQUIRER))).as("claim, If-Match %s", ifMatch).isEqualTo("NOT_FOUND");
            assertThat(Refusals.codeOf(newFixture().given(opened(), closedWithAvailabilityCredit()),
                    new DisputeCredit(PERIOD, AVAILABILITY_CREDIT, "maintenance was announced", LATER, ifMatch),
                    actingFor(ACQUIRER))).as("dispute, If-Match %s", ifMatch).isEqualTo("NOT_FOUND");
        }
    }

    /** On its own period a stale If-Match, ahead of the period (999, 2) or behind it (0), is 412 as for anyone. */
    @Test
    void givenItsOwnPeriod_whenItsUserClaimsOrDisputesWithAStaleIfMatch_thenAVersionConflictNamingTheCurrentVersion() {
        for (long ifMatch : new long[]{999, 2, 0}) {
            ConflictingAggregateVersionException claim = Refusals.versionConflictOf(newFixture().given(opened(), RECORDED),
                    new ClaimExclusion(PERIOD, "clm-1", "dt-1", "customer firewall change", DURING_APRIL, ifMatch),
                    actingFor(VENDOR));
            assertThat(claim.getActualVersion()).as("claim, If-Match %s", ifMatch).isEqualTo(1);
            assertThat(claim.getExpectedVersion()).isEqualTo(ifMatch);
            assertThat(Refusals.versionConflictOf(newFixture().given(opened(), closedWithAvailabilityCredit()),
                    new DisputeCredit(PERIOD, AVAILABILITY_CREDIT, "maintenance was announced", LATER, ifMatch),
                    actingFor(VENDOR)).getActualVersion()).as("dispute, If-Match %s", ifMatch).isEqualTo(1);
        }
        newFixture().given(opened(), closedWithAvailabilityCredit())
                .when(new DisputeCredit(PERIOD, AVAILABILITY_CREDIT, "maintenance was announced", LATER, 1L),
                        actingFor(VENDOR))
                .expectEvents(new CreditDisputed(PERIOD, AGREEMENT, AVAILABILITY_CREDIT, "availability",
                        "maintenance was announced", LATER));
    }
}
