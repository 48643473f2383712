package com.vendorsla.sharedkernel.review;

import com.vendorsla.sharedkernel.agreement.AgreementId;
import com.vendorsla.sharedkernel.performance.CreditId;
import com.vendorsla.sharedkernel.performance.PerformancePeriodId;
import com.vendorsla.sharedkernel.vendor.VendorId;
import org.junit.jupiter.api.Test;

import java.time.YearMonth;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Review ids: derived from agreement and year, and never mistaken for another aggregate's id in the event store. */
class ReviewIdTest {

    static final UUID UUID_ = UUID.fromString("aaaaaaaa-1111-4222-8333-444444444444");
    static final AgreementId AGREEMENT = AgreementId.of(UUID_);

    @Test
    void derivedFromTheAgreementAndTheYear_andBackAgain() {
        ReviewId id = ReviewId.of(AGREEMENT, 2025);
        assertThat(id.value()).isEqualTo("rvw-aaaaaaaa-1111-4222-8333-444444444444-2025");
        assertThat(id.agreementId()).isEqualTo(AGREEMENT);
        assertThat(id.year()).isEqualTo(2025);
        assertThat(id).hasToString(id.value());
    }

    @Test
    void malformedIdsAreRefused() {
        for (String bad : List.of("rvw-aaaaaaaa-1111-4222-8333-444444444444", "rvw-aaaaaaaa-1111-4222-8333-444444444444-25",
                "agr-aaaaaaaa-1111-4222-8333-444444444444", "rvw-AAAAAAAA-1111-4222-8333-444444444444-2025")) {
            assertThat(ReviewId.isValid(bad)).as(bad).isFalse();
            assertThatThrownBy(() -> new ReviewId(bad)).isInstanceOf(IllegalArgumentException.class);
        }
        assertThatThrownBy(() -> ReviewId.of(AGREEMENT, 10000)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ReviewId.of(AGREEMENT, -1)).isInstanceOf(IllegalArgumentException.class);
        assertThat(ReviewId.of(AGREEMENT, 7).value()).endsWith("-0007");   // as YearMonth writes early years
        assertThat(ReviewId.of(AGREEMENT, 7).year()).isEqualTo(7);
    }

    @Test
    void theSameUuidUnderEveryAggregateTypeGivesIdsThatCannotCollide_orParseAsOneAnother() {
        String review = ReviewId.of(AGREEMENT, 2025).value();
        List<String> others = List.of(AGREEMENT.value(), VendorId.of(UUID_).value(),
                PerformancePeriodId.of(AGREEMENT, YearMonth.of(2025, 1)).value(),
                CreditId.of(PerformancePeriodId.of(AGREEMENT, YearMonth.of(2025, 1)), 1).value());
        assertThat(others).doesNotContain(review);
        assertThat(others).allSatisfy(other -> assertThat(ReviewId.isValid(other)).as(other).isFalse());
        assertThat(AgreementId.isValid(review)).isFalse();
        assertThat(VendorId.isValid(review)).isFalse();
        assertThat(CreditId.isValid(review)).isFalse();
        assertThatThrownBy(() -> new PerformancePeriodId(review)).isInstanceOf(IllegalArgumentException.class);
        assertThat(List.of(ReviewId.PREFIX, AgreementId.PREFIX, VendorId.PREFIX, PerformancePeriodId.PREFIX, CreditId.PREFIX))
                .doesNotHaveDuplicates();
    }
}
