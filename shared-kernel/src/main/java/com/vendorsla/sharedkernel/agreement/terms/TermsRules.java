package com.vendorsla.sharedkernel.agreement.terms;

import com.vendorsla.sharedkernel.common.RuleViolation;

import java.math.BigDecimal;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Currency;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The rules every set of terms must keep (domain.md, "Terms validation"), each with a stable code.
 * Pure: it looks at the terms only, so the command side enforces it and the read side can explain it.
 */
public final class TermsRules {

    // The codes as RuleViolation carries them; TermsRule lists them with their answer.
    public static final String TERMS_INCOMPLETE = TermsRule.TERMS_INCOMPLETE.name();
    public static final String INVALID_CURRENCY = TermsRule.INVALID_CURRENCY.name();
    public static final String INVALID_AMOUNT = TermsRule.INVALID_AMOUNT.name();
    public static final String INVALID_TIME_ZONE = TermsRule.INVALID_TIME_ZONE.name();
    public static final String INVALID_COVERAGE = TermsRule.INVALID_COVERAGE.name();
    public static final String NO_SERVICE_LEVELS = TermsRule.NO_SERVICE_LEVELS.name();
    public static final String DUPLICATE_SERVICE_LEVEL_ID = TermsRule.DUPLICATE_SERVICE_LEVEL_ID.name();
    public static final String INVALID_SERVICE_LEVEL = TermsRule.INVALID_SERVICE_LEVEL.name();
    public static final String TARGET_OUT_OF_RANGE = TermsRule.TARGET_OUT_OF_RANGE.name();
    public static final String PERCENT_OUT_OF_RANGE = TermsRule.PERCENT_OUT_OF_RANGE.name();
    public static final String ALLOCATION_EXCEEDS_POOL = TermsRule.ALLOCATION_EXCEEDS_POOL.name();
    public static final String KEY_SERVICE_LEVEL_WITH_ALLOCATION = TermsRule.KEY_SERVICE_LEVEL_WITH_ALLOCATION.name();
    public static final String CRITICAL_SERVICE_LEVEL_WITHOUT_ALLOCATION = TermsRule.CRITICAL_SERVICE_LEVEL_WITHOUT_ALLOCATION.name();
    public static final String TIERS_NOT_ORDERED = TermsRule.TIERS_NOT_ORDERED.name();

    private static final BigDecimal HUNDRED = new BigDecimal("100");
    private static final BigDecimal MAX_POOL_PERCENT = new BigDecimal("1000");
    private static final int MAX_SERVICE_LEVEL_ID_LENGTH = 64;
    private static final int MAX_THRESHOLD_MINUTES = 60 * 24 * 366;
    private static final int MAX_PERIODS = 120;
    private static final int MAX_INTEGER_DIGITS = 15;
    private static final int MAX_FRACTION_DIGITS = 6;

    private TermsRules() {
    }

    /** Violations of complete terms (every agreement's effective terms). Empty when the terms are valid. */
    public static List<RuleViolation> validate(AgreementTerms terms) {
        return new Check(terms, false).run();
    }

    /** Violations of the parts a multi-level child states itself; what it leaves out comes from its parent. */
    public static List<RuleViolation> validatePartial(AgreementTerms terms) {
        return new Check(terms, true).run();
    }

    private static final class Check {
        private final AgreementTerms terms;
        private final boolean partial;
        private final List<RuleViolation> violations = new ArrayList<>();

        Check(AgreementTerms terms, boolean partial) {
            this.terms = terms;
            this.partial = partial;
        }

        List<RuleViolation> run() {
            if (terms == null) {
                add(TERMS_INCOMPLETE, "terms", "terms are required");
                return violations;
            }
            if (!decimalsOfSaneSize()) {
                return List.copyOf(violations);
            }
            currencyAndCharge();
            coverage(terms.coverage());
            serviceLevels(terms.serviceLevels());
            creditPolicy(terms.creditPolicy());
            earnBackAndTermination();
            if (terms.renegotiationWindowDays() != null
                    && (terms.renegotiationWindowDays() < 1 || terms.renegotiationWindowDays() > 3650)) {
                add(INVALID_AMOUNT, "terms.renegotiationWindowDays", "must be between 1 and 3650 days");
            }
            return List.copyOf(violations);
        }

        /**
         * JSON admits numbers such as {@code 1e999999999}: a single addition or rounding of one never ends or
         * overflows. Every decimal of the terms has at most {@value #MAX_INTEGER_DIGITS} digits before and
         * {@value #MAX_FRACTION_DIGITS} after the point; the other rules only look at decimals that pass this.
         */
        private boolean decimalsOfSaneSize() {
            int before = violations.size();
            saneSize(terms.monthlyCharge(), INVALID_AMOUNT, "terms.monthlyCharge");
            List<ServiceLevel> levels = terms.serviceLevels() == null ? List.of() : terms.serviceLevels();
            for (int i = 0; i < levels.size(); i++) {
                ServiceLevel level = levels.get(i);
                if (level != null) {
                    String at = "terms.serviceLevels[" + i + "]";
                    saneSize(level.target(), TARGET_OUT_OF_RANGE, at + ".target");
                    saneSize(level.minimum(), TARGET_OUT_OF_RANGE, at + ".minimum");
                    saneSize(level.internalTarget(), TARGET_OUT_OF_RANGE, at + ".internalTarget");
                    saneSize(level.allocationPercent(), PERCENT_OUT_OF_RANGE, at + ".allocationPercent");
                }
            }
            CreditPolicy policy = terms.creditPolicy();
            if (policy != null) {
                saneSize(policy.atRiskPercent(), PERCENT_OUT_OF_RANGE, "terms.creditPolicy.atRiskPercent");
                saneSize(policy.poolPercent(), PERCENT_OUT_OF_RANGE, "terms.creditPolicy.poolPercent");
                saneSize(policy.capPercent(), PERCENT_OUT_OF_RANGE, "terms.creditPolicy.capPercent");
                List<CreditTier> tiers = policy.tiers() == null ? List.of() : policy.tiers();
                for (int i = 0; i < tiers.size(); i++) {
                    if (tiers.get(i) != null) {
                        saneSize(tiers.get(i).below(), PERCENT_OUT_OF_RANGE, "terms.creditPolicy.tiers[" + i + "].below");
                        saneSize(tiers.get(i).creditPercent(), PERCENT_OUT_OF_RANGE, "terms.creditPolicy.tiers[" + i + "].creditPercent");
                    }
                }
            }
            return violations.size() == before;
        }

        private void saneSize(BigDecimal value, String code, String field) {
            if (value != null && (value.precision() - value.scale() > MAX_INTEGER_DIGITS
                    || value.stripTrailingZeros().scale() > MAX_FRACTION_DIGITS)) {
                add(code, field, "has more than " + MAX_INTEGER_DIGITS + " digits before or " + MAX_FRACTION_DIGITS
                        + " after the decimal point");
            }
        }

        private void currencyAndCharge() {
            Currency currency = null;
            if (terms.currency() == null) {
                required("terms.currency");
            } else {
                try {
                    currency = Currency.getInstance(terms.currency());
                } catch (IllegalArgumentException e) {
                    add(INVALID_CURRENCY, "terms.currency", "'" + terms.currency() + "' is not an ISO-4217 currency code");
                }
            }
            BigDecimal charge = terms.monthlyCharge();
            if (charge == null) {
                required("terms.monthlyCharge");
            } else if (charge.signum() <= 0) {
                add(INVALID_AMOUNT, "terms.monthlyCharge", "must be greater than zero");
            } else if (currency != null && currency.getDefaultFractionDigits() >= 0
                    && charge.stripTrailingZeros().scale() > currency.getDefaultFractionDigits()) {
                add(INVALID_AMOUNT, "terms.monthlyCharge",
                        "has more decimals than " + currency.getCurrencyCode() + " has minor units ("
                                + currency.getDefaultFractionDigits() + ")");
            }
        }

        private void coverage(Coverage coverage) {
            if (coverage == null) {
                required("terms.coverage");
                return;
            }
            if (coverage.timeZone() == null) {
                required("terms.coverage.timeZone");
            } else {
                try {
                    ZoneId.of(coverage.timeZone());
                } catch (RuntimeException e) {
                    add(INVALID_TIME_ZONE, "terms.coverage.timeZone", "'" + coverage.timeZone() + "' is not a time zone id");
                }
            }
            if (coverage.hours() != null && !coverage.isAllHours()) {
                add(INVALID_COVERAGE, "terms.coverage.hours", "hours is either '24x7' or left out for business hours");
                return;
            }
            if (coverage.isAllHours()) {
                if (coverage.days() != null || coverage.from() != null || coverage.to() != null) {
                    add(INVALID_COVERAGE, "terms.coverage", "24x7 coverage takes no days, from or to");
                }
                return;
            }
            if (coverage.days() == null || coverage.days().isEmpty()) {
                add(INVALID_COVERAGE, "terms.coverage.days", "business-hours coverage needs at least one day (or hours '24x7')");
            } else if (new HashSet<>(coverage.days()).size() != coverage.days().size()) {
                add(INVALID_COVERAGE, "terms.coverage.days", "a day is listed twice");
            }
            if (coverage.from() == null || coverage.to() == null) {
                add(INVALID_COVERAGE, "terms.coverage.from", "business-hours coverage needs from and to");
            } else if (!coverage.from().isBefore(coverage.to())) {
                add(INVALID_COVERAGE, "terms.coverage.to", "must be after from (coverage within one day)");
            }
            if (coverage.holidays() != null && new HashSet<>(coverage.holidays()).size() != coverage.holidays().size()) {
                add(INVALID_COVERAGE, "terms.coverage.holidays", "a holiday is listed twice");
            }
        }

        private void serviceLevels(List<ServiceLevel> levels) {
            if (levels == null) {
                required("terms.serviceLevels");
                return;
            }
            if (levels.isEmpty() && !partial) {
                add(NO_SERVICE_LEVELS, "terms.serviceLevels", "an agreement needs at least one service level");
            }
            Set<String> ids = new HashSet<>();
            for (int i = 0; i < levels.size(); i++) {
                ServiceLevel level = levels.get(i);
                String at = "terms.serviceLevels[" + i + "]";
                if (level == null) {
                    add(INVALID_SERVICE_LEVEL, at, "must not be null");
                    continue;
                }
                if (level.id() == null || level.id().isBlank()) {
                    required(at + ".id");
                } else if (level.id().length() > MAX_SERVICE_LEVEL_ID_LENGTH || !level.id().matches("[A-Za-z0-9][A-Za-z0-9._-]*")) {
                    add(INVALID_SERVICE_LEVEL, at + ".id", "ids are letters, digits, '.', '_' or '-', at most 64 characters");
                } else if (!ids.add(level.id())) {
                    add(DUPLICATE_SERVICE_LEVEL_ID, at + ".id", "service level id '" + level.id() + "' is used twice");
                }
                serviceLevel(level, at);
            }
        }

        private void serviceLevel(ServiceLevel level, String at) {
            if (level.kind() == null) {
                required(at + ".kind");
                return;
            }
            if (level.classification() == null) {
                required(at + ".classification");
            }
            switch (level.kind()) {
                case RESPONSE_TIME, RESOLUTION_TIME -> {
                    if (level.severity() == null) {
                        add(INVALID_SERVICE_LEVEL, at + ".severity", level.kind() + " needs a severity");
                    }
                    if (level.thresholdMinutes() == null || level.thresholdMinutes() < 1
                            || level.thresholdMinutes() > MAX_THRESHOLD_MINUTES) {
                        add(INVALID_SERVICE_LEVEL, at + ".thresholdMinutes", level.kind() + " needs thresholdMinutes between 1 and " + MAX_THRESHOLD_MINUTES);
                    }
                }
                case KPI -> {
                    if (level.direction() == null) {
                        add(INVALID_SERVICE_LEVEL, at + ".direction", "a KPI needs a direction");
                    }
                }
                case AVAILABILITY -> {
                }
            }
            if (level.kind() != ServiceLevelKind.KPI && level.direction() != null
                    && level.direction() != KpiDirection.HIGHER_IS_BETTER) {
                add(INVALID_SERVICE_LEVEL, at + ".direction", "only KPIs may be lower-is-better");
            }
            targets(level, at);
            if (level.classification() == Classification.KEY && level.allocationPercent() != null
                    && level.allocationPercent().signum() != 0) {
                add(KEY_SERVICE_LEVEL_WITH_ALLOCATION, at + ".allocationPercent", "KEY service levels bear no credit and take no allocation");
            }
            if (level.allocationPercent() != null && !within(level.allocationPercent(), BigDecimal.ZERO, HUNDRED)) {
                add(PERCENT_OUT_OF_RANGE, at + ".allocationPercent", "must be between 0 and 100");
            }
        }

        private void targets(ServiceLevel level, String at) {
            BigDecimal target = level.target();
            if (target == null) {
                required(at + ".target");
                return;
            }
            boolean percentKind = level.kind() != ServiceLevelKind.KPI;
            if (percentKind && !(target.signum() > 0 && target.compareTo(HUNDRED) <= 0)) {
                add(TARGET_OUT_OF_RANGE, at + ".target", "a percentage target lies above 0 and at most 100");
            }
            if (!percentKind && target.signum() < 0) {
                add(TARGET_OUT_OF_RANGE, at + ".target", "a KPI target is not negative");
            }
            boolean higherIsBetter = level.higherIsBetter();
            if (level.minimum() != null) {
                if (percentKind && !within(level.minimum(), BigDecimal.ZERO, HUNDRED)) {
                    add(TARGET_OUT_OF_RANGE, at + ".minimum", "a percentage minimum lies between 0 and 100");
                } else if (higherIsBetter ? level.minimum().compareTo(target) > 0 : level.minimum().compareTo(target) < 0) {
                    add(TARGET_OUT_OF_RANGE, at + ".minimum", "the minimum must be less strict than the target");
                }
            }
            if (level.internalTarget() != null) {
                if (percentKind && !within(level.internalTarget(), BigDecimal.ZERO, HUNDRED)) {
                    add(TARGET_OUT_OF_RANGE, at + ".internalTarget", "a percentage internal target lies between 0 and 100");
                } else if (higherIsBetter ? level.internalTarget().compareTo(target) < 0 : level.internalTarget().compareTo(target) > 0) {
                    add(TARGET_OUT_OF_RANGE, at + ".internalTarget", "the internal target must be at least as strict as the target");
                }
            }
        }

        private void creditPolicy(CreditPolicy policy) {
            if (policy == null) {
                required("terms.creditPolicy");
                return;
            }
            if (policy.method() == null) {
                required("terms.creditPolicy.method");
                return;
            }
            List<ServiceLevel> levels = terms.serviceLevels() == null ? List.of() : terms.serviceLevels();
            switch (policy.method()) {
                case POOL -> pool(policy, levels);
                case TIERED -> tiered(policy);
            }
        }

        private void pool(CreditPolicy policy, List<ServiceLevel> levels) {
            if (policy.atRiskPercent() == null) {
                required("terms.creditPolicy.atRiskPercent");
            } else if (!(policy.atRiskPercent().signum() > 0 && policy.atRiskPercent().compareTo(HUNDRED) <= 0)) {
                add(PERCENT_OUT_OF_RANGE, "terms.creditPolicy.atRiskPercent", "must lie above 0 and at most 100");
            }
            if (policy.poolPercent() == null) {
                required("terms.creditPolicy.poolPercent");
                return;
            }
            if (!(policy.poolPercent().signum() > 0 && policy.poolPercent().compareTo(MAX_POOL_PERCENT) <= 0)) {
                add(PERCENT_OUT_OF_RANGE, "terms.creditPolicy.poolPercent", "must lie above 0 and at most 1000");
                return;
            }
            if (partial && terms.serviceLevels() == null) {
                return;
            }
            BigDecimal allocated = BigDecimal.ZERO;
            for (int i = 0; i < levels.size(); i++) {
                ServiceLevel level = levels.get(i);
                if (level == null || !level.isCritical()) {
                    continue;
                }
                if (level.allocationPercent() == null || level.allocationPercent().signum() <= 0) {
                    add(CRITICAL_SERVICE_LEVEL_WITHOUT_ALLOCATION, "terms.serviceLevels[" + i + "].allocationPercent",
                            "a CRITICAL service level under pool allocation needs an allocation above 0");
                } else {
                    allocated = allocated.add(level.allocationPercent());
                }
            }
            if (allocated.compareTo(policy.poolPercent()) > 0) {
                add(ALLOCATION_EXCEEDS_POOL, "terms.serviceLevels",
                        "allocations of critical service levels sum to " + allocated.toPlainString()
                                + " %, more than the pool of " + policy.poolPercent().toPlainString() + " %");
            }
        }

        private void tiered(CreditPolicy policy) {
            List<CreditTier> tiers = policy.tiers();
            if (tiers == null || tiers.isEmpty()) {
                add(TERMS_INCOMPLETE, "terms.creditPolicy.tiers", "tiered credits need at least one tier");
            } else {
                for (int i = 0; i < tiers.size(); i++) {
                    CreditTier tier = tiers.get(i);
                    String at = "terms.creditPolicy.tiers[" + i + "]";
                    if (tier == null || tier.below() == null || tier.creditPercent() == null) {
                        add(TERMS_INCOMPLETE, at, "a tier needs below and creditPercent");
                        return;
                    }
                    if (!(tier.below().signum() > 0 && tier.below().compareTo(HUNDRED) <= 0)) {
                        add(PERCENT_OUT_OF_RANGE, at + ".below", "must lie above 0 and at most 100");
                    }
                    if (!(tier.creditPercent().signum() > 0 && tier.creditPercent().compareTo(HUNDRED) <= 0)) {
                        add(PERCENT_OUT_OF_RANGE, at + ".creditPercent", "must lie above 0 and at most 100");
                    }
                    if (i > 0) {
                        CreditTier previous = tiers.get(i - 1);
                        if (previous != null && previous.below() != null && previous.creditPercent() != null
                                && (tier.below().compareTo(previous.below()) >= 0
                                || tier.creditPercent().compareTo(previous.creditPercent()) <= 0)) {
                            add(TIERS_NOT_ORDERED, at, "tiers go from the highest 'below' down, each with a larger credit than the one before");
                        }
                    }
                }
            }
            if (policy.capPercent() != null && !(policy.capPercent().signum() > 0 && policy.capPercent().compareTo(HUNDRED) <= 0)) {
                add(PERCENT_OUT_OF_RANGE, "terms.creditPolicy.capPercent", "must lie above 0 and at most 100");
            }
            if (policy.atRiskPercent() != null || policy.poolPercent() != null) {
                add(INVALID_AMOUNT, "terms.creditPolicy", "tiered credits take no atRiskPercent or poolPercent");
            }
        }

        private void earnBackAndTermination() {
            EarnBack earnBack = terms.earnBack();
            if (earnBack != null && earnBack.periods() != null && (earnBack.periods() < 0 || earnBack.periods() > MAX_PERIODS)) {
                add(INVALID_AMOUNT, "terms.earnBack.periods", "must be between 0 and " + MAX_PERIODS);
            }
            TerminationPolicy termination = terms.termination();
            if (termination == null) {
                return;
            }
            if (termination.breaches() == null || termination.withinPeriods() == null) {
                add(TERMS_INCOMPLETE, "terms.termination", "a termination policy needs breaches and withinPeriods");
                return;
            }
            if (termination.breaches() < 1 || termination.withinPeriods() < 1 || termination.withinPeriods() > MAX_PERIODS) {
                add(INVALID_AMOUNT, "terms.termination", "breaches and withinPeriods are at least 1 (withinPeriods at most " + MAX_PERIODS + ")");
            } else if (termination.breaches() > termination.withinPeriods()) {
                add(INVALID_AMOUNT, "terms.termination.breaches", "cannot exceed withinPeriods");
            }
            if (termination.exerciseWithinDays() != null && (termination.exerciseWithinDays() < 1 || termination.exerciseWithinDays() > 3650)) {
                add(INVALID_AMOUNT, "terms.termination.exerciseWithinDays", "must be between 1 and 3650");
            }
        }

        private void required(String field) {
            if (!partial) {
                add(TERMS_INCOMPLETE, field, "is required");
            }
        }

        private void add(String code, String field, String message) {
            violations.add(new RuleViolation(code, field, message));
        }

        private static boolean within(BigDecimal value, BigDecimal low, BigDecimal high) {
            return value.compareTo(low) >= 0 && value.compareTo(high) <= 0;
        }
    }
}
