package com.vendorsla.sharedkernel.agreement.query;

import com.vendorsla.sharedkernel.agreement.terms.TermsChange;

import java.util.List;

/** What changed from version {@code from} of an agreement's terms to version {@code to}. */
public record TermsDiffView(int from, int to, List<TermsChange> changes) {

    public TermsDiffView {
        changes = List.copyOf(changes);
    }
}
