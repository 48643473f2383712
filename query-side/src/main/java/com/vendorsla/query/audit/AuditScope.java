package com.vendorsla.query.audit;

import com.vendorsla.sharedkernel.agreement.AgreementId;
import com.vendorsla.sharedkernel.performance.PerformancePeriodId;

/**
 * Which aggregates' events a query reads: one aggregate ({@code aggregateId}), and/or those whose id starts with
 * {@code aggregateIdPrefix} (an agreement's performance periods are {@code prd-<agreement uuid>-<month>}).
 * Both null: every aggregate.
 */
record AuditScope(String aggregateId, String aggregateIdPrefix) {

    static final AuditScope ALL = new AuditScope(null, null);

    static AuditScope of(String aggregateId) {
        return new AuditScope(aggregateId, null);
    }

    /** A subject's history: an agreement's includes its performance periods' events; anything else is itself. */
    static AuditScope ofSubject(String subjectId) {
        if (AgreementId.isValid(subjectId)) {
            String uuid = subjectId.substring(AgreementId.PREFIX.length() + 1);
            return new AuditScope(subjectId, PerformancePeriodId.PREFIX + "-" + uuid + "-");
        }
        return of(subjectId);
    }
}
