package archsample.bad.adapter.persistence;

/** Allowed: an embeddable of the persistence adapter. */
@jakarta.persistence.Embeddable
public class AddressRow {
    String street;
}
