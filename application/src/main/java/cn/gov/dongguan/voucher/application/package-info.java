/**
 * The application layer: use cases (inbound ports, {@code port.in}), outbound ports
 * ({@code port.out}) and the services that implement the use cases ({@code service}). Depends on
 * the domain and the JDK only. Authorisation by role × stage × town happens here, for every use
 * case; transactions are opened here, at the use-case boundary, through the {@code TransactionsPort}
 * port.
 */
package cn.gov.dongguan.voucher.application;
