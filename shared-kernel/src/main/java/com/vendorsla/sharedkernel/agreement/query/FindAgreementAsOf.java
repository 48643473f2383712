package com.vendorsla.sharedkernel.agreement.query;

import com.vendorsla.sharedkernel.agreement.AgreementId;
import com.vendorsla.sharedkernel.audit.query.AsOf;

/** One agreement as it stood at an instant ({@link AsOf}), rebuilt from its stored events (not from a read model). */
public record FindAgreementAsOf(AgreementId agreementId, AsOf asOf) {
}
