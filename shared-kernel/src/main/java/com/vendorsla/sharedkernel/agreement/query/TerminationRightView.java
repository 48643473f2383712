package com.vendorsla.sharedkernel.agreement.query;

import com.vendorsla.sharedkernel.agreement.TerminationRightCause;
import com.vendorsla.sharedkernel.agreement.TerminationRightStatus;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

/** A termination right for cause (api.md: {@code /termination-rights}); {@code closedAt} once exercised or lapsed. */
public record TerminationRightView(
        String id,
        String serviceLevelId,
        TerminationRightCause cause,
        List<YearMonth> periods,
        LocalDate grantedOn,
        LocalDate exerciseBy,
        TerminationRightStatus status,
        Instant closedAt) {

    public TerminationRightView {
        periods = List.copyOf(periods);
    }
}
