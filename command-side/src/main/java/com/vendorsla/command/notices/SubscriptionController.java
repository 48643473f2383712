package com.vendorsla.command.notices;

import com.vendorsla.platform.security.BoundVendor;
import com.vendorsla.command.web.CommandSender;
import com.vendorsla.command.web.IfMatchVersion;
import com.vendorsla.command.web.Ids;
import com.vendorsla.command.web.WriteResponses;
import com.vendorsla.sharedkernel.common.BadRequest;
import com.vendorsla.sharedkernel.common.BusinessRuleViolation;
import com.vendorsla.sharedkernel.common.WriteResult;
import com.vendorsla.sharedkernel.notices.SubscriptionId;
import com.vendorsla.sharedkernel.notices.command.CreateSubscription;
import com.vendorsla.sharedkernel.notices.command.DeleteSubscription;
import com.vendorsla.sharedkernel.notices.command.ResumeSubscription;
import com.vendorsla.sharedkernel.notices.command.RewindSubscription;
import com.vendorsla.sharedkernel.vendor.VendorId;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Webhook subscriptions (api.md, Notifications and integration events). Served by the command side for every method
 * (the gateway routes /api/subscriptions there): the cursor, the retry state and the deliveries live beside the
 * delivery, in the write side's tables, and are read there without delay.
 */
@RestController
@RequestMapping("/api/subscriptions")
@Tag(name = "Webhook subscriptions")
public class SubscriptionController {

    static final int PAGE_SIZE = 100;

    private final CommandSender commands;
    private final WebhookRegistry registry;
    private final WebhookDelivery delivery;
    private final EventStorageEngine storage;

    public SubscriptionController(CommandSender commands, WebhookRegistry registry, WebhookDelivery delivery,
                                  EventStorageEngine storage) {
        this.commands = commands;
        this.registry = registry;
        this.delivery = delivery;
        this.storage = storage;
    }

    @Schema(example = "{\"url\": \"https://erp.example.com/hooks/sla\", \"secret\": \"a-long-random-secret\", "
            + "\"types\": [\"TerminationRightGranted\"], \"vendorId\": \"vnd-6f1c2d3e-4b5a-4c6d-8e9f-0a1b2c3d4e5f\"}")
    public record SubscriptionRequest(
            @NotBlank @Size(max = 2000) String url,
            @NotBlank @Size(min = 16, max = 200) String secret,
            @Size(min = 1, max = 100) List<@NotBlank String> types,
            String vendorId) {
    }

    /** A subscription as read back: never its secret. */
    public record SubscriptionView(String id, long version, String url, List<String> types, String vendorId,
                                   String status, long position, int consecutiveFailures, Instant failingSince,
                                   Instant nextAttemptAt, String lastError, Instant lastDeliveryAt, Instant createdAt) {
        static SubscriptionView of(WebhookRegistry.Row row) {
            return new SubscriptionView(row.id(), row.version(), row.url(), row.types(), row.vendorId(),
                    row.status().name(), row.position(), row.consecutiveFailures(), row.failingSince(),
                    row.nextAttemptAt(), row.lastError(), row.lastDeliveryAt(), row.createdAt());
        }
    }

    public record RewindRequest(@NotNull @PositiveOrZero Long position) {
    }

    public record DeliveryView(String deliveryId, String eventId, String type, long position, int attempt, Instant at,
                               Integer httpStatus, String error, String outcome) {
    }

    @PostMapping
    @Operation(summary = "Subscribe a receiver to the events recorded from now on",
            description = "Each event after the subscription (of the given types, of one vendor when vendorId is set) is "
                    + "POSTed as a CloudEvents 1.0 JSON document signed with X-SLA-Signature: sha256=<hex HMAC-SHA256 "
                    + "of the body keyed with the secret>. The secret is never shown again. A VENDOR user subscribes to "
                    + "its own vendor only. Answers 201 {id, version}.")
    public ResponseEntity<WriteResult> subscribe(@Valid @RequestBody SubscriptionRequest request) {
        String url = validUrl(request.url());
        if (request.types() != null) {
            for (String type : request.types()) {
                if (!EventTypes.NAMES.contains(type)) {
                    throw new BadRequest("types", "unknown event type " + type + " (one of " + EventTypes.NAMES + ")");
                }
            }
        }
        VendorId vendorId = request.vendorId() == null ? null : Ids.vendor("vendorId", request.vendorId());
        String boundVendor = boundVendor();
        if (boundVendor != null) {
            if (vendorId == null) {
                vendorId = new VendorId(boundVendor);
            } else if (!vendorId.value().equals(boundVendor)) {
                throw new ResponseStatusException(HttpStatus.FORBIDDEN, "a vendor's user subscribes to its own vendor only");
            }
        }
        SubscriptionId id = SubscriptionId.of(UUID.randomUUID());
        TrackingToken head = storage.createHeadToken();
        long startPosition = head == null ? -1 : head.position().orElse(-1);
        WriteResult result = commands.send(new CreateSubscription(id, url, request.secret(), request.types(), vendorId,
                startPosition, commands.now()));
        return WriteResponses.created("/api/subscriptions/" + id, result);
    }

    @GetMapping
    @Operation(summary = "The subscriptions (a VENDOR user: its vendor's only); never their secrets",
            description = "The webhook subscriptions with their status, position and failures; a VENDOR user sees only its own "
            + "vendor's. The secret is never shown after creation.")
    public List<SubscriptionView> list() {
        return registry.list(boundVendor()).stream().map(SubscriptionView::of).toList();
    }

    @GetMapping("/{id}")
    @Operation(summary = "One subscription: status ACTIVE|SUSPENDED, position (the last global position handled), "
            + "consecutiveFailures, lastDeliveryAt; never its secret",
            description = "One subscription's state: ACTIVE or SUSPENDED, the last global position delivered, consecutive "
            + "failures and the last delivery time. A subscription that does not exist, was deleted or (for a "
            + "VENDOR user) belongs to another vendor answers 404.")
    public ResponseEntity<SubscriptionView> one(@PathVariable String id) {
        SubscriptionView view = SubscriptionView.of(visible(id));
        return ResponseEntity.ok().eTag("\"" + view.version() + "\"").body(view);
    }

    @GetMapping("/{id}/deliveries")
    @Operation(summary = "Delivery attempts, oldest first, 100 a page (page from 0): eventId, type, position, attempt, "
            + "at, httpStatus, error, outcome DELIVERED|FAILED",
            description = "Every delivery attempt of the subscription in order, 100 a page (page counts from 0): the event id, "
            + "type and global position, the attempt number, when it was made, the receiver's HTTP status or the "
            + "error, and whether it was DELIVERED or FAILED. 404 as for reading the subscription.")
    public List<DeliveryView> deliveries(@PathVariable String id, @RequestParam(required = false) String page) {
        visible(id);
        int number;
        try {
            number = page == null ? 0 : Integer.parseInt(page);
        } catch (NumberFormatException e) {
            throw new BadRequest("page", "must be a whole number from 0");
        }
        if (number < 0 || number > 1_000_000) {
            throw new BadRequest("page", "must be a whole number from 0");
        }
        return delivery.deliveries(id, number, PAGE_SIZE).stream()
                .map(a -> new DeliveryView(a.deliveryId().toString(), a.eventId(), a.type(), a.position(), a.attempt(),
                        a.at(), a.httpStatus(), a.error(), a.delivered() ? "DELIVERED" : "FAILED"))
                .toList();
    }

    @PostMapping("/{id}/resumption")
    @Operation(summary = "Resume a suspended subscription where it stopped (409 SUBSCRIPTION_NOT_SUSPENDED otherwise)",
            description = "A SUSPENDED subscription is delivered to again from the event it stopped at; any other status answers 409 SUBSCRIPTION_NOT_SUSPENDED. Takes If-Match with the "
            + "subscription's version (412 when stale); 404 as for reading it.")
    public ResponseEntity<WriteResult> resume(@PathVariable String id,
                                              @IfMatchVersion Long expectedVersion) {
        visible(id);
        return WriteResponses.ok(commands.send(new ResumeSubscription(new SubscriptionId(id), commands.now(),
                expectedVersion)));
    }

    @PostMapping("/{id}/rewind")
    @Operation(summary = "Deliver again from global position {position} on (inclusive)",
            description = "Moves the subscription back so that every event from global position {position} on, "
            + "inclusive, is delivered again in order; receivers deduplicate by the CloudEvent id. Takes If-Match "
            + "(412 when stale); 404 as for reading it.")
    public ResponseEntity<WriteResult> rewind(@PathVariable String id, @Valid @RequestBody RewindRequest request,
                                              @IfMatchVersion Long expectedVersion) {
        visible(id);
        return WriteResponses.ok(commands.send(new RewindSubscription(new SubscriptionId(id), request.position(),
                commands.now(), expectedVersion)));
    }

    @DeleteMapping("/{id}")
    @Operation(summary = "Stop delivering for good; the secret is erased",
            description = "Stops delivering to the subscription for good and erases its secret; its deliveries stay listed. "
            + "Takes If-Match (412 when stale); 404 as for reading it.")
    public ResponseEntity<WriteResult> delete(@PathVariable String id,
                                              @IfMatchVersion Long expectedVersion) {
        visible(id);
        return WriteResponses.ok(commands.send(new DeleteSubscription(new SubscriptionId(id), commands.now(),
                expectedVersion)));
    }

    /** The subscription, when it exists, is not deleted, and (for a vendor's user) is its vendor's: else 404. */
    private WebhookRegistry.Row visible(String id) {
        String bound = boundVendor();
        return (SubscriptionId.isValid(id) ? registry.find(id) : java.util.Optional.<WebhookRegistry.Row>empty())
                .filter(row -> bound == null || bound.equals(row.vendorId()))
                .orElseThrow(() -> new BusinessRuleViolation(Subscription.NOT_FOUND, "no subscription " + id));
    }

    /** The vendor a VENDOR user is bound to; null for the customer's users. */
    private static String boundVendor() {
        Authentication user = SecurityContextHolder.getContext().getAuthentication();
        if (user == null || !BoundVendor.isVendorUser(user)) {
            return null;
        }
        return BoundVendor.of(user).orElseThrow(() ->
                new ResponseStatusException(HttpStatus.FORBIDDEN, "a vendor's user must be bound to a vendor"));
    }

    private static String validUrl(String url) {
        try {
            URI uri = new URI(url.strip());
            if (!uri.isAbsolute() || uri.getHost() == null
                    || !("http".equalsIgnoreCase(uri.getScheme()) || "https".equalsIgnoreCase(uri.getScheme()))) {
                throw new BadRequest("url", "must be an absolute http or https URL");
            }
            return uri.toString();
        } catch (URISyntaxException e) {
            throw new BadRequest("url", "must be an absolute http or https URL");
        }
    }
}
