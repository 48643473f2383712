package com.vendorsla.query.renegotiation;

import com.vendorsla.query.web.NotFound;
import com.vendorsla.query.web.QueryIds;
import com.vendorsla.query.web.ReadYourWrites;
import com.vendorsla.sharedkernel.agreement.AgreementId;
import com.vendorsla.sharedkernel.agreement.RenegotiationStatus;
import com.vendorsla.sharedkernel.agreement.query.AffectedAgreementView;
import com.vendorsla.sharedkernel.agreement.query.FindAgreementRenegotiations;
import com.vendorsla.sharedkernel.agreement.query.FindRenegotiations;
import com.vendorsla.sharedkernel.agreement.query.RenegotiationSummary;
import com.vendorsla.sharedkernel.vendor.VendorId;
import com.vendorsla.sharedkernel.vendor.query.AcquisitionView;
import com.vendorsla.sharedkernel.vendor.query.FindAcquisition;
import com.vendorsla.sharedkernel.vendor.query.FindVendorLineage;
import com.vendorsla.sharedkernel.vendor.query.VendorLineageView;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;

/**
 * The legal view of acquisitions: per acquisition every affected agreement with its renegotiation, the versions
 * before and after, the diff and the history with actors; portfolio lists of open and overdue renegotiations; and
 * who acquired whom.
 */
@RestController
@Tag(name = "Acquisitions")
public class AcquisitionQueryController {

    private final QueryGateway queries;
    private final AcquisitionViews views;
    private final ReadYourWrites readYourWrites;

    public AcquisitionQueryController(QueryGateway queries, AcquisitionViews views, ReadYourWrites readYourWrites) {
        this.queries = queries;
        this.views = views;
        this.readYourWrites = readYourWrites;
    }

    @GetMapping("/api/vendors/{id}/acquisition")
    @Operation(summary = "The vendor's acquisition and every agreement renegotiated because of it",
            description = "Per agreement: renegotiation {status OPEN|OVERDUE|CONCLUDED, deadline, outcome}, versionBefore "
                    + "(in force at the acquisition), versionAfter, diff [{path, before, after}] and the history of the "
                    + "renegotiation with actors. Renegotiations open shortly after the acquisition is recorded. 404 when "
                    + "the vendor was not acquired. With minVersion=N, waits for the acquisition at vendor version N.")
    public ResponseEntity<AcquisitionView> acquisition(@PathVariable String id,
                                                       @RequestParam(required = false) Long minVersion) {
        VendorId vendorId = QueryIds.vendor(id);
        readYourWrites.awaitVersion(minVersion, () -> views.acquisitionVersion(vendorId.value()));
        AcquisitionView view = queries.query(new FindAcquisition(vendorId),
                ResponseTypes.optionalInstanceOf(AcquisitionView.class)).join()
                .orElseThrow(() -> new NotFound("acquisition of vendor", id));
        return ResponseEntity.ok().eTag("\"" + view.version() + "\"").body(view);
    }

    @GetMapping("/api/vendors/{id}/lineage")
    @Operation(summary = "Who acquired this vendor (up the chain) and whom it absorbed (down), with dates",
            description = "Up: the acquirer, its acquirer and so on, each with the acquisition's effective date; "
                    + "down: every vendor acquired by this one, directly or through an acquired vendor, oldest first; "
                    + "ultimateOwnerId is the last vendor up the chain (the vendor itself if never acquired). An unknown or "
                    + "malformed vendor id answers 404 (for a VENDOR user, so does another vendor's).")
    public VendorLineageView lineage(@PathVariable String id) {
        VendorId vendorId = QueryIds.vendor(id);
        return queries.query(new FindVendorLineage(vendorId), ResponseTypes.optionalInstanceOf(VendorLineageView.class))
                .join().orElseThrow(() -> new NotFound("vendor", id));
    }

    @GetMapping("/api/renegotiations")
    @Operation(summary = "Renegotiations across the portfolio, by deadline",
            description = "status=OPEN (within the deadline), OVERDUE (past it, not concluded) or CONCLUDED; "
                    + "vendorId: only those caused by that vendor's acquisition.")
    public List<RenegotiationSummary> renegotiations(@RequestParam(required = false) RenegotiationStatus status,
                                                     @RequestParam(required = false) String vendorId) {
        String vendor = vendorId == null || vendorId.isBlank() ? null : QueryIds.vendor(vendorId).value();
        return queries.query(new FindRenegotiations(status == null ? null : status.name(), vendor),
                ResponseTypes.multipleInstancesOf(RenegotiationSummary.class)).join();
    }

    @GetMapping("/api/agreements/{id}/renegotiations")
    @Operation(summary = "Every renegotiation of one agreement (one per acquisition it went through), oldest first",
            description = "Each with the acquisition that caused it, its deadline, its status (OPEN, OVERDUE or "
                    + "CONCLUDED) and outcome, the agreement's version before and after, what changed in its terms and "
                    + "the steps taken. An agreement that went "
                    + "through no acquisition answers an empty list.")
    public List<AffectedAgreementView> agreementRenegotiations(@PathVariable String id) {
        AgreementId agreementId = QueryIds.agreement(id);
        return queries.query(new FindAgreementRenegotiations(agreementId),
                ResponseTypes.multipleInstancesOf(AffectedAgreementView.class)).join();
    }
}
