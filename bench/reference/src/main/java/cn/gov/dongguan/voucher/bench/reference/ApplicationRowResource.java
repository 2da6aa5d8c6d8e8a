package cn.gov.dongguan.voucher.bench.reference;

import jakarta.enterprise.context.RequestScoped;
import jakarta.json.Json;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** The JPA reference: one find by primary key on the product's table, its columns as JSON. */
@Path("applications/{id}")
@RequestScoped
public class ApplicationRowResource {

    @PersistenceContext(unitName = "reference")
    EntityManager em;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public String find(@PathParam("id") String id) {
        ApplicationRow row = em.find(ApplicationRow.class, id);
        if (row == null) {
            throw new NotFoundException();
        }
        return Json.createObjectBuilder()
                .add("id", row.id)
                .add("batch", row.batch)
                .add("applicantUscc", row.applicantUscc)
                .add("projectName", row.projectName)
                .add("stage", row.stage)
                .add("version", row.version)
                .add("subsidy", row.subsidy == null ? "" : row.subsidy.toPlainString())
                .build()
                .toString();
    }
}
