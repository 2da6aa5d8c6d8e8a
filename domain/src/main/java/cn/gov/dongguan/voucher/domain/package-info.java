/**
 * The domain core of the compute-voucher programme: plain Java 17, no framework, no I/O, no
 * clock. Everything here is checked by the objects themselves; an invalid object cannot be built.
 */
package cn.gov.dongguan.voucher.domain;
