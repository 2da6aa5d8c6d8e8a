/**
 * The persistence adapter: JPA repositories ({@code jpa}), the material file store ({@code file})
 * and the database migrations ({@code migration}). H2 in file mode is the embedded default;
 * PostgreSQL is the real database, chosen by configuration.
 */
package cn.gov.dongguan.voucher.adapter.persistence;
