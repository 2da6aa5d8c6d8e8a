/**
 * The assembly: wires the adapters to the use cases (CDI producers), defines the data source,
 * migrates the schema at start-up, runs the deadline jobs, reports health, and in demo mode loads
 * batch 2025-1 and the sample programme. The only module that depends on adapters.
 */
package cn.gov.dongguan.voucher.app;
