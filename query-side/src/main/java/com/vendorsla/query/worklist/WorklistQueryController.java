package com.vendorsla.query.worklist;

import com.vendorsla.sharedkernel.common.BadRequest;
import com.vendorsla.sharedkernel.vendor.VendorId;
import com.vendorsla.sharedkernel.worklist.query.FindWorklist;
import com.vendorsla.sharedkernel.worklist.query.WorklistView;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The vendor manager's worklist (domain.md: "see breaches, credits and termination rights as they arise"): what needs
 * someone's action now across every agreement, without opening each one.
 */
@RestController
@Tag(name = "Worklist")
public class WorklistQueryController {

    private final QueryGateway queries;

    public WorklistQueryController(QueryGateway queries) {
        this.queries = queries;
    }

    @GetMapping("/api/worklist")
    @Operation(summary = "What needs action now across the portfolio: termination rights, disputed credits, "
            + "unclosed and unrecorded months, reviews due, renegotiations, outages, suspended subscriptions, notices not sent",
            description = "Read from the read models at generatedAt. terminationRights: every OPEN right of an ACTIVE "
                    + "agreement, soonest exerciseBy first. disputedCredits: credits in status DISPUTED with their "
                    + "amount (a decimal string) and currency, longest disputed first; periodVersion is the If-Match of "
                    + "the resolution. unclosedPeriods: periods still OPEN whose month has ended in the agreement's "
                    + "coverage time zone (periodEnd, the month's end as the period was opened; timeZone names the "
                    + "zone), oldest first. monthsNotRecorded: months of an ACTIVE agreement's life among the last 12 "
                    + "that have ended in its coverage time zone (monthEnd) with nothing recorded at all, oldest first. "
                    + "reviewsDue: annual reviews due on or before today (UTC) and not completed, "
                    + "status DUE or OVERDUE as GET /api/reviews says, oldest first. renegotiations: OPEN and OVERDUE "
                    + "acquisition renegotiations as GET /api/renegotiations lists them, by deadline. vendorId narrows "
                    + "every list to the agreements that vendor is party to now (renegotiations: those caused by its "
                    + "acquisition); a vendor id nobody uses gives empty lists, as the other list filters do; a string "
                    + "that is no vendor id is a 400. Across vendors: a VENDOR user gets 403. ongoingOutages: outages monitoring "
                    + "reports as still in progress. suspendedSubscriptions: webhook subscriptions SUSPENDED after their "
                    + "receiver failed for the give-up time, longest suspended first, each with the resumption and rewind "
                    + "paths to act on (with vendorId: that vendor's subscriptions). noticesNotSent: notices whose "
                    + "sending failed and that are retried on their own, oldest failure first, with the attempts and the "
                    + "last error (with vendorId: those about its agreements, months, credits, reviews or subscriptions).")
    public WorklistView worklist(@Parameter(description = "only this vendor's agreements",
            example = "vnd-7b34e590-38fe-3689-a767-5ea1180fb9b3") @RequestParam(required = false) String vendorId) {
        String vendor = null;
        if (vendorId != null && !vendorId.isBlank()) {
            if (!VendorId.isValid(vendorId.strip())) {
                throw new BadRequest("vendorId", "is not a vendor id such as vnd-7b34e590-38fe-3689-a767-5ea1180fb9b3");
            }
            vendor = vendorId.strip();
        }
        return queries.query(new FindWorklist(vendor), ResponseTypes.instanceOf(WorklistView.class)).join();
    }
}
