/**
 * The review pipeline of domain.md §7: stages, actions, roles, the transition table, and the
 * append-only, hash-chained review history (R-FLOW-2).
 */
package cn.gov.dongguan.voucher.domain.review;
