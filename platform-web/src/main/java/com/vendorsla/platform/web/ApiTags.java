package com.vendorsla.platform.web;

import java.util.Map;
import java.util.TreeMap;

/**
 * The groups of operations in the platform's OpenAPI documents ({@code @Tag(name = ...)} on the controllers) and what
 * each is about. One list for both sides, so that the write side's, the read side's and the standalone document
 * describe a group shared by both sides (Agreements, Vendors, ...) in the same words.
 */
public final class ApiTags {

    /** Tag name to description, by name. */
    public static final Map<String, String> DESCRIPTIONS;

    static {
        Map<String, String> tags = new TreeMap<>();
        tags.put("Acquisitions", "A vendor acquired by another: the acquisition itself, the lineage of vendors, and "
                + "the renegotiation of each agreement the acquired vendor was party to.");
        tags.put("Agreements", "Service level agreements with a vendor: drafting with full terms, negotiation "
                + "(proposals, counter-proposals), signatures, versioned revisions, renewal, termination and termination "
                + "rights; reads of the current terms, of every version and of a past instant.");
        tags.put("Annual reviews", "The yearly review of each agreement: the report of its year (attainment, credits, "
                + "rights, trends), its completion with findings and decisions, optionally opening a revision, and the "
                + "portfolio view across agreements.");
        tags.put("Audit", "For auditors: every event with actor, role, business and recording time, correlation and "
                + "causation ids and reason; histories of one agreement, vendor or month; hash-chain integrity checks.");
        tags.put("Measurement intake", "Measurements from other systems: CSV or JSON imports of downtime, incidents "
                + "and KPI values (taken whole or not at all, duplicates by source id, ServiceNow and Jira profiles), "
                + "Prometheus Alertmanager webhooks with integration tokens and monitor bindings, and the outages seen.");
        tags.put("Notices", "The notices the platform sent (termination rights, renegotiations, months to close, "
                + "reviews due, agreements expiring, suspended subscriptions): who was told what and when.");
        tags.put("Operations", "For admins: rebuilding a read model from the event store (a replay) and following its "
                + "progress.");
        tags.put("Performance periods", "Monthly performance periods of an agreement: downtime, incidents, KPI values, "
                + "exclusion claims and corrections; closing a month into results and credits; disputes of credits and "
                + "their resolution; credit ledgers and vendor scorecards.");
        tags.put("Signed-in user", "Who the caller is: user name, roles and, for a vendor's own user, the vendor it "
                + "is bound to; the web interface shows each role its screens from it.");
        tags.put("Vendors", "The vendors the organisation buys IT services from: registration, the vendor list, one "
                + "vendor now or at an instant.");
        tags.put("Webhook subscriptions", "Integration events for other systems: subscriptions receiving every event "
                + "(or chosen types, or one vendor's) as signed CloudEvents, at least once and in order; their "
                + "deliveries, suspension, resumption and rewind.");
        tags.put("Worklist", "What needs action now across every agreement: open termination rights, disputed credits, "
                + "months to close or to record, reviews due, renegotiations open or overdue.");
        DESCRIPTIONS = java.util.Collections.unmodifiableMap(tags);
    }

    private ApiTags() {
    }
}
