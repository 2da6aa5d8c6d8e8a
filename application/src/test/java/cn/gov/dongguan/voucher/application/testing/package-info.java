/**
 * In-memory implementations of every outbound port, and the contract tests every implementation
 * must pass. Shipped as this module's {@code tests} jar so that any module can swap them in.
 * The stores keep copies, never the live objects handed to them, so a use case that forgets to
 * save is caught.
 */
package cn.gov.dongguan.voucher.application.testing;
