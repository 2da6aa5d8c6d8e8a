/**
 * JPA (EclipseLink) entities named {@code *JpaEntity}, separate from the domain and mapped both ways
 * by package-private mappers, and the repositories that implement the outbound ports with
 * parameterised JPQL. The schema belongs to Flyway; EclipseLink never generates DDL.
 */
package cn.gov.dongguan.voucher.adapter.persistence.jpa;
