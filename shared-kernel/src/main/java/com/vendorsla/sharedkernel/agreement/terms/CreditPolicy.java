package com.vendorsla.sharedkernel.agreement.terms;

import java.math.BigDecimal;
import java.util.List;

/**
 * How breaches become money (domain.md, Service credits).
 *
 * @param atRiskPercent POOL: share of the monthly charge at risk per period
 * @param poolPercent   POOL: the most the allocations of critical service levels may add up to
 * @param tiers         TIERED: ordered {@code below X % → credit Y %} steps for availability service levels
 * @param capPercent    TIERED: the most one period's credits may reach, as percent of the monthly charge
 */
public record CreditPolicy(
        CreditMethod method,
        BigDecimal atRiskPercent,
        BigDecimal poolPercent,
        List<CreditTier> tiers,
        BigDecimal capPercent) {

    public CreditPolicy {
        tiers = tiers == null ? null : List.copyOf(tiers);
    }

    public static CreditPolicy pool(BigDecimal atRiskPercent, BigDecimal poolPercent) {
        return new CreditPolicy(CreditMethod.POOL, atRiskPercent, poolPercent, null, null);
    }

    public static CreditPolicy tiered(List<CreditTier> tiers, BigDecimal capPercent) {
        return new CreditPolicy(CreditMethod.TIERED, null, null, tiers, capPercent);
    }
}
