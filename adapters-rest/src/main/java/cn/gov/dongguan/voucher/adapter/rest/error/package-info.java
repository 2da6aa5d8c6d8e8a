/** Problem details (RFC 9457) for every failure, with the codes of the contract. */
package cn.gov.dongguan.voucher.adapter.rest.error;
