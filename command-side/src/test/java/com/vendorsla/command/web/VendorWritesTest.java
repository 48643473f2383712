package com.vendorsla.command.web;

import com.vendorsla.sharedkernel.agreement.command.AcceptProposal;
import com.vendorsla.sharedkernel.agreement.command.ProposeRevision;
import com.vendorsla.sharedkernel.agreement.command.SignAgreement;
import com.vendorsla.sharedkernel.performance.command.ClaimExclusion;
import com.vendorsla.sharedkernel.performance.command.DisputeCredit;
import com.vendorsla.sharedkernel.performance.command.ResolveCreditDispute;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class VendorWritesTest {

    @Test
    void theFiveActsOfApiMdAuth_inItsWords() {
        assertThat(VendorWrites.inWords())
                .isEqualTo("counter-propose, approve revisions, sign, claim exclusions, dispute credits");
        assertThat(WriteSideWebConfig.ROLES).contains("may counter-propose, approve revisions, sign, claim exclusions, "
                + "dispute credits; reads across vendors are 403");
    }

    @Test
    void aVendorUserSendsExactlyTheCommandsOfItsActs() {
        assertThat(VendorWrites.isVendorCommand(SignAgreement.class)).isTrue();
        assertThat(VendorWrites.isVendorCommand(ClaimExclusion.class)).isTrue();
        assertThat(VendorWrites.isVendorCommand(DisputeCredit.class)).isTrue();
        assertThat(VendorWrites.isVendorCommand(AcceptProposal.class)).isFalse();
        assertThat(VendorWrites.isVendorCommand(ProposeRevision.class)).isFalse();
        assertThat(VendorWrites.isVendorCommand(ResolveCreditDispute.class)).isFalse();
    }

    @Test
    void theChainLetsTheVendorAndTheCustomersRolesThroughAtEachAct() {
        assertThat(VendorWrites.APPROVE_REVISION.roles()).containsExactly("VENDOR_MANAGER", "LEGAL", "VENDOR");
        assertThat(VendorWrites.SIGN.roles()).containsExactly("VENDOR_MANAGER", "VENDOR");
        assertThat(VendorWrites.DISPUTE_CREDIT.path).isEqualTo("/api/credits/*/dispute");
    }
}
