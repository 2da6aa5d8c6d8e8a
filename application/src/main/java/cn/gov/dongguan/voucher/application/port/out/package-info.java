/**
 * Outbound ports: what the use cases need from the world — storage of every aggregate, the lists
 * and the claim ledger over applications, the allocation source, the clock, the file store for
 * materials, the credit look-up, the audit log, the change feed, transactions and the job lock.
 * Every port is an interface named {@code *Port}; the records beside them are the types only the
 * ports and the services use (read models the adapters show live with the use cases in
 * {@code port.in}). Each port has an in-memory implementation in this module's test fixtures (the
 * {@code tests} jar) and a contract test every implementation must pass.
 */
package cn.gov.dongguan.voucher.application.port.out;
