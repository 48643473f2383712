package com.vendorsla.query.agreement;

import com.vendorsla.query.web.NotFound;
import com.vendorsla.query.web.QueryIds;
import com.vendorsla.query.web.ReadYourWrites;
import com.vendorsla.sharedkernel.agreement.AgreementId;
import com.vendorsla.sharedkernel.agreement.AgreementStatus;
import com.vendorsla.sharedkernel.agreement.AgreementType;
import com.vendorsla.sharedkernel.agreement.query.AgreementSummary;
import com.vendorsla.sharedkernel.agreement.query.AgreementView;
import com.vendorsla.sharedkernel.agreement.query.FindAgreement;
import com.vendorsla.sharedkernel.agreement.query.FindAgreements;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;

@RestController
@RequestMapping("/api/agreements")
@Tag(name = "Agreements")
public class AgreementQueryController {

    private final QueryGateway queries;
    private final AgreementViews views;
    private final ReadYourWrites readYourWrites;

    public AgreementQueryController(QueryGateway queries, AgreementViews views, ReadYourWrites readYourWrites) {
        this.queries = queries;
        this.views = views;
        this.readYourWrites = readYourWrites;
    }

    @GetMapping
    @Operation(summary = "Agreement summaries, filtered by vendor, status and type")
    public List<AgreementSummary> list(@RequestParam(required = false) String vendorId,
                                       @RequestParam(required = false) AgreementStatus status,
                                       @RequestParam(required = false) AgreementType type) {
        String vendor = vendorId == null || vendorId.isBlank() ? null : QueryIds.vendor(vendorId).value();
        return queries.query(new FindAgreements(vendor, status == null ? null : status.name(),
                type == null ? null : type.name()), ResponseTypes.multipleInstancesOf(AgreementSummary.class)).join();
    }

    @GetMapping("/{id}")
    @Operation(summary = "One agreement with its current terms",
            description = "With minVersion=N, waits up to 10 s for the read model to reach version N (else 503).")
    public ResponseEntity<AgreementView> get(@PathVariable String id, @RequestParam(required = false) Long minVersion) {
        AgreementId agreementId = QueryIds.agreement(id);
        readYourWrites.awaitVersion(minVersion, () -> views.version(agreementId.value()));
        AgreementView view = queries.query(new FindAgreement(agreementId),
                ResponseTypes.optionalInstanceOf(AgreementView.class)).join()
                .orElseThrow(() -> new NotFound("agreement", id));
        return ResponseEntity.ok().eTag("\"" + view.version() + "\"").body(view);
    }
}
