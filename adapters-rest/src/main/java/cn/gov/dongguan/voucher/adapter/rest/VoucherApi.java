package cn.gov.dongguan.voucher.adapter.rest;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

/** The partner REST API, version 1 (api.md). Resources and providers are discovered by CDI. */
@ApplicationPath("/api/v1")
public class VoucherApi extends Application {}
