package com.vendorsla.command.config;

import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.modelling.command.AggregateLifecycle;
import org.axonframework.modelling.command.AnnotationCommandTargetResolver;
import org.axonframework.modelling.command.CommandTargetResolver;
import org.axonframework.modelling.command.ConflictingAggregateVersionException;
import org.axonframework.modelling.command.VersionedAggregateIdentifier;

/**
 * If-Match (a command's {@code @TargetAggregateVersion}) compared inside the aggregate, for the commands Axon's
 * repository does not compare it for:
 * <ul>
 *     <li>those whose handler creates the aggregate if it is missing ({@code CREATE_IF_MISSING}): Axon loads them
 *     with {@code loadOrCreate}, which takes no version, so a stale If-Match on recording a downtime or closing a
 *     month was accepted;</li>
 *     <li>those of a vendor's user, whose If-Match is compared only after the aggregate decided the user may act on
 *     it ({@link OwnershipFirstTargetResolver}).</li>
 * </ul>
 * Called from a {@code @CommandHandlerInterceptor}, so that no handler of the aggregate can skip it. Where Axon did
 * compare already, comparing again changes nothing.
 */
public final class ExpectedVersion {

    /** The "version" of an aggregate nothing is recorded for yet. */
    public static final long NONE = -1;

    private static final CommandTargetResolver ANNOTATIONS = AnnotationCommandTargetResolver.builder().build();

    private ExpectedVersion() {
    }

    /**
     * The command's If-Match must name the version the aggregate is at, ahead or behind alike (412). An aggregate this
     * command is about to create has no version, so no If-Match can hold for it: reported as version -1.
     */
    public static void require(CommandMessage<?> command) {
        VersionedAggregateIdentifier target = ANNOTATIONS.resolveTarget(command);
        if (target.getVersion() == null) {
            return;
        }
        Long actual = AggregateLifecycle.getVersion();
        long current = actual == null ? NONE : actual;
        if (target.getVersion() != current) {
            throw new ConflictingAggregateVersionException(target.getIdentifier(), target.getVersion(), current);
        }
    }
}
