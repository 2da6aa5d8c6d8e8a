/**
 * Inbound ports: one use case per operation of the partner API and the intranet UI, each taking
 * the acting principal ({@code Actor}: name, role, town) and a command or query, and returning
 * domain objects or views. The adapters map these to their own DTOs; nothing here is serialised.
 */
package cn.gov.dongguan.voucher.application.port.in;
