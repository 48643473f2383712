package com.vendorsla.sharedkernel.agreement.query;

/**
 * Where one part of a MULTI_LEVEL agreement's terms comes from: {@code OWN} (stated by the agreement itself) or
 * {@code PARENT} (inherited), with the id of the agreement that states it.
 */
public record TermSource(String source, String agreementId) {

    public static final String OWN = "OWN";
    public static final String PARENT = "PARENT";

    public static TermSource own(String agreementId) {
        return new TermSource(OWN, agreementId);
    }

    public static TermSource parent(String parentAgreementId) {
        return new TermSource(PARENT, parentAgreementId);
    }
}
