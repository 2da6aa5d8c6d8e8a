/**
 * The assembly: wires the adapters to the use cases (CDI producers) and builds the WAR and the Payara Micro uber-jar. The only module that depends on adapters.
 */
package cn.gov.dongguan.voucher.app;
