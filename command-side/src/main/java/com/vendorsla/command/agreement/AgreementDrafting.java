package com.vendorsla.command.agreement;

import com.vendorsla.command.vendor.Vendor;
import com.vendorsla.sharedkernel.agreement.AgreementStatus;
import com.vendorsla.sharedkernel.agreement.AgreementType;
import com.vendorsla.sharedkernel.agreement.command.DraftAgreement;
import com.vendorsla.sharedkernel.agreement.terms.AgreementTerms;
import com.vendorsla.sharedkernel.agreement.terms.TermsRules;
import com.vendorsla.sharedkernel.common.BusinessRuleViolation;
import com.vendorsla.sharedkernel.common.RuleViolation;
import com.vendorsla.sharedkernel.vendor.VendorStatus;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.Repository;
import org.springframework.stereotype.Component;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static com.vendorsla.sharedkernel.common.RuleCode.require;

/**
 * Drafting needs facts from other aggregates (the vendor is active; a multi-level child's parent and the terms
 * it inherits), read from their own event streams in the same unit of work, so they are never stale.
 */
@Component
public class AgreementDrafting {

    static final LocalDate EARLIEST = LocalDate.of(1900, 1, 1);
    static final LocalDate LATEST = LocalDate.of(9999, 12, 31);

    private final Repository<Agreement> agreements;
    private final Repository<Vendor> vendors;

    public AgreementDrafting(Repository<Agreement> agreements, Repository<Vendor> vendors) {
        this.agreements = agreements;
        this.vendors = vendors;
    }

    @CommandHandler
    public void handle(DraftAgreement command) throws Exception {
        VendorStatus vendorStatus = vendorStatus(command);
        require(vendorStatus == VendorStatus.ACTIVE, AgreementRules.VENDOR_NOT_ACTIVE,
                "vendor " + command.vendorId() + " was acquired: draft the agreement with its acquirer");
        require(command.effectiveTo() == null || command.effectiveTo().isAfter(command.effectiveFrom()),
                AgreementRules.INVALID_EFFECTIVE_PERIOD, "effectiveTo must be after effectiveFrom");
        // ISO dates go up to year 999999999; PostgreSQL's DATE (read models) only to 5874897.
        require(withinCalendar(command.effectiveFrom()) && (command.effectiveTo() == null || withinCalendar(command.effectiveTo())),
                AgreementRules.INVALID_EFFECTIVE_PERIOD, "effective dates lie between " + EARLIEST + " and " + LATEST);
        require(command.type() == AgreementType.MULTI_LEVEL || command.parentAgreementId() == null,
                AgreementRules.PARENT_NOT_ALLOWED, "only MULTI_LEVEL agreements name a parent");
        require(command.type() == AgreementType.OLA || command.underpinsAgreementId() == null,
                AgreementRules.UNDERPINS_ONLY_FOR_OLA, "only an OLA underpins another agreement");
        require(command.type() != AgreementType.OLA || (command.customer() != null && !command.customer().isBlank()),
                AgreementRules.OLA_NEEDS_CUSTOMER_DEPARTMENT,
                "an OLA is internal: name the receiving department as its customer");
        if (command.underpinsAgreementId() != null) {
            AgreementType underpinned = load(command.underpinsAgreementId().value(),
                    AgreementRules.UNDERPINNED_AGREEMENT_NOT_FOUND).invoke(Agreement::type);
            require(underpinned != AgreementType.OLA, AgreementRules.UNDERPINNED_AGREEMENT_IS_OLA,
                    "an OLA underpins an external agreement, not another OLA");
        }

        AgreementTerms effective = command.parentAgreementId() == null
                ? command.terms()
                : parentTerms(command).overriddenBy(command.terms());
        List<RuleViolation> violations = new ArrayList<>();
        if (command.parentAgreementId() != null) {
            violations.addAll(TermsRules.validatePartial(command.terms()));
        }
        if (violations.isEmpty()) {
            violations.addAll(TermsRules.validate(effective));
        }
        if (!violations.isEmpty()) {
            throw BusinessRuleViolation.of(violations);
        }
        agreements.newInstance(() -> new Agreement(command, effective));
    }

    private static boolean withinCalendar(LocalDate date) {
        return !date.isBefore(EARLIEST) && !date.isAfter(LATEST);
    }

    private VendorStatus vendorStatus(DraftAgreement command) {
        try {
            return vendors.load(command.vendorId().value()).invoke(Vendor::status);
        } catch (AggregateNotFoundException e) {
            throw new BusinessRuleViolation(AgreementRules.VENDOR_NOT_FOUND, "no vendor " + command.vendorId());
        }
    }

    private AgreementTerms parentTerms(DraftAgreement command) {
        org.axonframework.modelling.command.Aggregate<Agreement> parent =
                load(command.parentAgreementId().value(), AgreementRules.PARENT_AGREEMENT_NOT_FOUND);
        require(parent.invoke(Agreement::type) == AgreementType.MULTI_LEVEL, AgreementRules.PARENT_NOT_MULTI_LEVEL,
                "the parent of a MULTI_LEVEL agreement is itself MULTI_LEVEL");
        require(parent.invoke(Agreement::status) != AgreementStatus.TERMINATED
                        && parent.invoke(Agreement::status) != AgreementStatus.EXPIRED,
                AgreementRules.PARENT_AGREEMENT_NOT_FOUND, "the parent agreement is no longer in force");
        return parent.invoke(Agreement::currentTerms);
    }

    private org.axonframework.modelling.command.Aggregate<Agreement> load(String id, AgreementRules notFoundCode) {
        try {
            return agreements.load(id);
        } catch (AggregateNotFoundException e) {
            throw new BusinessRuleViolation(notFoundCode, "no agreement " + id);
        }
    }
}
