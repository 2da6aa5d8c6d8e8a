/** Spreadsheet (xlsx) and PDF outputs of the API. */
package cn.gov.dongguan.voucher.adapter.rest.export;
