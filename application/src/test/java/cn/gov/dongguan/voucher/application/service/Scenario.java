package cn.gov.dongguan.voucher.application.service;

import cn.gov.dongguan.voucher.application.testing.InMemorySystem;
import cn.gov.dongguan.voucher.application.testing.ProgrammeScenario;
import cn.gov.dongguan.voucher.domain.DomainFixtures;

/** The programme's steps over the in-memory system, in batch 2025-1. */
class Scenario extends ProgrammeScenario {

    final InMemorySystem system;

    Scenario() {
        this(new InMemorySystem());
    }

    private Scenario(InMemorySystem system) {
        super(system.services, DomainFixtures.batch2025(), 0);
        this.system = system;
        system.withBatch(batch);
    }
}
