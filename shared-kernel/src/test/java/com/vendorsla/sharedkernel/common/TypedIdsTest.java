package com.vendorsla.sharedkernel.common;

import com.vendorsla.sharedkernel.agreement.AgreementId;
import com.vendorsla.sharedkernel.performance.PerformancePeriodId;
import com.vendorsla.sharedkernel.review.ReviewId;
import com.vendorsla.sharedkernel.vendor.VendorId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.json.JsonMapper;

import java.time.YearMonth;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TypedIdsTest {

    private static final UUID U = UUID.fromString("6f1c2d3e-4b5a-4c6d-8e9f-0a1b2c3d4e5f");
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Test
    void idsOfDifferentAggregateTypesCannotCollide() {
        // Axon keys every event by (aggregate id, sequence), whatever the aggregate type: one uuid, three streams.
        String vendor = VendorId.of(U).value();
        String agreement = AgreementId.of(U).value();
        String period = PerformancePeriodId.of(AgreementId.of(U), YearMonth.of(2026, 2)).value();
        String review = ReviewId.of(AgreementId.of(U), 2026).value();
        assertThat(List.of(vendor, agreement, period, review)).doesNotHaveDuplicates();
        assertThat(List.of(VendorId.PREFIX, AgreementId.PREFIX, PerformancePeriodId.PREFIX, ReviewId.PREFIX))
                .doesNotHaveDuplicates();
        assertThat(AgreementId.isValid(review)).isFalse();
        assertThat(VendorId.isValid(review)).isFalse();
        assertThat(ReviewId.isValid(agreement)).isFalse();
        assertThat(ReviewId.isValid(period)).isFalse();
        // and no id of one type is accepted as an id of another
        assertThat(AgreementId.isValid(vendor)).isFalse();
        assertThat(VendorId.isValid(agreement)).isFalse();
        assertThat(VendorId.isValid(period)).isFalse();
        assertThat(AgreementId.isValid(period)).isFalse();
    }

    @Test
    void anIdIsItsPrefixAndUuid_andPrintsAsSuch() {
        assertThat(VendorId.of(U).value()).isEqualTo("vnd-6f1c2d3e-4b5a-4c6d-8e9f-0a1b2c3d4e5f");
        assertThat(AgreementId.of(U)).hasToString("agr-6f1c2d3e-4b5a-4c6d-8e9f-0a1b2c3d4e5f");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "vnd-", "vnd-xyz", "VND-6f1c2d3e-4b5a-4c6d-8e9f-0a1b2c3d4e5f",
            "vnd-6F1C2D3E-4B5A-4C6D-8E9F-0A1B2C3D4E5F", "vnd-6f1c2d3e-4b5a-4c6d-8e9f-0a1b2c3d4e5f ",
            "agr-6f1c2d3e-4b5a-4c6d-8e9f-0a1b2c3d4e5f"})
    void givenTextThatIsNoVendorId_whenParsed_thenItIsRefused(String text) {
        assertThat(VendorId.isValid(text)).isFalse();
        assertThatThrownBy(() -> new VendorId(text)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("vnd-<uuid>");
    }

    /** The check is the pattern ids were always held to, character by character: both agree on every text. */
    @Test
    void givenManyTexts_whenChecked_thenTheCheckAgreesWithTheUuidPatternOnEachOfThem() {
        Pattern uuid = Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");
        Random random = new Random(42);
        String alphabet = "0123456789abcdefABCDEFg-z \u0661\uFF10";
        List<String> texts = new java.util.ArrayList<>(List.of("vnd-", "vnd", "vnd-" + U, "vnd-" + U + "0",
                "vnd--" + U, "vndx" + U, "xnd-" + U, "vnd-" + U.toString().replace('-', '0')));
        for (int i = 0; i < 20_000; i++) {
            char[] chars = ("vnd-" + UUID.randomUUID()).toCharArray();
            int changes = random.nextInt(3);
            for (int c = 0; c < changes; c++) {
                chars[random.nextInt(chars.length)] = alphabet.charAt(random.nextInt(alphabet.length()));
            }
            String text = new String(chars);
            texts.add(random.nextInt(10) == 0 ? text.substring(0, random.nextInt(text.length())) : text);
        }
        for (String text : texts) {
            boolean byPattern = text.startsWith("vnd-") && uuid.matcher(text.substring(4)).matches();
            assertThat(TypedIds.hasPrefixAndUuid("vnd", text)).as(text).isEqualTo(byPattern);
        }
        assertThat(texts.stream().filter(text -> TypedIds.hasPrefixAndUuid("vnd", text)).count())
                .as("both kinds among them").isBetween(1_000L, 19_000L);
    }

    @Test
    void givenNull_whenParsed_thenItIsRefused() {
        assertThat(AgreementId.isValid(null)).isFalse();
        assertThatThrownBy(() -> new AgreementId(null)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aPerformancePeriodIdIsDerivedFromItsAgreementAndMonth_andBackAgain() {
        PerformancePeriodId id = PerformancePeriodId.of(AgreementId.of(U), YearMonth.of(2026, 2));
        assertThat(id.value()).isEqualTo("prd-6f1c2d3e-4b5a-4c6d-8e9f-0a1b2c3d4e5f-2026-02");
        assertThat(id.agreementId()).isEqualTo(AgreementId.of(U));
        assertThat(id.month()).isEqualTo(YearMonth.of(2026, 2));
        assertThat(new PerformancePeriodId(id.value())).isEqualTo(id);
    }

    @ParameterizedTest
    @ValueSource(strings = {"prd-6f1c2d3e-4b5a-4c6d-8e9f-0a1b2c3d4e5f-2026-13", "prd-6f1c2d3e-4b5a-4c6d-8e9f-0a1b2c3d4e5f",
            "prd-6f1c2d3e-4b5a-4c6d-8e9f-0a1b2c3dXXXX-2026-02", "agr-6f1c2d3e-4b5a-4c6d-8e9f-0a1b2c3d4e5f-2026-02"})
    void givenTextThatIsNoPeriodId_whenParsed_thenItIsRefused(String text) {
        assertThatThrownBy(() -> new PerformancePeriodId(text)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void inJsonAnIdIsItsRawString() {
        record Holder(VendorId vendorId, AgreementId agreementId, PerformancePeriodId periodId) {
        }
        Holder holder = new Holder(VendorId.of(U), AgreementId.of(U), PerformancePeriodId.of(AgreementId.of(U), YearMonth.of(2026, 2)));
        String json = JSON.writeValueAsString(holder);
        assertThat(json).isEqualTo("{\"vendorId\":\"vnd-" + U + "\",\"agreementId\":\"agr-" + U
                + "\",\"periodId\":\"prd-" + U + "-2026-02\"}");
        assertThat(JSON.readValue(json, Holder.class)).isEqualTo(holder);
    }
}
