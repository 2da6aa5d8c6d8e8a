package cn.gov.dongguan.voucher.adapter.persistence.jpa;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One row per scheduled job, locked by whichever instance runs the job. */
@Entity
@Table(name = "job_lock")
class JobLockJpaEntity {
    @Id
    @Column(name = "name")
    String name;
}
