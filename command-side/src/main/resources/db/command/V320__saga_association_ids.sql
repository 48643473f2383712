-- The processes' association rows are written with plain JDBC (JdbcSagas), whose INSERT names no id: the id comes
-- from the sequence Hibernate used for them, by default. Rows written before keep theirs.
ALTER TABLE association_value_entry ALTER COLUMN id SET DEFAULT nextval('association_value_entry_seq');
