package com.vendorsla.command.vendor;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.vendorsla.command.config.ExpectedVersion;
import com.vendorsla.sharedkernel.vendor.AcquisitionId;
import com.vendorsla.sharedkernel.vendor.VendorId;
import com.vendorsla.sharedkernel.vendor.VendorStatus;
import com.vendorsla.sharedkernel.vendor.command.AcquireVendor;
import com.vendorsla.sharedkernel.vendor.command.RegisterVendor;
import com.vendorsla.sharedkernel.vendor.event.VendorAcquired;
import com.vendorsla.sharedkernel.vendor.event.VendorRegistered;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CommandHandlerInterceptor;
import org.axonframework.spring.stereotype.Aggregate;

import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;

import static com.vendorsla.command.vendor.VendorRules.*;
import static com.vendorsla.sharedkernel.common.RuleCode.require;
import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/** A provider: registered, and later possibly acquired by (or merged into) another vendor. */
/* Snapshots are written by Jackson 3 from the fields: without field visibility they would lose state. */
@JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY)
@Aggregate(snapshotTriggerDefinition = "snapshotEvery100Events", cache = "aggregateCache")
public class Vendor {

    @AggregateIdentifier
    private VendorId vendorId;
    private VendorStatus status;
    private VendorId acquiredBy;
    private AcquisitionId acquisitionId;

    protected Vendor() {
        // for Axon
    }

    /**
     * If-Match before any rule: a page that showed an older version is told that someone else changed the vendor
     * (412) rather than judged on a state it never showed. Axon alone compares only once the handler has run.
     */
    @CommandHandlerInterceptor
    void ifMatchFirst(CommandMessage<?> command) {
        ExpectedVersion.require(command);
    }

    @CommandHandler
    public Vendor(RegisterVendor command) {
        apply(new VendorRegistered(command.vendorId(), command.name().strip(), command.country(),
                command.reference(), command.occurredAt()));
    }

    /**
     * A vendor is acquired once, by another vendor that exists, and never by one it owns itself, directly or
     * through others (that would be a cycle). The acquirer may itself have been acquired: the agreements it takes
     * over then follow into its own renegotiation.
     */
    @CommandHandler
    void handle(AcquireVendor command, VendorDirectory directory) {
        require(status != VendorStatus.ACQUIRED, VENDOR_ALREADY_ACQUIRED,
                "vendor " + vendorId + " was acquired by " + acquiredBy + " already");
        require(!command.acquirerId().equals(vendorId), ACQUIRER_IS_VENDOR, "a vendor cannot acquire itself");
        Set<VendorId> chain = new LinkedHashSet<>();
        VendorId owner = command.acquirerId();
        while (owner != null) {
            require(!owner.equals(vendorId), ACQUISITION_CYCLE, "vendor " + vendorId + " owns " + command.acquirerId()
                    + " already (" + chain + "): it cannot be acquired by it");
            require(chain.add(owner), ACQUISITION_CYCLE, "the acquisitions above " + command.acquirerId() + " loop");
            Optional<VendorDirectory.Listing> listing = directory.find(owner);
            if (listing.isEmpty()) {
                require(!owner.equals(command.acquirerId()), ACQUIRER_NOT_FOUND, "no vendor " + command.acquirerId());
                break;
            }
            owner = listing.get().acquiredBy();
        }
        apply(new VendorAcquired(vendorId, command.acquisitionId(), command.acquirerId(), command.effectiveDate(),
                blank(command.reference()) ? null : command.reference().strip(), command.occurredAt()));
    }

    @EventSourcingHandler
    void on(VendorRegistered event) {
        this.vendorId = event.vendorId();
        this.status = VendorStatus.ACTIVE;
    }

    @EventSourcingHandler
    void on(VendorAcquired event) {
        this.status = VendorStatus.ACQUIRED;
        this.acquiredBy = event.acquirerId();
        this.acquisitionId = event.acquisitionId();
    }

    public VendorStatus status() {
        return status;
    }

    /** The vendor that acquired this one, or null. */
    public VendorId acquiredBy() {
        return acquiredBy;
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}
