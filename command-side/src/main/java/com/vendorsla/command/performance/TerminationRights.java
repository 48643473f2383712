package com.vendorsla.command.performance;

import com.vendorsla.sharedkernel.agreement.AgreementId;
import com.vendorsla.sharedkernel.performance.calc.TerminationRightGrant;

import java.time.Instant;
import java.time.LocalDate;

/** Grants a termination right on the agreement (the Agreement aggregate records and times it). */
public interface TerminationRights {

    void grant(AgreementId agreementId, String rightId, TerminationRightGrant grant, LocalDate grantedOn,
               LocalDate exerciseBy, Instant occurredAt);
}
