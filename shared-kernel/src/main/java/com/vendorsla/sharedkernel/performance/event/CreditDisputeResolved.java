package com.vendorsla.sharedkernel.performance.event;

import com.vendorsla.sharedkernel.agreement.AgreementId;
import com.vendorsla.sharedkernel.performance.CreditId;
import com.vendorsla.sharedkernel.performance.CreditLine;
import com.vendorsla.sharedkernel.performance.DisputeOutcome;
import com.vendorsla.sharedkernel.performance.PerformancePeriodId;
import org.axonframework.serialization.Revision;

import java.math.BigDecimal;
import java.time.Instant;

/** The customer resolved a dispute; `line` is the ledger line the resolution added (none when upheld). */
@Revision("1")
public record CreditDisputeResolved(
        PerformancePeriodId periodId,
        AgreementId agreementId,
        CreditId creditId,
        String serviceLevelId,
        DisputeOutcome outcome,
        BigDecimal amountBefore,
        BigDecimal amountAfter,
        CreditLine line,
        Instant occurredAt) implements PerformancePeriodEvent {
}
