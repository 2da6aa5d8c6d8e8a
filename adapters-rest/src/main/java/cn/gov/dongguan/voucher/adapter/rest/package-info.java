/**
 * The partner REST adapter: JAX-RS resources, request and response DTOs (never domain objects on the wire), problem+json error mapping, bearer-token authentication.
 */
package cn.gov.dongguan.voucher.adapter.rest;
