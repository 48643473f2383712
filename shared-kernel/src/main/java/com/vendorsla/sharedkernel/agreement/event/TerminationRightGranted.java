package com.vendorsla.sharedkernel.agreement.event;

import com.vendorsla.sharedkernel.agreement.AgreementId;
import com.vendorsla.sharedkernel.agreement.TerminationRightCause;
import org.axonframework.serialization.Revision;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

/**
 * The customer was granted termination right {@code rightId} for cause: {@code cause} of service level
 * {@code serviceLevelId} in {@code periods}, granted on {@code grantedOn}, to be exercised by {@code exerciseBy}.
 */
@Revision("1")
public record TerminationRightGranted(
        AgreementId agreementId,
        String rightId,
        String serviceLevelId,
        TerminationRightCause cause,
        List<YearMonth> periods,
        LocalDate grantedOn,
        LocalDate exerciseBy,
        Instant occurredAt) implements AgreementEvent {

    public TerminationRightGranted {
        periods = periods == null ? null : List.copyOf(periods);
    }
}
