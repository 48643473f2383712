package com.vendorsla.command.vendor;

import com.vendorsla.sharedkernel.common.BusinessRuleViolation;
import com.vendorsla.sharedkernel.vendor.AcquisitionId;
import com.vendorsla.sharedkernel.vendor.VendorId;
import com.vendorsla.sharedkernel.vendor.command.AcquireVendor;
import com.vendorsla.sharedkernel.vendor.event.VendorAcquired;
import com.vendorsla.sharedkernel.vendor.event.VendorRegistered;
import org.axonframework.modelling.command.ConflictingAggregateVersionException;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.hamcrest.Description;
import org.hamcrest.Matcher;
import org.hamcrest.TypeSafeMatcher;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Recording an acquisition of vendor V: once, by another vendor that exists, never by one V owns (directly or
 * through others). Other vendors are given through {@link #others}: id → who acquired it (null: nobody).
 */
class AcquireVendorTest {

    static final VendorId V = new VendorId("vnd-10000000-0000-4000-8000-000000000001");
    static final VendorId A = new VendorId("vnd-20000000-0000-4000-8000-000000000002");
    static final VendorId B = new VendorId("vnd-30000000-0000-4000-8000-000000000003");
    static final AcquisitionId ACQUISITION = new AcquisitionId("acq-00000000-0000-4000-8000-0000000000a1");
    static final LocalDate EFFECTIVE = LocalDate.parse("2026-03-01");
    static final Instant NOW = Instant.parse("2026-03-02T10:00:00Z");

    FixtureConfiguration<Vendor> fixture;
    final Map<VendorId, VendorId> others = new HashMap<>();

    @BeforeEach
    void createFixture() {
        fixture = new AggregateTestFixture<>(Vendor.class);
        fixture.registerInjectableResource((VendorDirectory) id -> others.containsKey(id)
                ? Optional.of(new VendorDirectory.Listing(id, others.get(id))) : Optional.empty());
    }

    @Test
    void givenAnActiveVendorAndAnAcquirer_whenAcquired_thenVendorAcquired() {
        others.put(A, null);
        fixture.given(registered(V))
                .when(acquire(A, " SPA 2026-17 "))
                .expectEvents(new VendorAcquired(V, ACQUISITION, A, EFFECTIVE, "SPA 2026-17", NOW));
    }

    @Test
    void givenAnAcquirerThatWasItselfAcquired_whenAcquired_thenVendorAcquired() {
        others.put(A, B);
        others.put(B, null);
        fixture.given(registered(V))
                .when(acquire(A, null))
                .expectEvents(new VendorAcquired(V, ACQUISITION, A, EFFECTIVE, null, NOW));
    }

    @Test
    void givenAnAcquiredVendor_whenAcquiredAgain_thenVENDOR_ALREADY_ACQUIRED() {
        others.put(B, null);
        fixture.given(registered(V), new VendorAcquired(V, ACQUISITION, A, EFFECTIVE, null, NOW))
                .when(acquire(B, null))
                .expectException(rule("VENDOR_ALREADY_ACQUIRED"))
                .expectNoEvents();
    }

    @Test
    void givenAVendorSomeoneAcquiredMeanwhile_whenAcquiredWithTheVersionShownBefore_thenVersionConflictNotTheRule() {
        others.put(B, null);
        fixture.given(registered(V), new VendorAcquired(V, ACQUISITION, A, EFFECTIVE, null, NOW))
                .when(new AcquireVendor(V, ACQUISITION, B, EFFECTIVE, null, NOW, 0L))
                .expectException(ConflictingAggregateVersionException.class)
                .expectNoEvents();
    }

    @Test
    void givenAVendor_whenAcquiredWithTheVersionShown_thenVendorAcquired() {
        others.put(A, null);
        fixture.given(registered(V))
                .when(new AcquireVendor(V, ACQUISITION, A, EFFECTIVE, null, NOW, 0L))
                .expectEvents(new VendorAcquired(V, ACQUISITION, A, EFFECTIVE, null, NOW));
    }

    @Test
    void givenAVendor_whenAcquiredByItself_thenACQUIRER_IS_VENDOR() {
        fixture.given(registered(V))
                .when(acquire(V, null))
                .expectException(rule("ACQUIRER_IS_VENDOR"))
                .expectNoEvents();
    }

    @Test
    void givenNoSuchAcquirer_whenAcquired_thenACQUIRER_NOT_FOUND() {
        fixture.given(registered(V))
                .when(acquire(A, null))
                .expectException(rule("ACQUIRER_NOT_FOUND"))
                .expectNoEvents();
    }

    @Test
    void givenVAcquiredBWhichAcquiredA_whenVIsAcquiredByA_thenACQUISITION_CYCLE() {
        others.put(A, B);
        others.put(B, V);
        fixture.given(registered(V))
                .when(acquire(A, null))
                .expectException(rule("ACQUISITION_CYCLE"))
                .expectNoEvents();
    }

    static VendorRegistered registered(VendorId vendor) {
        return new VendorRegistered(vendor, "Acme Hosting", "DE", null, NOW.minusSeconds(86_400 * 60));
    }

    static AcquireVendor acquire(VendorId acquirer, String reference) {
        return new AcquireVendor(V, ACQUISITION, acquirer, EFFECTIVE, reference, NOW, null);
    }

    static Matcher<Object> rule(String code) {
        return new TypeSafeMatcher<>() {
            @Override
            protected boolean matchesSafely(Object item) {
                return item instanceof BusinessRuleViolation violation && violation.code().equals(code);
            }

            @Override
            public void describeTo(Description description) {
                description.appendText("a BusinessRuleViolation with code ").appendValue(code);
            }
        };
    }
}
