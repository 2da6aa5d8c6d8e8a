package cn.gov.dongguan.voucher.bench.reference;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;

/** A few columns of the product's {@code application} table, read-only: what a JPA find-by-id costs. */
@Entity
@Table(name = "application")
public class ApplicationRow {

    @Id
    public String id;

    @Column(name = "batch_code")
    public String batch;

    @Column(name = "applicant_uscc")
    public String applicantUscc;

    @Column(name = "project_name")
    public String projectName;

    public String stage;

    public long version;

    public BigDecimal subsidy;
}
