package com.vendorsla.command.config;

import com.vendorsla.sharedkernel.common.AuditMetadata;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.modelling.command.AnnotationCommandTargetResolver;
import org.axonframework.modelling.command.CommandTargetResolver;
import org.axonframework.modelling.command.VersionedAggregateIdentifier;

/**
 * The target of a command on an aggregate a vendor's user may write to (Agreement, PerformancePeriod): for a command
 * on behalf of a vendor's user ({@link AuditMetadata#ACTING_VENDOR} in its metadata), without its If-Match.
 * <p>
 * Axon's repository compares If-Match (the command's {@code @TargetAggregateVersion}) while it loads the aggregate,
 * before any handler runs, and a version ahead of the aggregate fails there with 412 and the version the aggregate is
 * at: another vendor's agreement would answer that where an unknown id answers 404, telling the vendor it exists. So
 * for a vendor's user the aggregate compares If-Match itself, in a {@code @CommandHandlerInterceptor} that first
 * decides the aggregate is its vendor's, then calls {@link ExpectedVersion#require}: another vendor's answers
 * NOT_FOUND whatever If-Match says, its own 412 as for anyone. Every other command is targeted as Axon does.
 */
public class OwnershipFirstTargetResolver implements CommandTargetResolver {

    private static final CommandTargetResolver ANNOTATIONS = AnnotationCommandTargetResolver.builder().build();

    @Override
    public VersionedAggregateIdentifier resolveTarget(CommandMessage<?> command) {
        VersionedAggregateIdentifier target = ANNOTATIONS.resolveTarget(command);
        if (command.getMetaData().get(AuditMetadata.ACTING_VENDOR) == null) {
            return target;
        }
        return new VersionedAggregateIdentifier(target.getIdentifierValue(), null);
    }
}
