/** Flyway migrations: the schema is created and evolved only here, never by EclipseLink. */
package cn.gov.dongguan.voucher.adapter.persistence.migration;
