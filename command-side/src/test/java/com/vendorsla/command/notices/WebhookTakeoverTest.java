package com.vendorsla.command.notices;

import com.vendorsla.sharedkernel.testsupport.TestPostgres;
import org.junit.jupiter.api.Test;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.concurrent.CountDownLatch;

import static com.vendorsla.command.notices.WebhookDeliveryTest.JSON;
import static com.vendorsla.command.notices.WebhookDeliveryTest.await;
import static com.vendorsla.command.notices.WebhookDeliveryTest.register;
import static com.vendorsla.command.notices.WebhookDeliveryTest.sleep;
import static com.vendorsla.command.notices.WebhookDeliveryTest.subscribe;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Deliveries are claimed per subscription in the database: two instances on one database deliver each event once, in
 * order, and an instance halted mid-delivery (as by a crash: nothing released, nothing recorded) loses nothing, as the
 * next instance takes the subscription over once the lease (2 s here) has run out.
 */
class WebhookTakeoverTest {

    @Test
    void twoInstancesOnOneDatabaseDeliverEachEventOnceInOrder() {
        String database = TestPostgres.freshDatabase();
        try (Receiver receiver = new Receiver();
             ConfigurableApplicationContext first = WebhookDeliveryTest.start(database);
             ConfigurableApplicationContext second = WebhookDeliveryTest.start(database)) {
            int one = port(first);
            int two = port(second);
            subscribe(one, "manager", receiver.url(), "[\"VendorRegistered\"]", null);
            List<String> vendors = new ArrayList<>();
            for (int i = 0; i < 20; i++) {
                vendors.add(register(i % 2 == 0 ? one : two, "Vendor " + i));
            }
            await(() -> receiver.received().size() >= 20, "twenty deliveries");
            sleep(1000);
            assertThat(subjects(receiver)).containsExactlyElementsOf(vendors);
        }
    }

    @Test
    void anInstanceHaltedMidDeliveryLosesNothing_theNextOneTakesOver() {
        String database = TestPostgres.freshDatabase();
        try (Receiver receiver = new Receiver()) {
            CountDownLatch gate = new CountDownLatch(1);
            receiver.gate = gate;
            List<String> vendors = new ArrayList<>();
            // the receiver hangs on the first request; the platform waits for it longer than the test takes to halt
            try (ConfigurableApplicationContext first = WebhookDeliveryTest.start(database, "--sla.webhooks.timeout=60s")) {
                int port = port(first);
                subscribe(port, "manager", receiver.url(), "[\"VendorRegistered\"]", null);
                for (int i = 0; i < 5; i++) {
                    vendors.add(register(port, "Vendor " + i));
                }
                await(() -> receiver.received().size() >= 1, "the first delivery, hanging in the receiver");
                first.getBean(WebhookDelivery.class).halt();
            }
            gate.countDown();
            receiver.gate = null;
            try (ConfigurableApplicationContext second = WebhookDeliveryTest.start(database)) {
                await(() -> new LinkedHashSet<>(subjects(receiver)).size() == 5, "every event from the second instance");
                sleep(500);
                List<String> subjects = subjects(receiver);
                assertThat(new ArrayList<>(new LinkedHashSet<>(subjects))).containsExactlyElementsOf(vendors);
                // at least once: only the event in flight at the halt came more than once, then everything in order
                assertThat(subjects.subList(subjects.size() - 5, subjects.size())).containsExactlyElementsOf(vendors);
                assertThat(subjects.subList(0, subjects.size() - 5)).containsOnly(vendors.get(0));
            }
        }
    }

    @Test
    void aDeliveryOutlastingItsLeaseIsNotStartedAgainBesideItself() {
        String database = TestPostgres.freshDatabase();
        try (Receiver receiver = new Receiver();
             ConfigurableApplicationContext only = WebhookDeliveryTest.start(database, "--sla.webhooks.timeout=60s")) {
            CountDownLatch gate = new CountDownLatch(1);
            receiver.gate = gate;
            int port = port(only);
            subscribe(port, "manager", receiver.url(), "[\"VendorRegistered\"]", null);
            List<String> vendors = new ArrayList<>();
            for (int i = 0; i < 3; i++) {
                vendors.add(register(port, "Vendor " + i));
            }
            await(() -> receiver.received().size() >= 1, "the first delivery, hanging in the receiver");
            sleep(5000); // the lease (2 s) runs out while the receiver hangs; the instance claims it again meanwhile
            gate.countDown();
            receiver.gate = null;
            await(() -> new LinkedHashSet<>(subjects(receiver)).size() == 3, "every event");
            sleep(1000);
            assertThat(subjects(receiver)).containsExactlyElementsOf(vendors);
        }
    }

    private static List<String> subjects(Receiver receiver) {
        return receiver.received().stream().map(r -> JSON.readTree(r.body()).get("subject").asString()).toList();
    }

    private static int port(ConfigurableApplicationContext context) {
        return ((WebServerApplicationContext) context).getWebServer().getPort();
    }
}
