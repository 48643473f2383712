package com.vendorsla.sharedkernel.agreement.query;

import com.vendorsla.sharedkernel.agreement.AgreementId;

/** What changed from one version of an agreement's terms to another, as {@code [{path, before, after}]}. */
public record FindTermsDiff(AgreementId agreementId, int fromVersion, int toVersion) {
}
