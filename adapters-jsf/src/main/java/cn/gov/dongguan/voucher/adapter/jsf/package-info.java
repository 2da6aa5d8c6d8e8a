/**
 * The intranet UI adapter: Jakarta Faces views and PrimeFaces beans that call use cases only.
 */
package cn.gov.dongguan.voucher.adapter.jsf;
