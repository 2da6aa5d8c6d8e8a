package cn.gov.dongguan.voucher.adapter.persistence.jpa;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

@Entity
@Table(name = "applicant")
class ApplicantJpaEntity {
    @Id
    @Column(name = "uscc")
    String uscc;

    @Column(name = "name")
    String name;

    @Column(name = "category")
    String category;

    @Column(name = "town")
    String town;

    @Column(name = "registration_type")
    String registrationType;

    @Column(name = "address")
    String address;

    @Column(name = "legal_person")
    boolean legalPerson;

    @Column(name = "legal_rep_name")
    String legalRepName;

    @Column(name = "legal_rep_id_number")
    String legalRepIdNumber;

    @Column(name = "legal_rep_mobile")
    String legalRepMobile;

    @Column(name = "legal_rep_email")
    String legalRepEmail;

    @Column(name = "contact_name")
    String contactName;

    @Column(name = "contact_mobile")
    String contactMobile;

    @Column(name = "contact_email")
    String contactEmail;

    @Column(name = "bank_account_name")
    String bankAccountName;

    @Column(name = "bank_name")
    String bankName;

    @Column(name = "bank_account_number")
    String bankAccountNumber;

    @Column(name = "declares_no_related_party")
    boolean declaresNoRelatedParty;

    @Column(name = "credit_checked_on")
    LocalDate creditCheckedOn;

    @Column(name = "credit_listed_on")
    String creditListedOn;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "applicant_related_party", joinColumns = @JoinColumn(name = "applicant_uscc"))
    @Column(name = "related_uscc")
    Set<String> relatedParties = new HashSet<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "applicant_disqualification", joinColumns = @JoinColumn(name = "applicant_uscc"))
    @OrderColumn(name = "position")
    List<DisqualificationRow> disqualifications = new ArrayList<>();

    @Version
    @Column(name = "version")
    long version;
}
