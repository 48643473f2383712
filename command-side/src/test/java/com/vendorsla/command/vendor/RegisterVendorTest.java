package com.vendorsla.command.vendor;

import com.vendorsla.sharedkernel.vendor.VendorId;
import com.vendorsla.sharedkernel.vendor.VendorStatus;
import com.vendorsla.sharedkernel.vendor.command.RegisterVendor;
import com.vendorsla.sharedkernel.vendor.event.VendorRegistered;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

class RegisterVendorTest {

    static final VendorId ACME = VendorId.of(UUID.fromString("0b0e8d1e-1f6a-4a43-9a51-1c2d3e4f5a6b"));
    static final Instant MONDAY_MORNING = Instant.parse("2026-02-02T09:15:00Z");

    private AggregateTestFixture<Vendor> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Vendor.class);
    }

    @Test
    void givenNothing_whenRegisteringAVendor_thenItIsRegisteredWithTheBusinessTimeOfTheCommand() {
        fixture.givenNoPriorActivity()
                .when(new RegisterVendor(ACME, "Acme Hosting", "DE", "SUP-0042", MONDAY_MORNING))
                .expectSuccessfulHandlerExecution()
                .expectEvents(new VendorRegistered(ACME, "Acme Hosting", "DE", "SUP-0042", MONDAY_MORNING))
                .expectState(vendor -> assertThat(vendor.status()).isEqualTo(VendorStatus.ACTIVE));
    }

    @Test
    void givenNothing_whenRegisteringWithSurroundingBlanks_thenTheNameIsRecordedStripped() {
        fixture.givenNoPriorActivity()
                .when(new RegisterVendor(ACME, "  Acme Hosting\t", null, null, MONDAY_MORNING))
                .expectEvents(new VendorRegistered(ACME, "Acme Hosting", null, null, MONDAY_MORNING));
    }
}
