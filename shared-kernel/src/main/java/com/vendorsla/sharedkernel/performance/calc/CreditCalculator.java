package com.vendorsla.sharedkernel.performance.calc;

import com.vendorsla.sharedkernel.agreement.terms.AgreementTerms;
import com.vendorsla.sharedkernel.agreement.terms.CreditMethod;
import com.vendorsla.sharedkernel.agreement.terms.CreditPolicy;
import com.vendorsla.sharedkernel.agreement.terms.CreditTier;
import com.vendorsla.sharedkernel.agreement.terms.ServiceLevel;
import com.vendorsla.sharedkernel.agreement.terms.ServiceLevelKind;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Service credits of one closed period (domain.md, "Service credits"). Only breached CRITICAL service levels bear
 * credits. Each line is rounded half-up once, to the currency's minor units; the period cap then keeps the lines in
 * the order of the terms' service levels until it is reached, shortens the line that crosses it and zeroes the rest.
 */
public final class CreditCalculator {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private CreditCalculator() {
    }

    public static CreditAssessment assess(AgreementTerms terms, List<ServiceLevelResult> results, int termsVersion) {
        CreditPolicy policy = Objects.requireNonNull(terms.creditPolicy(), "terms.creditPolicy");
        Objects.requireNonNull(policy.method(), "terms.creditPolicy.method");
        BigDecimal charge = Objects.requireNonNull(terms.monthlyCharge(), "terms.monthlyCharge");
        int minorUnits = minorUnits(Objects.requireNonNull(terms.currency(), "terms.currency"), charge);
        Map<String, ServiceLevelResult> byId = results.stream()
                .collect(Collectors.toMap(ServiceLevelResult::serviceLevelId, Function.identity(), (a, b) -> a));
        List<ServiceLevel> breached = terms.serviceLevels().stream()
                .filter(ServiceLevel::isCritical)
                .filter(level -> byId.containsKey(level.id()) && byId.get(level.id()).breached())
                .toList();

        BigDecimal atRisk;
        List<Uncapped> uncapped = new ArrayList<>();
        if (policy.method() == CreditMethod.POOL) {
            atRisk = percentOf(charge, Objects.requireNonNull(policy.atRiskPercent(), "atRiskPercent"));
            for (ServiceLevel level : breached) {
                BigDecimal rate = level.allocationPercent() == null ? BigDecimal.ZERO : level.allocationPercent();
                BigDecimal amount = round(percentOf(atRisk, rate), minorUnits);
                uncapped.add(new Uncapped(level, byId.get(level.id()), rate, amount,
                        money(atRisk, minorUnits).toPlainString() + " × " + plain(rate) + " % = " + amount.toPlainString()));
            }
        } else {
            BigDecimal capPercent = policy.capPercent() == null ? HUNDRED : policy.capPercent();
            atRisk = percentOf(charge, capPercent);
            for (ServiceLevel level : breached) {
                if (level.kind() != ServiceLevelKind.AVAILABILITY) {
                    continue; // tiers speak of availability only: other critical service levels bear no credit
                }
                ServiceLevelResult result = byId.get(level.id());
                Optional<CreditTier> tier = lowestMatchingTier(policy.tiers(), result);
                if (tier.isEmpty()) {
                    continue; // breached the target but above every tier: the tiers owe nothing
                }
                BigDecimal rate = tier.get().creditPercent();
                BigDecimal amount = round(percentOf(charge, rate), minorUnits);
                uncapped.add(new Uncapped(level, result, rate, amount,
                        charge.toPlainString() + " × " + plain(rate) + " % = " + amount.toPlainString() + " ("
                                + reported(result.measured()) + " % below " + plain(tier.get().below()) + " %)"));
            }
        }

        BigDecimal cap = atRisk.setScale(minorUnits, RoundingMode.DOWN);
        BigDecimal total = zero(minorUnits);
        BigDecimal beforeCap = zero(minorUnits);
        List<CreditLineCalc> lines = new ArrayList<>();
        for (Uncapped line : uncapped) {
            BigDecimal room = cap.subtract(total).max(zero(minorUnits));
            BigDecimal amount = line.amount().min(room);
            String formula = amount.compareTo(line.amount()) < 0
                    ? line.formula() + "; capped to " + amount.toPlainString() + " (period cap " + cap.toPlainString() + ")"
                    : line.formula();
            lines.add(new CreditLineCalc(line.level().id(), policy.method(), line.result().measured(),
                    line.level().target(), line.rate(), line.amount(), amount, termsVersion, formula));
            total = total.add(amount);
            beforeCap = beforeCap.add(line.amount());
        }
        return new CreditAssessment(terms.currency(), charge, money(atRisk, minorUnits), cap, lines, total,
                beforeCap.subtract(total), policy.method());
    }

    /** The tier with the smallest {@code below} that the measured value is strictly below. */
    private static Optional<CreditTier> lowestMatchingTier(List<CreditTier> tiers, ServiceLevelResult result) {
        if (tiers == null) {
            return Optional.empty();
        }
        return tiers.stream()
                .filter(tier -> result.measuredBelow(tier.below()))
                .min(Comparator.comparing(CreditTier::below));
    }

    /**
     * The currency's minor units ({@link Currency#getDefaultFractionDigits()}: EUR 2, JPY 0, BHD 3). Currencies
     * without minor units of their own (e.g. XAU) keep the precision the monthly charge is stated in.
     */
    static int minorUnits(String currencyCode, BigDecimal charge) {
        int digits = Currency.getInstance(currencyCode).getDefaultFractionDigits();
        return digits >= 0 ? digits : Math.max(charge.scale(), 0);
    }

    private static BigDecimal percentOf(BigDecimal amount, BigDecimal percent) {
        return amount.multiply(percent).movePointLeft(2);
    }

    private static BigDecimal round(BigDecimal amount, int minorUnits) {
        return amount.setScale(minorUnits, RoundingMode.HALF_UP);
    }

    /** Exact, shown with at least the currency's minor units (10000.00, not 10000.0000; 925.92525 stays). */
    private static BigDecimal money(BigDecimal amount, int minorUnits) {
        BigDecimal stripped = amount.stripTrailingZeros();
        return stripped.scale() < minorUnits ? stripped.setScale(minorUnits) : stripped;
    }

    private static BigDecimal zero(int minorUnits) {
        return BigDecimal.ZERO.setScale(minorUnits);
    }

    /** Money as stated (its scale is the currency's), percentages without trailing zeros: "50", "7.5". */
    private static String plain(BigDecimal value) {
        BigDecimal stripped = value.stripTrailingZeros();
        return (stripped.scale() < 0 ? stripped.setScale(0) : stripped).toPlainString();
    }

    private static String reported(BigDecimal measured) {
        return measured == null ? "?" : measured.setScale(3, RoundingMode.HALF_UP).toPlainString();
    }

    private record Uncapped(ServiceLevel level, ServiceLevelResult result, BigDecimal rate, BigDecimal amount,
                            String formula) {
    }
}
