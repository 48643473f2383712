package com.vendorsla.command.vendor;

import com.vendorsla.sharedkernel.vendor.VendorId;
import com.vendorsla.sharedkernel.vendor.VendorStatus;
import com.vendorsla.sharedkernel.vendor.command.RegisterVendor;
import com.vendorsla.sharedkernel.vendor.event.VendorRegistered;
import com.fasterxml.jackson.annotation.JsonAutoDetect;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/** A provider: registered, and later possibly acquired by another vendor. */
/* Snapshots are written by Jackson 3 from the fields: without field visibility they would lose state. */
@JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY)
@Aggregate(snapshotTriggerDefinition = "snapshotEvery100Events")
public class Vendor {

    @AggregateIdentifier
    private VendorId vendorId;
    private VendorStatus status;

    protected Vendor() {
        // for Axon
    }

    @CommandHandler
    public Vendor(RegisterVendor command) {
        apply(new VendorRegistered(command.vendorId(), command.name().strip(), command.country(),
                command.reference(), command.occurredAt()));
    }

    @EventSourcingHandler
    void on(VendorRegistered event) {
        this.vendorId = event.vendorId();
        this.status = VendorStatus.ACTIVE;
    }

    public VendorStatus status() {
        return status;
    }
}
