package com.vendorsla.platform.persistence;

import org.hibernate.boot.model.TypeContributions;
import org.hibernate.dialect.PostgreSQLDialect;
import org.hibernate.service.ServiceRegistry;
import org.hibernate.type.SqlTypes;
import org.hibernate.type.descriptor.jdbc.BinaryJdbcType;

/**
 * Maps Axon's {@code @Lob byte[]} columns (payloads, metadata, tokens, saga state) to {@code bytea} instead of
 * PostgreSQL large objects: an {@code oid} column leaks a large object on every token update, and its
 * content cannot be read with {@code convert_from}. With {@code bytea} an auditor reads the JSON directly.
 * <p>
 * Both sides name it ({@code spring.jpa.database-platform}): they map the same event store tables.
 */
public class ByteaPostgreSQLDialect extends PostgreSQLDialect {

    @Override
    public void contributeTypes(TypeContributions typeContributions, ServiceRegistry serviceRegistry) {
        super.contributeTypes(typeContributions, serviceRegistry);
        typeContributions.getTypeConfiguration().getJdbcTypeRegistry()
                .addDescriptor(SqlTypes.BLOB, BinaryJdbcType.INSTANCE);
    }
}
