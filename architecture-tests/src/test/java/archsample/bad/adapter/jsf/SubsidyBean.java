package archsample.bad.adapter.jsf;

/** Breaks: a page bean that talks JPA. */
public class SubsidyBean {
    jakarta.persistence.EntityManager entityManager;
    jakarta.faces.context.FacesContext context;
}
