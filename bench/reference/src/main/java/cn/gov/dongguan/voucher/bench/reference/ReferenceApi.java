package cn.gov.dongguan.voucher.bench.reference;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

/** The reference's JAX-RS application: the same runtime as the product, nothing of the product. */
@ApplicationPath("ref")
public class ReferenceApi extends Application {}
