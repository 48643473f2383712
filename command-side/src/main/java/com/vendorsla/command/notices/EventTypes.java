package com.vendorsla.command.notices;

import com.vendorsla.sharedkernel.agreement.event.AgreementEvent;
import com.vendorsla.sharedkernel.notices.event.SubscriptionEvent;
import com.vendorsla.sharedkernel.performance.event.PerformancePeriodEvent;
import com.vendorsla.sharedkernel.review.event.ReviewEvent;
import com.vendorsla.sharedkernel.vendor.event.VendorEvent;

import java.util.Arrays;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

/** The event type names a subscription may filter on: every event of the platform, by its simple class name. */
final class EventTypes {

    static final Set<String> NAMES = names();

    private EventTypes() {
    }

    private static Set<String> names() {
        Set<String> names = new TreeSet<>();
        Stream.of(AgreementEvent.class, PerformancePeriodEvent.class, ReviewEvent.class, VendorEvent.class,
                        SubscriptionEvent.class)
                .flatMap(type -> Arrays.stream(type.getPermittedSubclasses()))
                .forEach(type -> names.add(type.getSimpleName()));
        return java.util.Collections.unmodifiableSet(names);
    }
}
