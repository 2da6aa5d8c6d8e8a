/** Bearer-token authentication of partner systems; tokens configured as hashes. */
package cn.gov.dongguan.voucher.adapter.rest.security;
