package com.vendorsla.sharedkernel.agreement.event;

import com.vendorsla.sharedkernel.agreement.AgreementId;
import com.vendorsla.sharedkernel.agreement.terms.AgreementTerms;
import com.vendorsla.sharedkernel.vendor.AcquisitionId;
import com.vendorsla.sharedkernel.vendor.VendorId;
import org.axonframework.serialization.Revision;

import java.time.Instant;
import java.time.LocalDate;

/**
 * The agreement, with {@code acquiredVendorId}, must be renegotiated because that vendor was acquired by
 * {@code acquirerId} from {@code acquisitionEffectiveDate}; it stays in force meanwhile. To be concluded by
 * {@code deadline} (its last day). {@code termsVersionBefore} is the version in force at the acquisition's effective
 * date and {@code termsBefore} its complete terms, so that the event alone says what was renegotiated.
 */
@Revision("1")
public record RenegotiationOpened(
        AgreementId agreementId,
        AcquisitionId acquisitionId,
        VendorId acquiredVendorId,
        VendorId acquirerId,
        LocalDate acquisitionEffectiveDate,
        LocalDate deadline,
        int termsVersionBefore,
        AgreementTerms termsBefore,
        Instant occurredAt) implements AgreementEvent {
}
