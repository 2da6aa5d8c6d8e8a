package archsample.bad.adapter.persistence;

/** Breaks: an entity not named *JpaEntity, and persistence using the Faces API. */
@jakarta.persistence.Entity
public class SubsidyRow {
    jakarta.faces.application.FacesMessage message;
}
