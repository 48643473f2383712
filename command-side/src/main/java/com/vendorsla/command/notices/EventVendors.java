package com.vendorsla.command.notices;

import com.vendorsla.sharedkernel.agreement.AgreementId;
import com.vendorsla.sharedkernel.agreement.event.AgreementAssignedToVendor;
import com.vendorsla.sharedkernel.agreement.event.AgreementDrafted;
import com.vendorsla.sharedkernel.agreement.event.AgreementEvent;
import com.vendorsla.sharedkernel.performance.event.PeriodClosed;
import com.vendorsla.sharedkernel.performance.event.PeriodOpened;
import com.vendorsla.sharedkernel.performance.event.PerformancePeriodEvent;
import com.vendorsla.sharedkernel.review.event.ReviewEvent;
import com.vendorsla.sharedkernel.vendor.event.VendorAcquired;
import com.vendorsla.sharedkernel.vendor.event.VendorEvent;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.util.List;
import java.util.Set;

/**
 * The vendors an event concerns, for the {@code vendorId} filter of a subscription: a vendor's own events (an
 * acquisition concerns both vendors), and the events of the agreements it is party to when they happen (an agreement
 * assigned to an acquirer is the acquirer's from the assignment on), of their months and of their reviews. Events of
 * nothing vendor-specific (subscriptions, notices) concern no vendor.
 */
@Component
class EventVendors {

    private final JdbcTemplate jdbc;
    private final JsonMapper json;

    EventVendors(JdbcTemplate jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    Set<String> of(Object payload, long position) {
        if (payload instanceof VendorAcquired acquired) {
            return Set.of(acquired.vendorId().value(), acquired.acquirerId().value());
        }
        if (payload instanceof VendorEvent vendorEvent) {
            return Set.of(vendorEvent.vendorId().value());
        }
        if (payload instanceof AgreementAssignedToVendor assigned) {
            return Set.of(assigned.fromVendorId().value(), assigned.toVendorId().value());
        }
        if (payload instanceof AgreementDrafted drafted) {
            return Set.of(drafted.vendorId().value());
        }
        if (payload instanceof PeriodOpened opened) {
            return Set.of(opened.vendorId().value());
        }
        if (payload instanceof PeriodClosed closed) {
            return Set.of(closed.vendorId().value());
        }
        AgreementId agreement = payload instanceof AgreementEvent event ? event.agreementId()
                : payload instanceof PerformancePeriodEvent event ? event.agreementId()
                : payload instanceof ReviewEvent event ? event.agreementId() : null;
        if (agreement == null) {
            return Set.of();
        }
        String vendor = agreementVendorAt(agreement.value(), position);
        return vendor == null ? Set.of() : Set.of(vendor);
    }

    /** The vendor of the agreement as of global position {@code position}: drafted with, or assigned to last. */
    private String agreementVendorAt(String agreementId, long position) {
        List<String> payloads = jdbc.queryForList("""
                SELECT convert_from(payload, 'UTF8') FROM domain_event_entry
                WHERE aggregate_identifier = ? AND global_index <= ? AND payload_type IN (?, ?)
                ORDER BY sequence_number DESC LIMIT 1""", String.class, agreementId, position,
                AgreementDrafted.class.getName(), AgreementAssignedToVendor.class.getName());
        if (payloads.isEmpty()) {
            return null;
        }
        JsonNode node = json.readTree(payloads.get(0));
        JsonNode vendor = node.has("toVendorId") ? node.get("toVendorId") : node.get("vendorId");
        return vendor == null ? null : vendor.asString();
    }
}
