package com.vendorsla.command.web;

import com.vendorsla.sharedkernel.agreement.command.ApproveRevision;
import com.vendorsla.sharedkernel.agreement.command.ProposeTerms;
import com.vendorsla.sharedkernel.agreement.command.SignAgreement;
import com.vendorsla.sharedkernel.common.Role;
import com.vendorsla.sharedkernel.performance.command.ClaimExclusion;
import com.vendorsla.sharedkernel.performance.command.DisputeCredit;

import java.util.Arrays;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * What a {@code VENDOR} user may write (api.md, Auth), said once: each act's URL (the security chain lets the role
 * through there), its command (the {@link CommandSender} sends no other for a vendor's user) and its words (the
 * OpenAPI description). Accepting, rejecting or withdrawing proposals, proposing or rejecting revisions and everything
 * else stay with the customer's users (403). Each act's handler compares the acting vendor with its aggregate's
 * vendor: another vendor's data is a 404.
 */
enum VendorWrites {

    COUNTER_PROPOSE("/api/agreements/*/proposals", ProposeTerms.class, "counter-propose", Role.VENDOR_MANAGER),
    APPROVE_REVISION("/api/agreements/*/revisions/*/approvals", ApproveRevision.class, "approve revisions",
            Role.VENDOR_MANAGER, Role.LEGAL),
    SIGN("/api/agreements/*/signatures", SignAgreement.class, "sign", Role.VENDOR_MANAGER),
    CLAIM_EXCLUSION("/api/agreements/*/periods/*/exclusion-claims", ClaimExclusion.class, "claim exclusions",
            Role.VENDOR_MANAGER),
    DISPUTE_CREDIT("/api/credits/*/dispute", DisputeCredit.class, "dispute credits", Role.VENDOR_MANAGER);

    /** The URL pattern of the act (always a POST). */
    final String path;
    final Class<?> command;
    final String words;
    /** The customer's roles that may do the same act besides the vendor's own user. */
    private final Role[] customerRoles;

    VendorWrites(String path, Class<?> command, String words, Role... customerRoles) {
        this.path = path;
        this.command = command;
        this.words = words;
        this.customerRoles = customerRoles;
    }

    /** The roles the security chain lets through at {@link #path}: the customer's, and VENDOR. */
    String[] roles() {
        return Stream.concat(Arrays.stream(customerRoles), Stream.of(Role.VENDOR))
                .map(Role::name).toArray(String[]::new);
    }

    static boolean isVendorCommand(Class<?> command) {
        return Arrays.stream(values()).anyMatch(write -> write.command == command);
    }

    /** "counter-propose, approve revisions, sign, claim exclusions, dispute credits". */
    static String inWords() {
        return Arrays.stream(values()).map(write -> write.words).collect(Collectors.joining(", "));
    }
}
