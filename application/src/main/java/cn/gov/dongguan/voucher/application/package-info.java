/**
 * The application layer: use cases (inbound ports), outbound ports and the services that implement the use cases. Depends on the domain and the JDK only; transactions, clock, storage and look-ups are ports.
 */
package cn.gov.dongguan.voucher.application;
