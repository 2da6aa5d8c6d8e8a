/**
 * Value objects and exceptions every part of the domain shares: exact money in CNY, ratios,
 * the identifiers of domain.md §3 (R-ID-1..5) and the programme calendar. Nothing here knows
 * about applications, leases or batches.
 */
package cn.gov.dongguan.voucher.domain.shared;
