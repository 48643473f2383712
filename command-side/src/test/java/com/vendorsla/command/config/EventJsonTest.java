package com.vendorsla.command.config;

import com.vendorsla.platform.web.JsonSettings;
import com.vendorsla.sharedkernel.agreement.AgreementId;
import com.vendorsla.sharedkernel.agreement.AgreementType;
import com.vendorsla.sharedkernel.agreement.event.AgreementDrafted;
import com.vendorsla.sharedkernel.vendor.VendorId;
import com.vendorsla.sharedkernel.vendor.event.VendorRegistered;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.axonframework.serialization.AnnotationRevisionResolver;
import org.axonframework.serialization.Revision;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.jackson3.Jackson3Serializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.lang.reflect.Constructor;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Stream;

import static com.vendorsla.sharedkernel.testsupport.TermsExamples.*;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Events as the event store keeps them: Axon's Jackson 3 serializer with this module's settings. Every event
 * survives the round trip unchanged, carries revision 1, and reads as an auditor expects (decimals as strings,
 * ISO-8601 times, raw ids). Hand-written samples read like api.md; every other event class of the shared kernel is
 * found by its {@code @Revision} and round-tripped with generated values, so a new event is covered the day it exists.
 */
class EventJsonTest {

    private static final UUID U = UUID.fromString("6f1c2d3e-4b5a-4c6d-8e9f-0a1b2c3d4e5f");
    private static final Instant AT = Instant.parse("2026-02-03T10:00:00Z");

    private static final Jackson3Serializer SERIALIZER = Jackson3Serializer.builder()
            .revisionResolver(new AnnotationRevisionResolver())
            .jsonMapperBuilderCustomizer(new JsonSettings().axonSerializerSettings())
            .build();

    static List<Object> samples() {
        return List.of(
                new VendorRegistered(VendorId.of(U), "Acme Hosting", "DE", "SUP-0042", AT),
                new AgreementDrafted(AgreementId.of(U), VendorId.of(U), "Core hosting", AgreementType.SERVICE_BASED,
                        "Finance IT", LocalDate.of(2026, 1, 1), null, null, null, poolTerms(), poolTerms(), AT),
                new AgreementDrafted(AgreementId.of(U), VendorId.of(U), "Finance hosting", AgreementType.MULTI_LEVEL,
                        null, LocalDate.of(2026, 1, 1), LocalDate.of(2028, 12, 31), AgreementId.of(UUID.randomUUID()), null,
                        onlyMonthlyCharge("40000.00"), tieredBusinessHoursTerms(), AT));
    }

    static Stream<Object> events() {
        return samples().stream();
    }

    /** Every event class of the shared kernel: the records annotated with {@code @Revision}. */
    static Stream<Class<?>> everyEventClass() {
        return new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("com.vendorsla.sharedkernel").stream()
                .filter(type -> type.isAnnotatedWith(Revision.class))
                .<Class<?>>map(JavaClass::reflect)
                .sorted(Comparator.comparing(Class::getName));
    }

    @ParameterizedTest
    @MethodSource("everyEventClass")
    void everyEventIsARecordThatRoundTripsWithEveryFieldSet_andItsDecimalsAreStrings(Class<?> eventClass) {
        assertThat(eventClass.isRecord()).as("events are records").isTrue();
        SampleValues values = new SampleValues();
        Object event = values.of(eventClass, eventClass);

        SerializedObject<byte[]> stored = SERIALIZER.serialize(event, byte[].class);
        Object read = SERIALIZER.deserialize(stored);
        assertThat(read).isEqualTo(event);
        assertThat(stored.getType().getRevision()).isNotNull();
        String json = new String(stored.getData(), StandardCharsets.UTF_8);
        values.decimals.forEach(decimal -> assertThat(json).contains("\"" + decimal.toPlainString() + "\""));
        values.instants.forEach(instant -> assertThat(json).contains("\"" + instant + "\""));
    }

    /**
     * Makes a value of any type events are built from, every field set and every value distinct: typed ids through
     * their factories, records through their canonical constructors, times increasing in field order.
     */
    static final class SampleValues {
        final List<BigDecimal> decimals = new ArrayList<>();
        final List<Instant> instants = new ArrayList<>();
        private int counter;

        Object of(Type type, Class<?> owner) {
            Class<?> raw = type instanceof ParameterizedType parameterized ? (Class<?>) parameterized.getRawType() : (Class<?>) type;
            int n = ++counter;
            if (raw == String.class) {
                return "text-" + n;
            }
            if (raw == int.class || raw == Integer.class) {
                return n;
            }
            if (raw == long.class || raw == Long.class) {
                return (long) n;
            }
            if (raw == boolean.class || raw == Boolean.class) {
                return true;
            }
            if (raw == BigDecimal.class) {
                BigDecimal decimal = new BigDecimal(n + ".50");
                decimals.add(decimal);
                return decimal;
            }
            if (raw == Instant.class) {
                Instant instant = AT.plusSeconds(60L * n);
                instants.add(instant);
                return instant;
            }
            if (raw == LocalDate.class) {
                return LocalDate.of(2026, 1, 1).plusDays(n);
            }
            if (raw == LocalTime.class) {
                return LocalTime.of(8, 0).plusMinutes(n);
            }
            if (raw == YearMonth.class) {
                return YearMonth.of(2026, 1).plusMonths(n % 12);
            }
            if (raw.isEnum()) {
                Object[] constants = raw.getEnumConstants();
                return constants[n % constants.length];
            }
            if (raw == List.class) {
                Type element = ((ParameterizedType) type).getActualTypeArguments()[0];
                return List.of(of(element, owner), of(element, owner));
            }
            if (raw == java.util.Map.class) {
                Type[] arguments = ((ParameterizedType) type).getActualTypeArguments();
                return java.util.Map.of(of(arguments[0], owner), of(arguments[1], owner));
            }
            Optional<Method> factory = Arrays.stream(raw.getMethods())
                    .filter(method -> Modifier.isStatic(method.getModifiers()) && method.getName().equals("of")
                            && method.getReturnType() == raw)
                    .findFirst();
            try {
                if (factory.isPresent()) {
                    Method method = factory.get();
                    Object[] arguments = Arrays.stream(method.getParameters())
                            .map(parameter -> parameter.getType() == UUID.class ? UUID.randomUUID() : of(parameter.getParameterizedType(), raw))
                            .toArray();
                    return method.invoke(null, arguments);
                }
                if (raw.isRecord()) {
                    RecordComponent[] components = raw.getRecordComponents();
                    Object[] arguments = Arrays.stream(components).map(component -> of(component.getGenericType(), raw)).toArray();
                    Constructor<?> canonical = raw.getDeclaredConstructor(Arrays.stream(components).map(RecordComponent::getType).toArray(Class<?>[]::new));
                    canonical.setAccessible(true);
                    return canonical.newInstance(arguments);
                }
            } catch (ReflectiveOperationException e) {
                throw new AssertionError("cannot make a sample " + raw.getSimpleName() + " for " + owner.getSimpleName(), e);
            }
            throw new AssertionError("no sample for " + raw.getName() + " in " + owner.getName()
                    + ": events are built from ids, enums, times, decimals, text and small records");
        }
    }

    @ParameterizedTest
    @MethodSource("events")
    void givenAnEvent_whenStoredAndReadBack_thenItIsUnchangedAndAtRevisionOne(Object event) {
        SerializedObject<byte[]> stored = SERIALIZER.serialize(event, byte[].class);
        assertThat(stored.getType().getName()).isEqualTo(event.getClass().getName());
        assertThat(stored.getType().getRevision()).isEqualTo("1");
        Object read = SERIALIZER.deserialize(stored);
        assertThat(read).isEqualTo(event);
    }

    @Test
    void givenAnAgreementDrafted_whenStored_thenDecimalsAreStringsAndTimesAreIso8601() {
        String json = new String(SERIALIZER.serialize(samples().get(2), byte[].class).getData(), StandardCharsets.UTF_8);
        assertThat(json)
                .contains("\"monthlyCharge\":\"40000.00\"", "\"monthlyCharge\":\"25000.00\"", "\"target\":\"99.9\"",
                        "\"below\":\"99.99\"", "\"capPercent\":\"100\"")
                .contains("\"occurredAt\":\"2026-02-03T10:00:00Z\"", "\"effectiveFrom\":\"2026-01-01\"",
                        "\"from\":\"08:00:00\"", "\"holidays\":[\"2026-12-25\"]", "\"days\":[\"MON\",\"TUE\",\"WED\",\"THU\",\"FRI\"]")
                .contains("\"agreementId\":\"agr-" + U + "\"", "\"vendorId\":\"vnd-" + U + "\"")
                .doesNotContainPattern("\"(monthlyCharge|target|below|creditPercent|allocationPercent)\":[0-9]");
    }
}
