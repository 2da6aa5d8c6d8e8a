/** Response DTOs: what goes on the wire, built from domain objects by {@code from} factories. */
package cn.gov.dongguan.voucher.adapter.rest.dto;
