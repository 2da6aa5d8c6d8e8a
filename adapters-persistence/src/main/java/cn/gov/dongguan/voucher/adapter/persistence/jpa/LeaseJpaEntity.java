package cn.gov.dongguan.voucher.adapter.persistence.jpa;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

@Entity
@Table(name = "lease")
class LeaseJpaEntity {
    @Id
    @Column(name = "order_no")
    String orderNo;

    @Column(name = "applicant_uscc")
    String applicantUscc;

    @Column(name = "contract_no")
    String contractNo;

    @Column(name = "product_name")
    String productName;

    @Column(name = "product_type")
    String productType;

    @Column(name = "resource_type")
    String resourceType;

    @Column(name = "billing_mode")
    String billingMode;

    @Column(name = "quantity")
    int quantity;

    @Column(name = "start_date")
    LocalDate startDate;

    @Column(name = "end_date")
    LocalDate endDate;

    @Column(name = "contract_amount")
    BigDecimal contractAmount;

    @Column(name = "local_compute")
    boolean localCompute;

    @Column(name = "provider_name")
    String providerName;

    @Column(name = "provider_uscc")
    String providerUscc;

    @Column(name = "provider_bank_name")
    String providerBankName;

    @Column(name = "provider_account_number")
    String providerAccountNumber;

    /** The units the provider declares tied to it (R-ELIG-5). */
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "lease_provider_related_party", joinColumns = @JoinColumn(name = "order_no"))
    @Column(name = "related_uscc")
    java.util.Set<String> providerRelatedParties = new java.util.HashSet<>();

    @Column(name = "platform_sealed")
    boolean platformSealed;

    @Column(name = "other_fiscal_funding")
    boolean otherFiscalFunding;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "lease_payment", joinColumns = @JoinColumn(name = "order_no"))
    List<PaymentRow> payments = new ArrayList<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "lease_invoice", joinColumns = @JoinColumn(name = "order_no"))
    List<InvoiceRow> invoices = new ArrayList<>();

    @Version
    @Column(name = "version")
    long version;
}
