/**
 * Outbound ports: what the use cases need from the world — storage of every aggregate, the
 * clock, the file store for materials, the credit look-up, the audit log, the change feed,
 * transactions and the job lock. Each has an in-memory implementation in this module's test
 * fixtures (the {@code tests} jar) and a contract test every implementation must pass.
 */
package cn.gov.dongguan.voucher.application.port.out;
