package com.vendorsla.query.audit;

import com.vendorsla.query.web.NotFound;
import com.vendorsla.sharedkernel.audit.query.AuditEventPage;
import com.vendorsla.sharedkernel.audit.query.AuditEventView;
import com.vendorsla.sharedkernel.audit.query.FindAuditEvents;
import com.vendorsla.sharedkernel.audit.query.FindHistory;
import com.vendorsla.sharedkernel.audit.query.IntegrityReport;
import com.vendorsla.sharedkernel.audit.query.VerifyEventChains;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.stereotype.Component;

import java.util.List;

@Component
public class AuditQueryHandler {

    private final AuditTrail trail;
    private final EventChainVerifier verifier;

    public AuditQueryHandler(AuditTrail trail, EventChainVerifier verifier) {
        this.trail = trail;
        this.verifier = verifier;
    }

    @QueryHandler
    public AuditEventPage handle(FindAuditEvents query) {
        AuditScope scope = query.aggregateId() == null ? AuditScope.ALL : AuditScope.of(query.aggregateId());
        return new AuditEventPage(trail.page(scope, query.filter(), query.page(), query.size()), query.page(),
                query.size(), trail.count(scope, query.filter()));
    }

    /** A subject nothing was ever recorded for is unknown (404), whatever the filter leaves of its history. */
    @QueryHandler
    public List<AuditEventView> handle(FindHistory query) {
        if (!trail.exists(query.subjectId())) {
            throw new NotFound("history of", query.subjectId());
        }
        return trail.all(AuditScope.ofSubject(query.subjectId()), query.filter());
    }

    @QueryHandler
    public IntegrityReport handle(VerifyEventChains query) {
        return query.agreementWithPeriods() != null
                ? verifier.verifyWithPeriods(query.agreementWithPeriods())
                : verifier.verify(query.aggregateId());
    }
}
