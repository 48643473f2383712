package com.vendorsla.sharedkernel.performance.event;

import com.vendorsla.sharedkernel.agreement.AgreementId;
import com.vendorsla.sharedkernel.performance.PerformancePeriodId;

import java.time.Instant;

/** Everything that happens to a performance period (one month of one agreement). */
public sealed interface PerformancePeriodEvent permits CreditClawedBack, CreditDisputeResolved, CreditDisputed, DowntimeCorrected, DowntimeRecorded, EarnBackLapsed, ExclusionClaimDecided, ExclusionClaimed, IncidentCorrected, IncidentRecorded, KpiValueCorrected, KpiValueRecorded, PeriodClosed, PeriodOpened, PeriodReevaluated {

    PerformancePeriodId periodId();

    AgreementId agreementId();

    /** Business time: when it happened, as opposed to when it was recorded. */
    Instant occurredAt();
}
