/**
 * The application (申请) aggregate: what is claimed (leases, purposes, domains, outcomes,
 * declarations, materials), its place in the review pipeline with the history of every move, and
 * the verified and allocated amounts. Named "filing" so that the aggregate's package never collides
 * with the {@code application} layer in architecture rules.
 */
package cn.gov.dongguan.voucher.domain.filing;
