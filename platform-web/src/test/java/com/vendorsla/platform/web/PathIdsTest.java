package com.vendorsla.platform.web;

import com.vendorsla.sharedkernel.agreement.AgreementId;
import com.vendorsla.sharedkernel.vendor.VendorId;
import org.junit.jupiter.api.Test;
import org.springframework.core.convert.ConversionFailedException;
import org.springframework.format.support.FormattingConversionService;

import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PathIdsTest {

    private final FormattingConversionService conversions = new FormattingConversionService();

    PathIdsTest() {
        new PathIds().addFormatters(conversions);
    }

    @Test
    void givenWellFormedIds_whenConverted_thenTheyAreTheTypedIds() {
        AgreementId agreement = AgreementId.of(UUID.randomUUID());
        VendorId vendor = new VendorId("vnd-" + UUID.randomUUID());

        assertThat(conversions.convert(agreement.value(), AgreementId.class)).isEqualTo(agreement);
        assertThat(conversions.convert(vendor.value(), VendorId.class)).isEqualTo(vendor);
    }

    @Test
    void givenTextThatIsNoIdOfItsKind_whenConverted_thenItIsAnUnknownIdOfThatKind() {
        assertThatThrownBy(() -> conversions.convert("not-an-id", AgreementId.class))
                .isInstanceOf(ConversionFailedException.class)
                .satisfies(failure -> {
                    UnknownId unknown = UnknownId.in(failure);
                    assertThat(unknown).isNotNull();
                    assertThat(unknown.kind()).isEqualTo("agreement");
                    assertThat(unknown.value()).isEqualTo("not-an-id");
                    assertThat(unknown.getMessage()).isEqualTo("no agreement not-an-id");
                });
        // a vendor id is no agreement id, nor the other way round
        assertThat(UnknownId.in(catchFailure("vnd-" + UUID.randomUUID(), AgreementId.class)).kind()).isEqualTo("agreement");
        assertThat(UnknownId.in(catchFailure("agr-" + UUID.randomUUID(), VendorId.class)).kind()).isEqualTo("vendor");
    }

    @Test
    void aFailureWithoutAnUnknownIdHasNone() {
        assertThat(UnknownId.in(new IllegalStateException(new IllegalArgumentException()))).isNull();
    }

    private Throwable catchFailure(String text, Class<?> type) {
        try {
            conversions.convert(text, type);
        } catch (RuntimeException e) {
            return e;
        }
        throw new AssertionError(text + " converted to " + type.getSimpleName());
    }
}
