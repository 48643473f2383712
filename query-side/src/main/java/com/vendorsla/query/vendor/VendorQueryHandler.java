package com.vendorsla.query.vendor;

import com.vendorsla.query.asof.RecordedEvents;
import com.vendorsla.sharedkernel.agreement.event.AgreementAssignedToVendor;
import com.vendorsla.sharedkernel.agreement.event.AgreementDrafted;
import com.vendorsla.sharedkernel.agreement.event.AgreementEvent;
import com.vendorsla.query.agreement.AgreementState;
import com.vendorsla.sharedkernel.audit.query.AsOf;
import com.vendorsla.sharedkernel.vendor.VendorStatus;
import com.vendorsla.sharedkernel.vendor.event.VendorAcquired;
import com.vendorsla.sharedkernel.vendor.event.VendorRegistered;
import com.vendorsla.sharedkernel.vendor.query.FindVendor;
import com.vendorsla.sharedkernel.vendor.query.FindVendorAsOf;
import com.vendorsla.sharedkernel.vendor.query.FindVendors;
import com.vendorsla.sharedkernel.vendor.query.VendorView;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.stereotype.Component;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Answers vendor queries from {@code vendor_view}, except as-of, which folds the vendor's events and its agreements'
 * events as recorded in the event store up to the instant asked for.
 */
@Component
public class VendorQueryHandler {

    private final VendorViews views;
    private final RecordedEvents recorded;

    public VendorQueryHandler(VendorViews views, RecordedEvents recorded) {
        this.views = views;
        this.recorded = recorded;
    }

    @QueryHandler
    public Optional<VendorView> handle(FindVendor query) {
        return views.find(query.vendorId().value());
    }

    @QueryHandler
    public List<VendorView> handle(FindVendors query) {
        return views.findAll(query.status());
    }

    /**
     * The vendor's name, status and acquirer from its own events as of the instant, and the agreements that were
     * with it then: every agreement drafted for it or assigned to or from it is a candidate, and its events as of
     * the same instant decide whether it existed and was with this vendor. Empty when the vendor was not registered.
     */
    @QueryHandler
    public Optional<VendorView> handle(FindVendorAsOf query) {
        String vendorId = query.vendorId().value();
        VendorView vendor = null;
        for (DomainEventMessage<?> message : recorded.of(vendorId, query.asOf())) {
            if (message.getPayload() instanceof VendorRegistered e) {
                vendor = new VendorView(vendorId, e.name(), e.country(), e.reference(), VendorStatus.ACTIVE, null,
                        List.of(), message.getSequenceNumber(), e.occurredAt(), query.asOf().instant());
            } else if (vendor != null && message.getPayload() instanceof VendorAcquired e) {
                vendor = new VendorView(vendorId, vendor.name(), vendor.country(), vendor.reference(),
                        VendorStatus.ACQUIRED, e.acquirerId().value(), List.of(), message.getSequenceNumber(),
                        vendor.registeredAt(), query.asOf().instant());
            }
        }
        if (vendor == null) {
            return Optional.empty();
        }
        return Optional.of(new VendorView(vendorId, vendor.name(), vendor.country(), vendor.reference(),
                vendor.status(), vendor.acquiredBy(), agreementsWith(vendorId, query.asOf()), vendor.version(),
                vendor.registeredAt(), query.asOf().instant()));
    }

    private List<String> agreementsWith(String vendorId, AsOf asOf) {
        List<Class<?>> naming = List.of(AgreementDrafted.class, AgreementAssignedToVendor.class);
        return recorded.aggregatesMentioning(vendorId, naming).stream()
                .map(agreementId -> agreementAsOf(agreementId, asOf))
                .flatMap(Optional::stream)
                .filter(agreement -> vendorId.equals(agreement.vendorId()))
                .sorted(Comparator.comparing(AgreementState::effectiveFrom, Comparator.nullsLast(Comparator.naturalOrder()))
                        .thenComparing(AgreementState::id))
                .map(AgreementState::id)
                .toList();
    }

    private Optional<AgreementState> agreementAsOf(String agreementId, AsOf asOf) {
        AgreementState state = new AgreementState();
        for (DomainEventMessage<?> message : recorded.of(agreementId, asOf)) {
            if (message.getPayload() instanceof AgreementEvent event) {
                state.apply(event, message.getSequenceNumber());
            }
        }
        return state.exists() ? Optional.of(state) : Optional.empty();
    }
}
