package cn.gov.dongguan.voucher.bench.reference;

import jakarta.annotation.sql.DataSourceDefinition;
import jakarta.enterprise.context.ApplicationScoped;

/** The benchmark's PostgreSQL database, chosen like the product's ({@code VOUCHER_DB_URL} …), pooled alike. */
@DataSourceDefinition(
        name = "java:app/jdbc/reference",
        className = "org.postgresql.ds.PGSimpleDataSource",
        url = "${MPCONFIG=voucher.db.url:jdbc:postgresql://localhost:5432/voucher_bench}",
        user = "${MPCONFIG=voucher.db.user:voucher}",
        password = "${MPCONFIG=voucher.db.password:voucher}",
        minPoolSize = 2,
        maxPoolSize = 30)
@ApplicationScoped
public class ReferenceDataSource {}
