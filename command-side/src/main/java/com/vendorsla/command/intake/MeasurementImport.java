package com.vendorsla.command.intake;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.vendorsla.sharedkernel.intake.command.RecordImport;
import com.vendorsla.sharedkernel.intake.event.MeasurementsImported;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * One import, recorded in the same unit of work as the records it made (see {@link MeasurementImporter}): the import
 * and its records are stored together or not at all.
 */
@JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY)
@Aggregate
public class MeasurementImport {

    @AggregateIdentifier
    private String importId;

    protected MeasurementImport() {
        // for Axon
    }

    @CommandHandler
    MeasurementImport(RecordImport command) {
        apply(new MeasurementsImported(command.importId(), command.kind(), command.sha256(), command.source(),
                command.rows(), command.recorded(), command.duplicates(), command.agreementIds(), command.periods(),
                command.occurredAt()));
    }

    @EventSourcingHandler
    void on(MeasurementsImported event) {
        importId = event.importId();
    }
}
