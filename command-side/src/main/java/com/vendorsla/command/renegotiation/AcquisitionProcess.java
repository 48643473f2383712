package com.vendorsla.command.renegotiation;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.vendorsla.sharedkernel.agreement.AgreementId;
import com.vendorsla.sharedkernel.agreement.RenegotiationOutcome;
import com.vendorsla.sharedkernel.agreement.command.OpenRenegotiation;
import com.vendorsla.sharedkernel.agreement.event.AgreementActivated;
import com.vendorsla.sharedkernel.agreement.event.AgreementAssignedToVendor;
import com.vendorsla.sharedkernel.agreement.event.AgreementDrafted;
import com.vendorsla.sharedkernel.agreement.event.AgreementExpired;
import com.vendorsla.sharedkernel.agreement.event.AgreementTerminated;
import com.vendorsla.sharedkernel.agreement.event.RenegotiationConcluded;
import com.vendorsla.sharedkernel.vendor.AcquisitionId;
import com.vendorsla.sharedkernel.vendor.VendorId;
import com.vendorsla.sharedkernel.vendor.event.VendorAcquired;
import com.vendorsla.sharedkernel.vendor.event.VendorRegistered;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.modelling.saga.SagaEventHandler;
import org.axonframework.modelling.saga.SagaLifecycle;
import org.axonframework.modelling.saga.StartSaga;
import org.axonframework.spring.stereotype.Saga;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.TreeMap;

/**
 * The acquisition of one vendor and the renegotiations it causes (domain.md, Acquisitions and renegotiation).
 * <p>
 * <b>Which agreements.</b> The process of a vendor starts when the vendor is registered and follows, from the
 * agreements' own events, which agreements are with it and which of them are ACTIVE: drafted with it, activated,
 * terminated or expired, assigned to it after a renegotiation, handed on to an acquirer. A saga sees the events it
 * is associated with in the order of the event store, so when the vendor's {@link VendorAcquired} arrives the
 * process knows exactly the agreements that were ACTIVE with it at that point of the stream: the same answer on
 * every run and every replay, without a query that could be stale. Each agreement then decides for itself, in its
 * own consistency boundary, whether it is still ACTIVE with that vendor when the renegotiation opens.
 * <p>
 * <b>Keyed on the acquisition.</b> A vendor is acquired at most once, so from its acquisition on the process is the
 * process of that acquisition and is associated with its id; conclusions of the renegotiations reach it by it.
 * <p>
 * <b>Chains.</b> An agreement assigned to the acquirer A joins A's process, so when A is acquired in turn by B it is
 * among A's ACTIVE agreements and follows into a new renegotiation. One assigned to A after A's own acquisition,
 * or activated with a vendor already acquired, is renegotiated at once. That is why a process lives as long as its
 * vendor: agreements may reach a vendor through a chain at any time.
 */
@Saga
@ProcessingGroup(AcquisitionProcess.NAME)
@JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY)
public class AcquisitionProcess {

    public static final String NAME = "acquisition-process";
    static final String VENDOR = "vendorId";
    static final String AGREEMENT = "agreementId";
    static final String ACQUISITION = "acquisitionId";

    private static final Logger log = LoggerFactory.getLogger(AcquisitionProcess.class);

    record Acquisition(AcquisitionId acquisitionId, VendorId acquirerId, LocalDate effectiveDate) {
    }

    // Not final: Axon stores the saga as JSON and Jackson 3 rebuilds it field by field (AcquisitionStateSerializationTest).
    private VendorId vendorId;
    /**
     * The agreements ACTIVE with this vendor now: id → true. A draft is only associated with the process (its
     * activation reaches it by that), not kept here: the whole state is read and written on every event of the
     * vendor, and a vendor's drafts would make that grow with every agreement ever drafted. (States stored before
     * held drafts as false; they are ignored the same way.)
     */
    private Map<String, Boolean> agreements = new TreeMap<>();
    /** This vendor's acquisition, once recorded. */
    private Acquisition acquisition;

    @Autowired
    private transient CommandGateway commands;

    @StartSaga
    @SagaEventHandler(associationProperty = VENDOR)
    void on(VendorRegistered event) {
        vendorId = event.vendorId();
    }

    @SagaEventHandler(associationProperty = VENDOR)
    void on(AgreementDrafted event) {
        SagaLifecycle.associateWith(AGREEMENT, event.agreementId().value());
    }

    /** An agreement signed after its vendor was acquired is renegotiated from its activation. */
    @SagaEventHandler(associationProperty = AGREEMENT)
    void on(AgreementActivated event) {
        agreements.put(event.agreementId().value(), true);
        if (acquisition != null) {
            open(event.agreementId(), event.occurredAt());
        }
    }

    @SagaEventHandler(associationProperty = AGREEMENT)
    void on(AgreementTerminated event) {
        leaves(event.agreementId());
    }

    @SagaEventHandler(associationProperty = AGREEMENT)
    void on(AgreementExpired event) {
        leaves(event.agreementId());
    }

    @SagaEventHandler(associationProperty = VENDOR)
    void on(VendorAcquired event) {
        acquisition = new Acquisition(event.acquisitionId(), event.acquirerId(), event.effectiveDate());
        SagaLifecycle.associateWith(ACQUISITION, event.acquisitionId().value());
        agreements.forEach((agreementId, active) -> {
            if (active) {
                open(new AgreementId(agreementId), event.occurredAt());
            }
        });
    }

    /** Confirmed or revised, the agreement goes to the acquirer; terminated, it leaves with its termination. */
    @SagaEventHandler(associationProperty = ACQUISITION)
    void on(RenegotiationConcluded event) {
        if (event.outcome() != RenegotiationOutcome.TERMINATED) {
            leaves(event.agreementId());
        }
    }

    /** The acquirer's side: an agreement taken over is this vendor's now, and renegotiated if it was acquired too. */
    @SagaEventHandler(associationProperty = "toVendorId", keyName = VENDOR)
    void on(AgreementAssignedToVendor event) {
        agreements.put(event.agreementId().value(), true);
        SagaLifecycle.associateWith(AGREEMENT, event.agreementId().value());
        if (acquisition != null) {
            open(event.agreementId(), event.occurredAt());
        }
    }

    private void leaves(AgreementId agreementId) {
        agreements.remove(agreementId.value());
        SagaLifecycle.removeAssociationWith(AGREEMENT, agreementId.value());
    }

    /**
     * The agreement decides: one no longer ACTIVE with this vendor declines with a broken rule, which is the
     * answer, not a failure of the process.
     */
    private void open(AgreementId agreementId, Instant now) {
        commands.send(new OpenRenegotiation(agreementId, acquisition.acquisitionId(), vendorId,
                acquisition.acquirerId(), acquisition.effectiveDate(), now))
                .exceptionally(declined -> {
                    log.info("no renegotiation opened on {} for acquisition {}: {}", agreementId,
                            acquisition.acquisitionId(), declined.getMessage());
                    return null;
                });
    }
}
