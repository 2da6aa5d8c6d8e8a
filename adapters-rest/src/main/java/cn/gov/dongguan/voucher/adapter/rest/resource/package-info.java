/** The JAX-RS resources of api.md; each calls use cases and maps to DTOs. */
package cn.gov.dongguan.voucher.adapter.rest.resource;
