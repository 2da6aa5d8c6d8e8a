/**
 * The persistence adapter: JPA (EclipseLink) entities named *JpaEntity, mappers to and from the domain, repositories implementing the outbound ports, Flyway migrations.
 */
package cn.gov.dongguan.voucher.adapter.persistence;
