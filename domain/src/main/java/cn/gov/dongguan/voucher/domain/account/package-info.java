/** Intranet user accounts: who may log in to the UI, with which role and town, and lock-out after failures. */
package cn.gov.dongguan.voucher.domain.account;
