/**
 * Reference data of domain.md §2 (R-REF-1..6): towns, applicant categories, usage purposes,
 * application domains, outcomes and material types. Towns are data (a table an administrator can
 * extend), the rest are fixed code lists of the notice's form.
 */
package cn.gov.dongguan.voucher.domain.reference;
