package com.vendorsla.sharedkernel.agreement.command;

import com.vendorsla.sharedkernel.agreement.AgreementId;
import com.vendorsla.sharedkernel.agreement.TerminationRightCause;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

/**
 * Grant the customer a termination right for cause (sent by the performance process when a period closes).
 * Granting a right already recorded under {@code rightId} changes nothing, so a repeated close is harmless.
 *
 * @param periods    the breached periods behind it, oldest first
 * @param exerciseBy the last day on which it may be exercised; it lapses after that day
 */
public record GrantTerminationRight(
        @TargetAggregateIdentifier AgreementId agreementId,
        String rightId,
        String serviceLevelId,
        TerminationRightCause cause,
        List<YearMonth> periods,
        LocalDate grantedOn,
        LocalDate exerciseBy,
        Instant occurredAt) {

    public GrantTerminationRight {
        periods = periods == null ? null : List.copyOf(periods);
    }
}
