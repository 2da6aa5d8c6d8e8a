/** Strict reading of JSON request bodies and the JSON-B configuration of responses. */
package cn.gov.dongguan.voucher.adapter.rest.json;
