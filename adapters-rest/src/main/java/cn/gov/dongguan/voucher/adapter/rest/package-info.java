/**
 * The partner REST adapter: JAX-RS resources ({@code resource}), response DTOs ({@code dto}), strict
 * request reading ({@code json}), problem+json ({@code error}), bearer tokens ({@code security}) and
 * the spreadsheet and PDF exports ({@code export}). Resources call use cases only.
 */
package cn.gov.dongguan.voucher.adapter.rest;
