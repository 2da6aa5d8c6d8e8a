package cn.gov.dongguan.voucher.adapter.persistence.jpa;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.OffsetDateTime;

@Entity
@Table(name = "intranet_user")
class UserJpaEntity {
    @Id
    @Column(name = "username")
    String username;

    @Column(name = "display_name")
    String displayName;

    @Column(name = "role")
    String role;

    @Column(name = "town")
    String town;

    @Column(name = "password_hash")
    String passwordHash;

    @Column(name = "enabled")
    boolean enabled;

    @Column(name = "demo")
    boolean demo;

    @Column(name = "failed_attempts")
    int failedAttempts;

    @Column(name = "locked_until")
    OffsetDateTime lockedUntil;

    @Version
    @Column(name = "version")
    long version;
}
