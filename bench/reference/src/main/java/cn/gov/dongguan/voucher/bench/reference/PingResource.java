package cn.gov.dongguan.voucher.bench.reference;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** quality.md's "trivial JAX-RS GET": no database, no authentication, a constant JSON body. */
@Path("ping")
public class PingResource {

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public String ping() {
        return "{\"status\":\"ok\"}";
    }
}
