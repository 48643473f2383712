package com.vendorsla.command.agreement;

import com.vendorsla.sharedkernel.agreement.terms.AgreementTerms;

/** The version of an agreement's terms in force on a day, and those (complete) terms. */
public record TermsInForce(int termsVersion, AgreementTerms terms) {
}
