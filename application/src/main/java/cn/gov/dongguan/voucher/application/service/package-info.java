/**
 * The services that implement the use cases, with constructor injection only. Each public method
 * is one use case: it checks who acts (role × stage × town), opens one transaction, loads what it
 * needs through the ports, lets the domain decide, stores the result with its audit record and
 * change-feed events, and returns.
 */
package cn.gov.dongguan.voucher.application.service;
