package com.vendorsla.command.config;

import com.vendorsla.command.renegotiation.AcquisitionProcess;
import com.vendorsla.command.support.CommandSideIntegrationTest;
import jakarta.persistence.EntityManager;
import org.axonframework.common.jpa.SimpleEntityManagerProvider;
import org.axonframework.modelling.saga.AssociationValue;
import org.axonframework.modelling.saga.AssociationValues;
import org.axonframework.modelling.saga.AssociationValuesImpl;
import org.axonframework.modelling.saga.repository.SagaStore;
import org.axonframework.modelling.saga.repository.jdbc.JdbcSagaStore;
import org.axonframework.modelling.saga.repository.jpa.JpaSagaStore;
import org.axonframework.serialization.Serializer;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Duration;
import java.time.Instant;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The processes' state through plain JDBC ({@link JdbcSagas}) in the tables the JPA saga store wrote before, and the
 * command side's processors on one segment in a new store ({@link AxonCommandConfig#processesOnOneSegment}).
 */
class JdbcSagasTest extends CommandSideIntegrationTest {

    @Autowired
    SagaStore<Object> sagaStore;

    @Autowired
    Serializer serializer;

    @Autowired
    EntityManager entityManager;

    @Autowired
    TransactionTemplate transactions;

    @Test
    void givenAVendorRegistration_whenItsProcessStarts_thenItIsStoredWithJdbcAndAssociatedByTheVendorsId() {
        assertThat(sagaStore).isInstanceOf(JdbcSagaStore.class);
        String vendorId = post("manager", "/api/vendors", "{\"name\":\"Acme Hosting\"}").json().get("id").asString();

        String sagaId = waitFor(() -> jdbc.query("""
                SELECT a.saga_id FROM association_value_entry a JOIN saga_entry s ON s.saga_id = a.saga_id
                WHERE a.association_key = 'vendorId' AND a.association_value = ? AND s.saga_type = ?""",
                (row, n) -> row.getString(1), vendorId, AcquisitionProcess.class.getName()).stream().findFirst().orElse(null));

        assertThat(sagaStore.findSagas(AcquisitionProcess.class, new AssociationValue("vendorId", vendorId)))
                .containsExactly(sagaId);
        assertThat(jdbc.queryForObject("SELECT count(*) FROM association_value_entry WHERE id IS NULL", Long.class))
                .isZero();
    }

    @Test
    void givenAProcessTheJpaStoreWrote_whenLookingItUpWithJdbc_thenItIsFoundAndLoadsWithItsState() {
        AcquisitionProcess written = new AcquisitionProcess();
        AssociationValue vendor = new AssociationValue("vendorId", "vnd-00000000-0000-4000-8000-0000000000f1");
        AssociationValues associations = new AssociationValuesImpl(Set.of(vendor));
        JpaSagaStore jpa = JpaSagaStore.builder().entityManagerProvider(new SimpleEntityManagerProvider(entityManager))
                .serializer(serializer).build();
        transactions.executeWithoutResult(status -> jpa.insertSaga(AcquisitionProcess.class, "saga-written-by-jpa",
                written, associations.asSet()));

        transactions.executeWithoutResult(status -> {
            assertThat(sagaStore.findSagas(AcquisitionProcess.class, vendor)).containsExactly("saga-written-by-jpa");
            @SuppressWarnings({"unchecked", "rawtypes"})
            SagaStore.Entry<?> loaded = ((SagaStore) sagaStore).loadSaga(AcquisitionProcess.class, "saga-written-by-jpa");
            assertThat(loaded.saga()).isInstanceOf(AcquisitionProcess.class);
            assertThat(loaded.associationValues()).containsExactly(vendor);
        });
    }

    @Test
    void givenANewStore_whenTheProcessesRun_thenEachHoldsOneSegment() {
        post("manager", "/api/vendors", "{\"name\":\"Beta\"}");

        for (String process : AxonCommandConfig.COMMAND_SIDE_PROCESSORS) {
            Long segments = waitFor(() -> {
                Long count = jdbc.queryForObject("SELECT count(*) FROM token_entry WHERE processor_name = ?",
                        Long.class, process);
                return count == 0 ? null : count;
            });
            assertThat(segments).as(process).isEqualTo(1);
        }
    }

    private static <T> T waitFor(java.util.function.Supplier<T> value) {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(20));
        while (Instant.now().isBefore(deadline)) {
            T found = value.get();
            if (found != null) {
                return found;
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        throw new AssertionError("not there within 20 s");
    }
}
